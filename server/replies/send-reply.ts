/**
 * Preview, then sign and send: the letter is laid out as a PDF with embedded fonts, signed
 * (PAdES), stored as an immutable blob on the case, and delivered the way the case says
 * (`deliveryChannel`): e-mailed, queued for the registry's postal dispatch (postal-dispatch.ts), or
 * kept for the petitioner to collect at the front desk; the case moves on — every step on the audit trail.
 */
import { caseReplyAddress } from '../mail/case-reply-address.js';
import { recordReplySent, reissueTrackingCode } from '../cases/index.js';
import type { Actor } from '../auth/user.js';
import { DomainError } from '../errors.js';
import { newId } from '../ids.js';
import { recordOutgoingEmail, wasEmailSent } from '../mail/record-outgoing-email.js';
import { composeLetter } from './compose-letter.js';
import type { ReplyDeps } from './deps.js';
import { LETTER_TEXTS } from './letter-texts.js';
import { renderLetterPdf } from './pdf/render-letter-pdf.js';
import { signLetter } from './sign-letter.js';
import { canSign, IN_PERSON_DELIVERY, POSTAL_DELIVERY, replyMessageId, signableStatuses, SIGNING_CLAIM_MS, unfilledPlaceholders } from './reply.js';
import { loadReplyForStaff } from './reply-access.js';
import { claimReplyForSigning, finishSigning, listReplies, recordSignedLetter, releaseSigningClaim } from './reply.repository.js';
import { getTemplate } from './render-template.js';

/** How the letter left: 'email', 'post' (on the dispatch list), 'in_person', or 'download' / 'email_refused' / 'email_failed'. */
export interface SentReply {
  documentId: string;
  emailed: boolean;
  delivery: string;
}

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

/**
 * Signs and sends a reply once, whatever the concurrency (a double click, three tabs, a retry):
 * a conditional status change to 'signing' claims the reply, and only the request holding the
 * claim signs; the others get a conflict. The signed letter is stored and remembered on the reply
 * before it is e-mailed under the reply's one Message-ID, and the e-mail is recorded under that
 * Message-ID as soon as it is accepted, so a retry of a sending cut short (a 'signing' reply whose
 * claim was released or went stale) sends the same letter, and no second e-mail once the first is
 * recorded. Only a death between the relay's acceptance and that record can repeat the e-mail, and
 * then under the same Message-ID, which mail clients take for the same message.
 */
export async function signAndSendReply(deps: ReplyDeps, actor: Actor, replyId: string): Promise<SentReply> {
  const { reply, view, department, letter, now } = await letterOf(deps, actor, replyId);
  const fourEyes = department?.fourEyes ?? false;
  // A 'signing' reply was checked when it was claimed; what is left is to finish it.
  if (reply.status !== 'signing') {
    if (!canSign(reply, fourEyes)) {
      throw new DomainError('conflict', 'this reply cannot be signed now', { i18nKey: fourEyes && reply.status !== 'sent' ? 'reply.needsApproval' : 'reply.notDraft' });
    }
    const unfilled = unfilledPlaceholders(reply.bodyHtml);
    if (unfilled.length) throw new DomainError('invalid_input', 'fill in every bracketed field first', { i18nKey: 'reply.unfilled', details: { unfilled } });
  }
  const token = newId();
  const claimed = await claimReplyForSigning(deps.db, replyId, {
    token, from: signableStatuses(fourEyes), staleBefore: new Date(now.getTime() - SIGNING_CLAIM_MS).toISOString(), at: now.toISOString(),
  });
  if (!claimed) throw new DomainError('conflict', 'this reply is already being signed and sent', { i18nKey: 'reply.alreadySigning' });
  const backTo = reply.status === 'signing' ? (reply.approvedBy ? 'approved' : 'draft') : reply.status;
  try {
    return await signAndSendClaimed(deps, actor, { reply, view, letter, now }, token);
  } catch (error) {
    // Hand the reply on rather than leave it held until the claim goes stale; once its signed
    // letter is stored it stays 'signing', to be finished from that letter.
    await releaseSigningClaim(deps.db, replyId, token, backTo, deps.clock.now().toISOString()).catch(() => undefined);
    throw error;
  }
}

