/**
 * The receipt the front desk hands a petitioner who came on paper, in person or by phone: what
 * was received and when, what happens next, and the tracking code with a QR code for the status
 * page. Pure: the types and the few rules.
 */
import type { Channel } from '../cases/case.js';
import type { Lang } from '../languages.js';

export const PAPER_SIZES = ['A4', 'A5'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** Web and e-mail petitioners got their code on screen or by mail: only the counter's channels get a receipt. */
export const RECEIPT_CHANNELS: readonly Channel[] = ['letter', 'in_person', 'phone'];

export function takesReceipt(channel: Channel): boolean {
  return RECEIPT_CHANNELS.includes(channel);
}

/** What a receipt says, already in its language (dates formatted, department named). */
export interface ReceiptContent {
  lang: Lang;
  paper: PaperSize;
  number: string;
  receivedOn: string;
  /** null: not registered yet (the receipt says when it will be). */
  registeredOn: string | null;
  dueOn: string | null;
  department: string | null;
  trackingCode: string;
  /** The status page the QR code opens: the case number in it, never the code. */
  statusUrl: string;
  /** The same page as printed for typing in (without the number). */
  statusPage: string;
  printedOn: string;
}

/** `${publicUrl}/${lang}/status?number=…`: the tracking code never goes into a URL (logs, histories, shoulder-surfed phones). */
export function statusUrlFor(publicUrl: string, lang: Lang, number: string): { statusUrl: string; statusPage: string } {
  const statusPage = `${publicUrl.replace(/\/+$/, '')}/${lang}/status`;
  return { statusPage, statusUrl: `${statusPage}?number=${encodeURIComponent(number)}` };
}
