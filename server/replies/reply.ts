/** A reply letter: drafted from a template, optionally approved (four eyes), signed and sent. Pure. */
import type { Lang } from '../languages.js';

/** 'signing': one request has claimed the reply and is signing and sending it (see send-reply.ts). */
export const REPLY_STATUSES = ['draft', 'awaiting_approval', 'approved', 'signing', 'sent'] as const;
export type ReplyStatus = (typeof REPLY_STATUSES)[number];

export interface Reply {
  id: string;
  caseId: string;
  templateId: string;
  language: Lang;
  subject: string;
  bodyHtml: string;
  status: ReplyStatus;
  authorId: string;
  approvedBy: string | null;
  /** Who sent it for approval (the author, or whoever edited it after it was returned). */
  approvalRequestedBy: string | null;
  documentId: string | null;
  messageId: string | null;
  delivery: string | null;
  createdAt: string;
  updatedAt: string;
  sentAt: string | null;
  /** The signed letter's blob once it is stored, while the reply is 'signing'. */
  signedSha256: string | null;
  /** A postal letter: the Vilnius day the registry posted it, and the registered-mail number where used. */
  postedOn?: string | null;
  registeredMailNumber?: string | null;
  /** A manager returned it to its author: why, and who (shown to the author while it is a draft again). */
  returnedComment?: string | null;
  returnedBy?: string | null;
}

/** How a signed letter left: e-mailed, queued for the registry's postal dispatch, or kept for collection. */
export const POSTAL_DELIVERY = 'post';
export const IN_PERSON_DELIVERY = 'in_person';

export function isEditable(reply: Pick<Reply, 'status'>): boolean {
  return reply.status === 'draft';
}

/**
 * Why this person may not approve this reply, if they may not: four eyes means two people, so
 * neither the author nor whoever asked for the approval can give it.
 */
export function approvalRefusal(reply: Pick<Reply, 'authorId' | 'approvalRequestedBy'>, approverId: string): 'own_reply' | 'own_request' | null {
  if (reply.authorId === approverId) return 'own_reply';
  if (reply.approvalRequestedBy === approverId) return 'own_request';
  return null;
}

/**
 * May this reply be signed now? With the four-eyes rule only once a manager approved it — and
 * an approval its author or requester gave (rows from before the rule was enforced) counts as none.
 */
export function canSign(reply: Pick<Reply, 'status' | 'authorId' | 'approvedBy' | 'approvalRequestedBy'>, fourEyes: boolean): boolean {
  if (!fourEyes) return reply.status === 'draft' || reply.status === 'approved';
  return reply.status === 'approved' && reply.approvedBy !== null && approvalRefusal(reply, reply.approvedBy) === null;
}

/** The statuses a signing request may claim the reply from. */
export function signableStatuses(fourEyes: boolean): ReplyStatus[] {
  return fourEyes ? ['approved'] : ['draft', 'approved'];
}

/**
 * How long a claim to sign holds before another request may take over: signing and sending take
 * seconds, so a claim this old belongs to a process that died half-way.
 */
export const SIGNING_CLAIM_MS = 10 * 60_000;

/**
 * The one Message-ID of a reply's e-mail, the same on every attempt: a retry is recognised as
 * the same message (by us, through the outgoing e-mail row, and by the resident's mail client).
 */
export function replyMessageId(replyId: string): string {
  return `reply-${replyId}@desk.vilnius.example`;
}

/** Placeholders the clerk has not filled are left as "[label]" in bold by the template renderer. */
export function unfilledPlaceholders(html: string): string[] {
  return [...html.matchAll(/<strong>\[([^\]<]{1,80})\]<\/strong>/g)].map((m) => m[1]);
}
