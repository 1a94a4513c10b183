/**
 * Preview, then sign and send: the letter is laid out as a PDF with embedded fonts, signed
 * (PAdES), stored as an immutable blob on the case, e-mailed to the petitioner when we have an
 * address, and the case moves on — every step on the audit trail.
 */
import { recordReplySent } from '../cases/index.js';
import type { Actor } from '../auth/user.js';
import { DomainError } from '../errors.js';
import { newId } from '../ids.js';
import { recordOutgoingEmail } from '../mail/record-outgoing-email.js';
import { composeLetter } from './compose-letter.js';
import type { ReplyDeps } from './deps.js';
import { LETTER_TEXTS } from './letter-texts.js';
import { renderLetterPdf } from './pdf/render-letter-pdf.js';
import { signLetter } from './sign-letter.js';
import { canSign, unfilledPlaceholders } from './reply.js';
import { loadReplyForStaff } from './reply-access.js';
import { listReplies, updateReply } from './reply.repository.js';
import { getTemplate } from './render-template.js';

async function letterOf(deps: ReplyDeps, actor: Actor, replyId: string) {
  const { reply, view, department } = await loadReplyForStaff(deps, actor, replyId);
  const sequence = (await listReplies(deps.db, reply.caseId)).filter((r) => r.status === 'sent').length + 1;
  const now = deps.clock.now();
  const letter = composeLetter({ reply, kase: view.kase, petitioner: view.petitioner, department, signer: actor, sequence }, now);
  return { reply, view, department, letter, now };
}

/** The unsigned PDF as it will look, for the live preview beside the editor. */
export async function previewReply(deps: ReplyDeps, actor: Actor, replyId: string): Promise<Uint8Array> {
  const { letter, now } = await letterOf(deps, actor, replyId);
  return renderLetterPdf(letter, { now });
}

export async function signAndSendReply(deps: ReplyDeps, actor: Actor, replyId: string): Promise<{ documentId: string; emailed: boolean }> {
  const { reply, view, department, letter, now } = await letterOf(deps, actor, replyId);
  if (!canSign(reply, department?.fourEyes ?? false)) {
    throw new DomainError('conflict', 'this reply cannot be signed now', { i18nKey: department?.fourEyes ? 'reply.needsApproval' : 'reply.notDraft' });
  }
  const unfilled = unfilledPlaceholders(reply.bodyHtml);
  if (unfilled.length) throw new DomainError('invalid_input', 'fill in every bracketed field first', { i18nKey: 'reply.unfilled', details: { unfilled } });

  // The one signing path: what the `letter` command writes is what the resident receives.
  const signed = await signLetter(letter, deps.signer(), { now });
  const blob = await deps.blobs.put(signed);
  const texts = LETTER_TEXTS[reply.language];
  const filename = texts.fileName(view.kase.number);
  const template = getTemplate(deps.templates(), reply.templateId);
  const outcome = template.kind === 'request_information' ? 'awaiting_information' : template.kind === 'forwarding' ? 'forwarded' : template.kind === 'acknowledgement' || template.kind === 'extension' ? null : 'answered';

  // E-mail after the letter is stored: a failed send leaves a signed letter the resident can download.
  const mailer = view.petitioner.email ? deps.mailer() : null;
  const messageId = `${newId()}@desk.vilnius.example`;
  let delivery = 'download';
  if (mailer && view.petitioner.email) {
    try {
      const result = await mailer.send({
        from: deps.mailFrom,
        to: view.petitioner.email,
        subject: texts.emailSubject(view.kase.number, reply.subject),
        text: texts.emailBody(view.kase.number),
        messageId,
        language: reply.language,
        attachments: [{ filename, contentType: 'application/pdf', content: signed }],
      });
      delivery = result.accepted ? 'email' : 'email_refused';
    } catch {
      delivery = 'email_failed';
    }
  }
  const documentId = await deps.db.transaction().execute(async (trx) => {
    const id = await recordReplySent(trx, view.kase.id, { actorId: actor.id, replyId, filename, sha256: blob.sha256, sizeBytes: blob.sizeBytes, outcome, delivery }, now);
    await updateReply(trx, replyId, { status: 'sent', documentId: id, messageId: delivery === 'email' ? messageId : null, delivery, sentAt: now.toISOString() }, now.toISOString());
    if (delivery === 'email') await recordOutgoingEmail(trx, { messageId, caseId: view.kase.id, subject: reply.subject, to: view.petitioner.email!, at: now });
    return id;
  });
  return { documentId, emailed: delivery === 'email' };
}
