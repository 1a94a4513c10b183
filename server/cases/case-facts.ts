/**
 * The case's facts a person gives or confirms: the petitioner (name, postal address, e-mail,
 * phone, preferred language), the subject, the kind, the letter's date and how the answer reaches
 * the petitioner. Facts read from a paper letter are pre-filled and marked as read from the
 * letter (`applyLetterFacts`); a clerk confirms or corrects them in one form (`updateCaseFacts`),
 * which marks every fact it saves as the clerk's. Every change is on the audit trail with its old
 * and new value; a change of kind recomputes the due date under the rule the new kind follows.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { canEditCaseFacts, type Actor } from '../auth/user.js';
import { dueAfterKindChange } from '../deadlines/legal-clock.js';
import type { DB } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { ForbiddenError, InvalidInputError } from '../errors.js';
import { SERVED_LANGUAGES } from '../languages.js';
import { loadVisibleCase } from './case-access.js';
import { appendCaseEvent } from './case-event.repository.js';
import { findCaseById, findPetitioner, updateCase, updatePetitioner } from './case.repository.js';
import { DELIVERY_CHANNELS, defaultDeliveryChannel, PETITION_KINDS, type CaseFact, type FactsSource } from './case.js';
import type { CaseDeps } from './deps.js';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v.replace(/\s+/g, ' ')))
    .nullable();

export const caseFactsSchema = z.object({
  name: z.string().trim().max(200).transform((v) => v.replace(/\s+/g, ' ')),
  address: optionalText(300),
  email: optionalText(254).refine((v) => v === null || z.string().email().safeParse(v).success, { message: 'email' }),
  phone: optionalText(40).refine((v) => v === null || /^[+()\d\s./-]{5,40}$/.test(v), { message: 'phone' }),
  language: z.enum(SERVED_LANGUAGES),
  subject: z.string().trim().max(300).transform((v) => v.replace(/\s+/g, ' ')),
  kind: z.enum(PETITION_KINDS),
  letterDate: z
    .string()
    .trim()
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .refine((v) => v === null || /^\d{4}-\d{2}-\d{2}$/.test(v), { message: 'date' }),
  deliveryChannel: z.enum(DELIVERY_CHANNELS),
});
export type CaseFactsInput = z.input<typeof caseFactsSchema>;

/** What a letter gave: the fields found (null where the letter has none). */
export interface FactsFromLetter {
  name: string | null;
  address: string | null;
  email: string | null;
  phone: string | null;
  letterDate: string | null;
  subject: string | null;
}

/**
 * Pre-fills a paper case with what its letter says, only where nothing is known yet (a clerk's
 * word is never overwritten), and marks those facts as read from the letter.
 */
export async function applyLetterFacts(trx: Kysely<DB>, caseId: string, facts: FactsFromLetter, at: Date): Promise<CaseFact[]> {
  const kase = await findCaseById(trx, caseId);
  const petitioner = kase && (await findPetitioner(trx, kase.petitionerId));
  if (!kase || !petitioner) return [];
  const source: FactsSource = { ...kase.factsSource };
  const taken: CaseFact[] = [];
  const patch: { name?: string; address?: string; email?: string; phone?: string } = {};
  const take = (fact: 'name' | 'address' | 'email' | 'phone', value: string | null) => {
    if (!value || petitioner[fact] || source[fact] === 'clerk') return;
    patch[fact] = value;
    source[fact] = 'letter';
    taken.push(fact);
  };
  take('name', facts.name);
  take('address', facts.address);
  take('email', facts.email);
  take('phone', facts.phone);
  const casePatch: { subject?: string; letterDate?: string } = {};
  if (facts.subject && !kase.subject && source.subject !== 'clerk') {
    casePatch.subject = facts.subject;
    source.subject = 'letter';
    taken.push('subject');
  }
  if (facts.letterDate && !kase.letterDate && source.letterDate !== 'clerk') {
    casePatch.letterDate = facts.letterDate;
    source.letterDate = 'letter';
    taken.push('letterDate');
  }
  if (taken.length === 0) return [];
  await updatePetitioner(trx, petitioner.id, patch);
  const after = { email: patch.email ?? petitioner.email, address: patch.address ?? petitioner.address };
  await updateCase(trx, caseId, { ...casePatch, factsSource: source, deliveryChannel: defaultDeliveryChannel(after) }, at);
  await appendCaseEvent(trx, caseId, { type: 'facts_read_from_letter', actorType: 'system', actorId: null, visibility: 'internal', data: { fields: taken }, at });
  return taken;
}

