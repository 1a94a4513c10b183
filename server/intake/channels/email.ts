/**
 * An e-mail becomes a case (or joins the case it answers), with nothing lost on the way:
 * the raw message is stored first (content-addressed, fsync'ed), a Message-ID already taken is
 * not taken twice, and a message we cannot parse still becomes a case for a person to read.
 * Used by the SMTP listener, the IMAP poller and `desk ingest`.
 */
import { caseRefById, caseRefByNumber } from '../../cases/case-lookup.js';
import { openCase, recordIntakeProblem } from '../../cases/open-case.js';
import { attachDocument } from '../../cases/documents/attach-document.js';
import { recordFollowUpMessage } from '../../cases/add-message.js';
import { JOB, needsExtraction, type IntakeDeps } from '../deps.js';
import { findCaseByReferences, findEmailCase, insertEmail } from '../../mail/email.repository.js';
import { inspectFile, type FileInspection } from '../files/inspect-file.js';
import type { StoredBlob } from '../../storage/blob-store.js';
import { parseEmail, parseEmailHeaders, type ParsedEmail } from '../../mail/parse-email.adapter.js';
import { createHash } from 'node:crypto';
import { isServedLanguage } from '../../languages.js';

export interface EmailIntakeResult {
  outcome: 'new_case' | 'follow_up' | 'duplicate';
  caseNumber: string | null;
  messageId: string;
}

const CASE_NUMBER_IN_TEXT = /VLN-\d{4}-\d{6,}/i;