async function signAndSendClaimed(
  deps: ReplyDeps,
  actor: Actor,
  { reply, view, letter: composed, now }: Pick<Awaited<ReturnType<typeof letterOf>>, 'reply' | 'view' | 'letter' | 'now'>,
  token: string,
): Promise<SentReply> {
  const lost = () => new DomainError('conflict', 'another request took this reply over', { i18nKey: 'reply.alreadySigning' });
  let letter = composed;
  // The one signing path: what the `letter` command writes is what the resident receives. A
  // letter signed by an earlier attempt is the one sent: the resident gets one letter, not two.
  let sha256 = reply.signedSha256 && (await deps.blobs.has(reply.signedSha256)) ? reply.signedSha256 : null;
  let signed: Uint8Array;
  const template = getTemplate(deps.templates(), reply.templateId);
  if (sha256) {
    signed = await deps.blobs.get(sha256);
  } else {
    // A letter that came by post, answered on paper, left its petitioner with no tracking code (a
    // walk-in got one at the counter, a web petitioner on screen): its acknowledgement carries a new
    // one — the code is stored only as a hash, so the registration's cannot be repeated — unless the
    // desk already gave one on paper (a printed receipt), which must keep working.
    const codeGivenOnPaper = view.events.some((e) => e.type === 'tracking_code_reissued');
    const onPaper = template.kind === 'acknowledgement' && view.kase.channel === 'letter' && view.kase.deliveryChannel !== 'email' && !codeGivenOnPaper;
    if (onPaper) {
      const { trackingCode } = await reissueTrackingCode(deps, actor, view.kase.number, 'postal_acknowledgement');
      letter = { ...letter, bodyHtml: `${letter.bodyHtml}<p><strong>${LETTER_TEXTS[reply.language].trackingCode(trackingCode)}</strong></p>` };
    }
    signed = await signLetter(letter, deps.signer(), { now });
    const stored = await deps.blobs.put(signed);
    if (!(await recordSignedLetter(deps.db, reply.id, token, stored.sha256, deps.clock.now().toISOString()))) throw lost();
    sha256 = stored.sha256;
  }
  const letterSha256 = sha256;
  const texts = LETTER_TEXTS[reply.language];
  const filename = texts.fileName(view.kase.number);
  const outcome = template.kind === 'request_information' ? 'awaiting_information' : template.kind === 'forwarding' ? 'forwarded' : template.kind === 'acknowledgement' || template.kind === 'extension' ? null : 'answered';

  // E-mail after the letter is stored: a failed send leaves a signed letter the resident can download.
  // A letter for post or for the front desk is never e-mailed: the case says how it goes.
  const channel = view.kase.deliveryChannel;
  const to = channel === 'email' ? view.petitioner.email : null;
  const mailer = to ? deps.mailer() : null;
  const messageId = replyMessageId(reply.id);
  let delivery = channel === 'post' ? POSTAL_DELIVERY : channel === 'in_person' ? IN_PERSON_DELIVERY : 'download';
  if (mailer && to) {
    if (await wasEmailSent(deps.db, messageId)) {
      delivery = 'email';
    } else {
      try {
        const result = await mailer.send({
          from: deps.mailFrom,
          to,
          subject: texts.emailSubject(view.kase.number, reply.subject),
          text: texts.emailBody(view.kase.number, deps.statusLink?.(view.kase.number, reply.language, now) ?? null),
          messageId,
          replyTo: caseReplyAddress(deps.secret, view.kase.id, deps.mailFrom),
          language: reply.language,
          attachments: [{ filename, contentType: 'application/pdf', content: signed }],
        });
        delivery = result.accepted ? 'email' : 'email_refused';
      } catch {
        delivery = 'email_failed';
      }
      // Recorded at once, outside the transaction below: if that fails, a retry finds the e-mail
      // already sent and does not send it again.
      if (delivery === 'email') await recordOutgoingEmail(deps.db, { messageId, caseId: view.kase.id, subject: reply.subject, to, at: now });
    }
  }
  return deps.db.transaction().execute(async (trx) => {
    const id = await recordReplySent(trx, view.kase.id, { actorId: actor.id, replyId: reply.id, filename, sha256: letterSha256, sizeBytes: signed.byteLength, outcome, delivery }, now);
    // Still ours, or the document and the event roll back with it.
    if (!(await finishSigning(trx, reply.id, token, { documentId: id, messageId: delivery === 'email' ? messageId : null, delivery, sentAt: now.toISOString() }))) throw lost();
    return { documentId: id, emailed: delivery === 'email', delivery };
  });
}
