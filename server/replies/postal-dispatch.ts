/**
 * The registry's postal dispatch: the signed letters of postal cases waiting to be posted (and
 * those posted today), one PDF of them all to print, and the record that a letter was posted —
 * once, on the case's trail. The registry (front desk), managers and admins post; a clerk sees
 * the letters of the cases they may see, and no other.
 */
import { z } from 'zod';
import { canViewCase, type Actor } from '../auth/user.js';
import { postalRecipientOf, recordLetterPosted, type PostalRecipient } from '../cases/index.js';
import { vilniusDateOf } from '../deadlines/calendar.js';
import { DomainError, ForbiddenError, InvalidInputError, NotFoundError } from '../errors.js';
import type { ReplyDeps } from './deps.js';
import { mergeLettersForPrinting } from './pdf/merge-letters.js';
import { findReply, listPostalReplies, markReplyPosted } from './reply.repository.js';
import type { Reply } from './reply.js';

/** Who posts letters and prints the dispatch: the front desk, managers, admins. */
export function mayPostLetters(actor: Actor): boolean {
  return actor.role === 'registry' || actor.role === 'manager' || actor.role === 'admin';
}

/** Who sees a postal letter on the list: whoever posts, and a clerk who may see its case. */
export function maySeeOnDispatch(actor: Actor, kase: { departmentId: string | null }): boolean {
  return mayPostLetters(actor) || (actor.role === 'clerk' && canViewCase(actor, kase));
}

export interface DispatchItem {
  replyId: string;
  caseNumber: string;
  petitionerName: string;
  /** As the petitioner gave it, one line; null: the case has no address (the clerk must add one). */
  address: string | null;
  /** When it was signed (an instant). */
  signedAt: string | null;
  postedOn: string | null;
  registeredMailNumber: string | null;
}

async function visibleItems(deps: ReplyDeps, actor: Actor, replies: Reply[]): Promise<{ reply: Reply; recipient: PostalRecipient }[]> {
  const items: { reply: Reply; recipient: PostalRecipient }[] = [];
  for (const reply of replies) {
    const recipient = await postalRecipientOf(deps, reply.caseId);
    if (recipient && maySeeOnDispatch(actor, recipient)) items.push({ reply, recipient });
  }
  return items;
}

function assertMaySeeDispatch(actor: Actor): void {
  if (!mayPostLetters(actor) && actor.role !== 'clerk') throw new ForbiddenError('dispatch');
}

/** Today's dispatch list, oldest first: letters to post, then (in the same order) those posted today. */
export async function listPostalDispatch(deps: ReplyDeps, actor: Actor): Promise<{ today: string; items: DispatchItem[]; mayPost: boolean }> {
  assertMaySeeDispatch(actor);
  const today = vilniusDateOf(deps.clock.now());
  const items = await visibleItems(deps, actor, await listPostalReplies(deps.db, today));
  return {
    today,
    mayPost: mayPostLetters(actor),
    items: items.map(({ reply, recipient }) => ({
      replyId: reply.id,
      caseNumber: recipient.number,
      petitionerName: recipient.name,
      address: recipient.address,
      signedAt: reply.sentAt,
      postedOn: reply.postedOn ?? null,
      registeredMailNumber: reply.registeredMailNumber ?? null,
    })),
  };
}

/**
 * One PDF of the signed letters, in the list's order, to print. Without ids: every letter still
 * to post. The merged file is for the printer only: the signatures are in the stored letters.
 */
export async function dispatchPdf(deps: ReplyDeps, actor: Actor, ids?: readonly string[]): Promise<Uint8Array> {
  if (!mayPostLetters(actor)) throw new ForbiddenError('dispatch');
  const today = vilniusDateOf(deps.clock.now());
  const items = await visibleItems(deps, actor, await listPostalReplies(deps.db, today));
  const wanted = ids ? new Set(ids) : null;
  const chosen = items.filter(({ reply }) => (wanted ? wanted.has(reply.id) : !reply.postedOn));
  if (wanted && chosen.length !== wanted.size) throw new NotFoundError('reply');
  const letters: Uint8Array[] = [];
  for (const { reply } of chosen) {
    if (!reply.signedSha256) throw new Error(`postal reply ${reply.id} has no signed letter`);
    letters.push(await deps.blobs.get(reply.signedSha256));
  }
  return mergeLettersForPrinting(letters);
}

const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)));
/** A registered-mail number as the post office prints it (UPU S10 "RR123456789LT", or a local form). */
export const postedSchema = z.object({
  postedOn: calendarDate,
  registeredMailNumber: z
    .string()
    .trim()
    .max(40)
    .regex(/^[A-Za-z0-9 -]*$/)
    .optional()
    .transform((n) => (n ? n.toUpperCase() : null)),
});
export type PostedInput = z.input<typeof postedSchema>;

/** The registry posted this letter: once per letter, on the day given (not in the future, not before it was signed). */
export async function recordPosted(deps: ReplyDeps, actor: Actor, replyId: string, input: PostedInput): Promise<void> {
  if (!mayPostLetters(actor)) throw new ForbiddenError('dispatch');
  const parsed = postedSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError('posted on a date, with an optional registered-mail number', { reason: 'bad_posted' });
  const { postedOn, registeredMailNumber } = parsed.data;
  const reply = await findReply(deps.db, replyId);
  const recipient = reply && (await postalRecipientOf(deps, reply.caseId));
  if (!reply || !recipient || reply.status !== 'sent' || reply.delivery !== 'post' || !maySeeOnDispatch(actor, recipient)) throw new NotFoundError('reply');
  const now = deps.clock.now();
  const signedOn = reply.sentAt ? vilniusDateOf(new Date(reply.sentAt)) : null;
  if (postedOn > vilniusDateOf(now) || (signedOn && postedOn < signedOn)) {
    throw new DomainError('invalid_input', 'a letter is posted between its signing and today', { i18nKey: 'dispatch.badDate' });
  }
  await deps.db.transaction().execute(async (trx) => {
    if (!(await markReplyPosted(trx, replyId, { postedOn, registeredMailNumber, postedBy: actor.id, at: now.toISOString() }))) {
      throw new DomainError('conflict', 'this letter is already recorded as posted', { i18nKey: 'dispatch.alreadyPosted' });
    }
    await recordLetterPosted(trx, reply.caseId, actor.id, { replyId, documentId: reply.documentId ?? '', postedOn, registeredMailNumber }, now);
  });
}
