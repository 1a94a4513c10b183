/** A reply letter: drafted from a template, optionally approved (four eyes), signed and sent. Pure. */
import type { Lang } from '../languages.js';

export const REPLY_STATUSES = ['draft', 'awaiting_approval', 'approved', 'sent'] as const;
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
  documentId: string | null;
  messageId: string | null;
  delivery: string | null;
  createdAt: string;
  updatedAt: string;
  sentAt: string | null;
}

export function isEditable(reply: Pick<Reply, 'status'>): boolean {
  return reply.status === 'draft';
}

/** May this reply be signed now? With the four-eyes rule only once a manager approved it. */
export function canSign(reply: Pick<Reply, 'status'>, fourEyes: boolean): boolean {
  return fourEyes ? reply.status === 'approved' : reply.status === 'draft' || reply.status === 'approved';
}

/** Placeholders the clerk has not filled are left as "[label]" in bold by the template renderer. */
export function unfilledPlaceholders(html: string): string[] {
  return [...html.matchAll(/<strong>\[([^\]<]{1,80})\]<\/strong>/g)].map((m) => m[1]);
}