export async function ingestEmail(deps: IntakeDeps, raw: Buffer, via: 'smtp' | 'imap' | 'cli'): Promise<EmailIntakeResult> {
  const receivedAt = deps.clock.now();
  const rawBlob = await deps.blobs.put(raw);
  let parsed: ParsedEmail | null = null;
  let parseProblem: string | null = null;
  try {
    parsed = await parseEmail(raw, deps.emailLimits);
  } catch (error) {
    parseProblem = /child nodes|too many/i.test(String((error as Error).message)) ? 'too_many_parts' : 'email_unreadable';
    // The body could not be read, but the headers usually can: keep the sender, subject and Message-ID.
    parsed = await parseEmailHeaders(raw).catch(() => null);
  }
  const messageId = parsed?.messageId ?? `sha256-${createHash('sha256').update(raw).digest('hex')}@desk.invalid`;
  const seen = await findEmailCase(deps.db, messageId);
  if (seen) return { outcome: 'duplicate', caseNumber: await numberOf(deps, seen.caseId), messageId };

  // Attachments are checked and stored before the transaction: blobs first, always.
  const attachments: { inspected: FileInspection; blob: StoredBlob; declaredType: string }[] = [];
  for (const a of parsed?.attachments ?? []) {
    const inspected = await inspectFile(a.bytes, a.filename, deps.fileLimits);
    const blob = await deps.blobs.put(a.bytes);
    attachments.push({ inspected, blob, declaredType: a.contentType });
  }

  const existingCaseId = parsed ? await threadOf(deps, parsed) : null;
  // Read before the transaction: on SQLite one connection serves all, and the transaction holds it.
  const existing = existingCaseId ? await caseRefById(deps, existingCaseId) : null;
  if (existingCaseId && !existing) throw new Error(`case ${existingCaseId} vanished`);
  try {
    return await deps.db.transaction().execute(async (trx) => {
      let caseId: string;
      let number: string;
      let actor: { actorType: 'petitioner'; actorId: string | null };
      if (existing && parsed) {
        const kase = existing;
        caseId = kase.id;
        number = kase.number;
        actor = { actorType: 'petitioner', actorId: kase.petitionerId };
        await recordFollowUpMessage(trx, caseId, { channel: 'email', subject: parsed.subject, text: parsed.text, messageId }, receivedAt);
      } else {
        const fallback = deps.fallbackLanguage;
        const hint = parsed?.contentLanguage?.slice(0, 2).toLowerCase() ?? null;
        const opened = await openCase(trx, deps.secret, {
          channel: 'email',
          kind: 'request',
          language: null,
          replyLanguage: isServedLanguage(hint) ? hint : fallback,
          petitioner: { name: parsed?.from?.name || parsed?.from?.address || '', email: parsed?.from?.address ?? null, phone: null, address: null },
          subject: parsed?.subject ?? '',
          body: parsed?.text ?? '',
          departmentId: null,
          serviceId: null,
          receivedAt,
          intake: {
            via,
            messageId,
            contentLanguage: parsed?.contentLanguage ?? null,
            ...(parseProblem ? { problem: parseProblem } : {}),
            ...(parsed?.forwardedBy.length ? { forwardedBy: parsed.forwardedBy.map((f) => f.address) } : {}),
            ...(parsed?.attachmentsOverLimit ? { attachmentsOverLimit: parsed.attachmentsOverLimit } : {}),
          },
        });
        caseId = opened.caseId;
        number = opened.number;
        actor = { actorType: 'petitioner', actorId: opened.petitionerId };
      }
      await attachDocument(
        trx, caseId,
        { role: 'original', filename: 'message.eml', mediaType: 'message/rfc822', sha256: rawBlob.sha256, sizeBytes: rawBlob.sizeBytes, status: parseProblem ? 'failed' : 'extracted', problem: parseProblem },
        actor, receivedAt,
      );
      const toExtract: string[] = [];
      for (const { inspected, blob, declaredType } of attachments) {
        const documentId = await attachDocument(
          trx, caseId,
          inspected.ok
            ? { role: 'attachment', filename: inspected.safeName, mediaType: inspected.mediaType, sha256: blob.sha256, sizeBytes: blob.sizeBytes, pageCount: inspected.pages }
            : { role: 'attachment', filename: inspected.safeName, mediaType: declaredType.slice(0, 100), sha256: blob.sha256, sizeBytes: blob.sizeBytes, status: 'rejected', problem: inspected.reason },
          actor, receivedAt,
        );
        if (inspected.ok && needsExtraction(inspected.mediaType)) toExtract.push(documentId);
      }
      if (parsed?.attachmentsOverLimit) {
        await recordIntakeProblem(trx, caseId, { problem: 'too_many_attachments', notTaken: parsed.attachmentsOverLimit, keptIn: 'message.eml' }, receivedAt);
      }
      await insertEmail(trx, {
        messageId, direction: 'in', caseId, rawSha256: rawBlob.sha256, fromAddress: parsed?.from?.address ?? null,
        subject: parsed?.subject ?? null, inReplyTo: parsed?.inReplyTo[0] ?? null, at: receivedAt.toISOString(),
      });
      for (const documentId of toExtract) await deps.jobs.enqueue(trx, JOB.extractText, { documentId }, { key: `extract:${documentId}` });
      if (!existingCaseId && toExtract.length === 0) await deps.jobs.enqueue(trx, JOB.analyseCase, { caseId }, { key: `analyse:${caseId}` });
      return { outcome: existingCaseId ? ('follow_up' as const) : ('new_case' as const), caseNumber: number, messageId };
    });
  } catch (error) {
    // Two deliveries of one message at once: the unique Message-ID lets only one through.
    const again = await findEmailCase(deps.db, messageId);
    if (again) return { outcome: 'duplicate', caseNumber: await numberOf(deps, again.caseId), messageId };
    throw error;
  }
}

async function threadOf(deps: IntakeDeps, parsed: ParsedEmail): Promise<string | null> {
  const byReference = await findCaseByReferences(deps.db, parsed.inReplyTo);
  if (byReference) return byReference;
  const mentioned = CASE_NUMBER_IN_TEXT.exec(parsed.subject)?.[0];
  const kase = mentioned ? await caseRefByNumber(deps, mentioned) : null;
  // A number in the subject threads only when the sender is the case's petitioner: anyone can type a number.
  return kase && parsed.from && kase.petitionerEmail === parsed.from.address ? kase.id : null;
}

async function numberOf(deps: IntakeDeps, caseId: string | null): Promise<string | null> {
  return caseId ? ((await caseRefById(deps, caseId))?.number ?? null) : null;
}
