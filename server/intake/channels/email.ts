/**
 * An e-mail becomes a case (or joins the case it answers), with nothing lost on the way:
 * the raw message is stored first (content-addressed, fsync'ed), a Message-ID already taken is
 * not taken twice, and a message we cannot parse still becomes a case for a person to read.
 * Used by the SMTP listener, the IMAP poller and `desk ingest`; the mail slice parses, the one
 * pipeline (receive-petition.ts) takes it in.
 */
import { createHash } from 'node:crypto';
import { caseRefById, caseRefByNumber, type CaseRef } from '../../cases/index.js';
import type { IntakeProblem } from '../../cases/case.js';
import { isServedLanguage } from '../../languages.js';
import { caseIdOfReplyAddress } from '../../mail/case-reply-address.js';
import { caseOfMessageId, caseReferredTo, recordIncomingEmail } from '../../mail/incoming-email.js';
import { parseEmail, parseEmailHeaders, type ParsedEmail } from '../../mail/parse-email.adapter.js';
import type { IntakeDeps } from '../deps.js';
import { receivePetition } from '../receive-petition.js';

export interface EmailIntakeResult {
  /** 'unverified_follow_up': joined its case on the subject (or their own earlier mail) alone, for a clerk to accept. */
  outcome: 'new_case' | 'follow_up' | 'unverified_follow_up' | 'duplicate';
  caseNumber: string | null;
  messageId: string;
}

const CASE_NUMBER_IN_TEXT = /VLN-\d{4}-\d{6,}/i;

export async function ingestEmail(deps: IntakeDeps, raw: Buffer, via: 'smtp' | 'imap' | 'cli'): Promise<EmailIntakeResult> {
  const receivedAt = deps.clock.now();
  let parsed: ParsedEmail | null = null;
  let parseProblem: IntakeProblem | null = null;
  try {
    parsed = await parseEmail(raw, deps.emailLimits);
  } catch (error) {
    parseProblem = /child nodes|too many/i.test(String((error as Error).message)) ? 'too_many_parts' : 'email_unreadable';
    // The body could not be read, but the headers usually can: keep the sender, subject and Message-ID.
    parsed = await parseEmailHeaders(raw).catch(() => null);
  }
  const messageId = parsed?.messageId ?? `sha256-${createHash('sha256').update(raw).digest('hex')}@desk.invalid`;
  const seen = await caseOfMessageId(deps.db, messageId);
  if (seen) return { outcome: 'duplicate', caseNumber: await numberOf(deps, seen.caseId), messageId };

  // Read before the transaction: on SQLite one connection serves all, and the transaction holds it.
  const existing = parsed ? await threadOf(deps, parsed) : null;
  const hint = parsed?.contentLanguage?.slice(0, 2).toLowerCase() ?? null;
  try {
    const received = await receivePetition(deps, {
      case: {
        channel: 'email',
        kind: 'request',
        language: null,
        replyLanguage: isServedLanguage(hint) ? hint : deps.fallbackLanguage,
        petitioner: { name: parsed?.from?.name || parsed?.from?.address || '', email: parsed?.from?.address ?? null, phone: null, address: null },
        subject: parsed?.subject ?? '',
        body: parsed?.text ?? '',
        departmentId: null,
        serviceId: null,
        contentLanguage: parsed?.contentLanguage ?? null,
        intakeProblem: parseProblem,
        intake: {
          via,
          messageId,
          ...(parsed?.forwardedBy.length ? { forwardedBy: parsed.forwardedBy.map((f) => f.address) } : {}),
          ...(parsed?.attachmentsOverLimit ? { attachmentsOverLimit: parsed.attachmentsOverLimit } : {}),
        },
      },
      followUp:
        existing && parsed
          ? {
              caseId: existing.kase.id, number: existing.kase.number, petitionerId: existing.kase.petitionerId, verified: existing.verified,
              message: { channel: 'email', subject: parsed.subject, text: parsed.text, messageId, fromAddress: parsed.from?.address ?? null },
            }
          : null,
      original: { filename: 'message.eml', mediaType: 'message/rfc822', bytes: raw, status: parseProblem ? 'failed' : 'extracted', problem: parseProblem },
      files: (parsed?.attachments ?? []).map((a) => ({ filename: a.filename, bytes: a.bytes, declaredType: a.contentType })),
      badFiles: 'keep',
      fileRole: 'attachment',
      problem: parsed?.attachmentsOverLimit ? { problem: 'too_many_attachments', notTaken: parsed.attachmentsOverLimit, keptIn: 'message.eml' } : null,
      receivedAt,
      alsoInTransaction: (trx, { caseId }) =>
        recordIncomingEmail(trx, {
          messageId, caseId, rawSha256: createHash('sha256').update(raw).digest('hex'), fromAddress: parsed?.from?.address ?? null,
          subject: parsed?.subject ?? null, inReplyTo: parsed?.inReplyTo[0] ?? null, at: receivedAt,
        }),
    });
    const outcome = !received.followUp ? 'new_case' : existing?.verified ? 'follow_up' : 'unverified_follow_up';
    return { outcome, caseNumber: received.number, messageId };
  } catch (error) {
    // Two deliveries of one message at once: the unique Message-ID lets only one through.
    const again = await caseOfMessageId(deps.db, messageId);
    if (again) return { outcome: 'duplicate', caseNumber: await numberOf(deps, again.caseId), messageId };
    throw error;
  }
}

/**
 * The case a mail continues, and whether it is the petitioner's for sure. Verified: it answers one
 * of our own messages (a Message-ID only the petitioner was sent) or went to the case's reply
 * address (its tag an HMAC under the desk secret). Unverified: it names the case in its subject
 * from the petitioner's address, or refers to their earlier mail; a From and a subject anyone can
 * write, so a clerk decides and the case does not move.
 */
async function threadOf(deps: IntakeDeps, parsed: ParsedEmail): Promise<{ kase: CaseRef; verified: boolean } | null> {
  const ours = await caseReferredTo(deps.db, parsed.inReplyTo, 'out');
  if (ours) return { kase: await existingCase(deps, ours), verified: true };
  for (const address of parsed.recipients) {
    const caseId = caseIdOfReplyAddress(deps.secret, address);
    const kase = caseId ? await caseRefById(deps, caseId) : null;
    if (kase) return { kase, verified: true };
  }
  const theirs = await caseReferredTo(deps.db, parsed.inReplyTo, 'in');
  if (theirs) return { kase: await existingCase(deps, theirs), verified: false };
  const mentioned = CASE_NUMBER_IN_TEXT.exec(parsed.subject)?.[0];
  const kase = mentioned ? await caseRefByNumber(deps, mentioned) : null;
  // A number in the subject joins the case only when the sender is the case's petitioner: anyone can type a number.
  return kase && parsed.from && kase.petitionerEmail === parsed.from.address ? { kase, verified: false } : null;
}

async function existingCase(deps: IntakeDeps, caseId: string): Promise<CaseRef> {
  const kase = await caseRefById(deps, caseId);
  if (!kase) throw new Error(`case ${caseId} vanished`);
  return kase;
}

async function numberOf(deps: IntakeDeps, caseId: string | null): Promise<string | null> {
  return caseId ? ((await caseRefById(deps, caseId))?.number ?? null) : null;
}
