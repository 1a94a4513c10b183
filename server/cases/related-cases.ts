/**
 * Related cases, for the case page: the other cases of the same petitioner (the same petitioner row, or
 * the same e-mail or phone on another one: residents write again from a new form, a letter after an
 * e-mail), found when asked and never stored; and the cases a clerk linked as the same matter, stored as
 * one row per pair and shown on both cases.
 *
 * Scoping: a clerk links and unlinks only cases they may work, both of them (another department's case
 * is "not found" as everywhere). The panel lists in full only the cases the viewer may see; of the
 * others it says only how many there are, never their number or subject, so a case of another
 * department does not leak. Linking and unlinking write case_linked / case_unlinked on both trails, in
 * the transaction that writes the link.
 */
import { z } from 'zod';
import { canViewCase, type Actor } from '../auth/user.js';
import { inTransaction } from '../db/transaction.js';
import { DomainError } from '../errors.js';
import type { CaseStatus } from './case.js';
import { loadVisibleCase, loadWorkableCase } from './case-access.js';
import { appendCaseEvent } from './case-event.repository.js';
import { deleteCaseLink, insertCaseLink, listLinkedCases, listSamePetitionerCases, type RelatedCaseRow } from './case-link.repository.js';
import { findPetitioner } from './case.repository.js';
import type { CaseDeps } from './deps.js';

/** How many of each kind the panel shows (newest first): a petitioner with hundreds of letters is a list page, not a panel. */
export const RELATED_LIMIT = 20;

export const caseLinkSchema = z.object({
  other: z.string().trim().min(1).max(40),
});

export interface RelatedCase {
  number: string;
  subject: string;
  status: CaseStatus;
  receivedAt: string;
}

export interface RelatedCases {
  samePetitioner: (RelatedCase & { sharedBy: 'petitioner' | 'email' | 'phone' })[];
  sameMatter: RelatedCase[];
  /** Related cases the viewer may not open (another department's): counted, never shown. */
  hidden: number;
}

function visible<T extends RelatedCaseRow>(actor: Actor, rows: T[]): { shown: T[]; hidden: number } {
  const shown = rows.filter((r) => canViewCase(actor, r));
  return { shown, hidden: rows.length - shown.length };
}

function view({ number, subject, status, receivedAt }: RelatedCaseRow): RelatedCase {
  return { number, subject, status, receivedAt };
}

export async function listRelatedCases(deps: CaseDeps, actor: Actor, number: string): Promise<RelatedCases> {
  const kase = await loadVisibleCase(deps.db, actor, number);
  const petitioner = await findPetitioner(deps.db, kase.petitionerId);
  const [same, linked] = await Promise.all([
    listSamePetitionerCases(deps.db, kase, { email: petitioner?.email ?? null, phone: petitioner?.phone ?? null }, RELATED_LIMIT),
    listLinkedCases(deps.db, kase.id, RELATED_LIMIT),
  ]);
  const a = visible(actor, same);
  const b = visible(actor, linked);
  return {
    samePetitioner: a.shown.map((r) => ({ ...view(r), sharedBy: r.sharedBy })),
    sameMatter: b.shown.map(view),
    hidden: a.hidden + b.hidden,
  };
}

async function loadPair(deps: CaseDeps, actor: Actor, number: string, other: string) {
  const kase = await loadWorkableCase(deps.db, actor, number);
  let target;
  try {
    target = await loadWorkableCase(deps.db, actor, other);
  } catch (error) {
    // A number that does not exist, or that this clerk may not work, is a mistake in the form, said the same way.
    if ((error as { code?: string }).code === 'not_found' || (error as { code?: string }).code === 'forbidden') {
      throw new DomainError('invalid_input', 'no such case to link', { i18nKey: 'caseLinks.errors.notFound' });
    }
    throw error;
  }
  if (target.id === kase.id) throw new DomainError('invalid_input', 'a case is not linked with itself', { i18nKey: 'caseLinks.errors.self' });
  return { kase, target };
}

export async function linkCases(deps: CaseDeps, actor: Actor, number: string, input: { other: string }): Promise<{ linked: boolean }> {
  const { other } = caseLinkSchema.parse(input);
  const { kase, target } = await loadPair(deps, actor, number, other);
  const now = deps.clock.now();
  const by = { actorType: 'user' as const, actorId: actor.id, visibility: 'internal' as const, at: now };
  return inTransaction(deps.db, async (trx) => {
    const linked = await insertCaseLink(trx, kase.id, target.id, actor.id, now);
    if (!linked) throw new DomainError('conflict', 'already linked', { i18nKey: 'caseLinks.errors.alreadyLinked' });
    await appendCaseEvent(trx, kase.id, { type: 'case_linked', ...by, data: { caseId: target.id, caseNumber: target.number, kind: 'same_matter' } });
    await appendCaseEvent(trx, target.id, { type: 'case_linked', ...by, data: { caseId: kase.id, caseNumber: kase.number, kind: 'same_matter' } });
    return { linked };
  });
}

export async function unlinkCases(deps: CaseDeps, actor: Actor, number: string, input: { other: string }): Promise<{ unlinked: boolean }> {
  const { other } = caseLinkSchema.parse(input);
  const { kase, target } = await loadPair(deps, actor, number, other);
  const now = deps.clock.now();
  const by = { actorType: 'user' as const, actorId: actor.id, visibility: 'internal' as const, at: now };
  return inTransaction(deps.db, async (trx) => {
    const unlinked = await deleteCaseLink(trx, kase.id, target.id);
    if (!unlinked) throw new DomainError('invalid_input', 'not linked', { i18nKey: 'caseLinks.errors.notLinked' });
    await appendCaseEvent(trx, kase.id, { type: 'case_unlinked', ...by, data: { caseId: target.id, caseNumber: target.number, kind: 'same_matter' } });
    await appendCaseEvent(trx, target.id, { type: 'case_unlinked', ...by, data: { caseId: kase.id, caseNumber: kase.number, kind: 'same_matter' } });
    return { unlinked };
  });
}