/** The same, in a transaction of its own (for a job that read the letter). */
export async function recordLetterFacts(deps: CaseDeps, caseId: string, facts: FactsFromLetter): Promise<CaseFact[]> {
  return inTransaction(deps.db, (trx) => applyLetterFacts(trx, caseId, facts, deps.clock.now()));
}

/** A clerk confirms or corrects the case's facts in one form; every fact saved becomes the clerk's. */
export async function updateCaseFacts(deps: CaseDeps, actor: Actor, number: string, input: CaseFactsInput): Promise<void> {
  const kase = await loadVisibleCase(deps.db, actor, number);
  if (!canEditCaseFacts(actor, kase)) throw new ForbiddenError('case_facts');
  const parsed = caseFactsSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidInputError('bad case facts', { reason: `facts_${String(issue?.path[0] ?? 'invalid')}` });
  }
  const facts = parsed.data;
  const now = deps.clock.now();
  await inTransaction(deps.db, async (trx) => {
    const current = await findCaseById(trx, kase.id);
    const petitioner = current && (await findPetitioner(trx, current.petitionerId));
    if (!current || !petitioner) throw new InvalidInputError('case changed', { reason: 'stale' });
    const before: Record<string, string | null> = {
      name: petitioner.name, address: petitioner.address, email: petitioner.email, phone: petitioner.phone, language: petitioner.language,
      subject: current.subject, kind: current.kind, letterDate: current.letterDate, deliveryChannel: current.deliveryChannel,
    };
    const changes = Object.entries(facts)
      .filter(([field, value]) => (before[field] ?? null) !== (value ?? null))
      .map(([field, value]) => ({ field, from: before[field] ?? null, to: (value as string | null) ?? null }));
    const source: FactsSource = { ...current.factsSource, name: 'clerk', address: 'clerk', email: 'clerk', phone: 'clerk', subject: 'clerk', letterDate: 'clerk' };
    const confirmedOnly = changes.length === 0 && JSON.stringify(source) === JSON.stringify(current.factsSource);
    if (confirmedOnly) return;
    await updatePetitioner(trx, petitioner.id, { name: facts.name, address: facts.address, email: facts.email, phone: facts.phone, language: facts.language });
    let dueOn: { from: string | null; to: string | null; rule: string } | undefined;
    const patch: Parameters<typeof updateCase>[2] = { subject: facts.subject, kind: facts.kind, letterDate: facts.letterDate, deliveryChannel: facts.deliveryChannel, factsSource: source };
    if (facts.kind !== current.kind && current.registeredOn && current.dueOn) {
      // The term follows the kind; an extension already granted is kept (legal-clock.ts).
      const due = dueAfterKindChange({ ...current, registeredOn: current.registeredOn, dueOn: current.dueOn, from: current.kind, to: facts.kind });
      dueOn = { from: current.dueOn, to: due.dueOn, rule: due.rule };
      patch.dueOn = due.dueOn;
      patch.dueRule = due.rule;
    }
    await updateCase(trx, current.id, patch, now);
    if (changes.length > 0 || dueOn) {
      await appendCaseEvent(trx, current.id, { type: 'facts_changed', actorType: 'user', actorId: actor.id, visibility: 'internal', data: { changes, ...(dueOn ? { dueOn } : {}) }, at: now });
    }
  });
}
