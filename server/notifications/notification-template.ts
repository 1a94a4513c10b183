/**
 * The texts of the e-mails residents get: one subject and body per kind and language, hand-written
 * in templates/notifications/resident/<kind>/<lang>.txt (first line "Subject: …", a blank line,
 * the body), with a footer of their own beside them. Pure: the files are read by
 * notification-template.store.ts; here they are checked and filled.
 *
 * A text that lacks a placeholder its kind needs says nothing of what it must say (a forwarding
 * notice without the institution is no notice), so it never loads, and the contract test fails.
 */
import { z } from 'zod';
import { SERVED_LANGUAGES, type Lang } from '../languages.js';

/** Every kind of message a resident is sent, with the facts each one must carry. */
export const RESIDENT_NOTICE_PLACEHOLDERS = {
  received: ['number'],
  registered: ['number', 'dueOn', 'department'],
  registered_with_code: ['number', 'dueOn', 'department', 'trackingCode'],
  forwarded: ['number', 'institution', 'reason', 'contact'],
  deadline_extended: ['number', 'reason', 'dueOn', 'previousDueOn'],
  information_requested: ['number'],
  message_received: ['number', 'subject'],
  answered: ['number'],
  closed: ['number'],
  merged: ['number', 'mergedInto'],
  reopened: ['number'],
} as const satisfies Record<string, readonly string[]>;

export type ResidentNoticeKind = keyof typeof RESIDENT_NOTICE_PLACEHOLDERS;
export const RESIDENT_NOTICE_KINDS = Object.keys(RESIDENT_NOTICE_PLACEHOLDERS) as ResidentNoticeKind[];

/**
 * The e-mails about a visit by appointment. There is no case behind them, so they carry no case
 * footer: each text is whole, with the link where the visit is managed. The code (needed to cancel
 * or move) goes only in the booking and the move; a cancelled visit offers booking anew instead.
 * 'visit_calendar' is the iCalendar event's title (the subject line) and description (the body).
 */
export const VISIT_NOTICE_PLACEHOLDERS = {
  visit_booked: ['name', 'service', 'date', 'time', 'place', 'address', 'reference', 'code', 'manageLink'],
  visit_moved: ['name', 'service', 'date', 'time', 'place', 'address', 'reference', 'code', 'manageLink'],
  visit_cancelled: ['name', 'service', 'date', 'time', 'place', 'reference', 'bookLink'],
  visit_reminder: ['name', 'service', 'date', 'time', 'place', 'address', 'reference', 'manageLink'],
  visit_calendar: ['service', 'reference', 'manageLink'],
} as const satisfies Record<string, readonly string[]>;

export type VisitTextKind = keyof typeof VISIT_NOTICE_PLACEHOLDERS;
export const VISIT_TEXT_KINDS = Object.keys(VISIT_NOTICE_PLACEHOLDERS) as VisitTextKind[];

/** The footer every message ends with: the one-click link, and that a reply to it reaches the case. */
export const FOOTER_PLACEHOLDERS = ['statusLink', 'number'] as const;
export const FOOTER = 'footer';

export interface NoticeText {
  subject: string;
  body: string;
}

export type NoticeTexts = Readonly<Record<ResidentNoticeKind | VisitTextKind | typeof FOOTER, Readonly<Record<Lang, NoticeText>>>>;

const PLACEHOLDER = /\{\{\s*([a-zA-Z]+)\s*\}\}/g;

const noticeFileSchema = z
  .string()
  .transform((s) => s.replace(/\r\n/g, '\n'))
  .pipe(z.string().regex(/^Subject: [^\n]+\n\n[\s\S]*\S[\s\S]*$/, 'a text starts with "Subject: …", then a blank line, then the body'));

export function placeholdersIn(text: string): Set<string> {
  return new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string));
}

/** Parses one text file and checks it uses exactly the placeholders its kind has. Throws, naming the file. */
export function parseNoticeText(name: string, raw: string, placeholders: readonly string[]): NoticeText {
  const parsed = noticeFileSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${name}: ${parsed.error.issues[0]?.message}`);
  const [first, ...rest] = parsed.data.split('\n');
  const text = { subject: (first as string).slice('Subject: '.length).trim(), body: rest.join('\n').trim() };
  const used = placeholdersIn(`${text.subject}\n${text.body}`);
  const missing = placeholders.filter((p) => !used.has(p));
  const unknown = [...used].filter((p) => !placeholders.includes(p));
  if (missing.length) throw new Error(`${name}: missing {{${missing.join('}}, {{')}}}`);
  if (unknown.length) throw new Error(`${name}: unknown {{${unknown.join('}}, {{')}}}`);
  return text;
}

/** Checks a whole set as read from disk: every kind (the visits' too, and the footer) in every served language. */
export function parseNoticeTexts(read: (kind: string, lang: Lang) => string | null): NoticeTexts {
  const out: Record<string, Record<string, NoticeText>> = {};
  const problems: string[] = [];
  const entries: [string, readonly string[]][] = [
    ...Object.entries(RESIDENT_NOTICE_PLACEHOLDERS),
    ...Object.entries(VISIT_NOTICE_PLACEHOLDERS),
    [FOOTER, FOOTER_PLACEHOLDERS],
  ];
  for (const [kind, placeholders] of entries) {
    out[kind] = {};
    for (const lang of SERVED_LANGUAGES) {
      const raw = read(kind, lang);
      if (raw === null) {
        problems.push(`${kind}/${lang}.txt: missing`);
        continue;
      }
      try {
        // The footer is a body only: it goes under another message's subject.
        const name = `${kind}/${lang}.txt`;
        out[kind][lang] = kind === FOOTER ? parseNoticeText(name, `Subject: -\n\n${raw}`, placeholders) : parseNoticeText(name, raw, placeholders);
      } catch (error) {
        problems.push((error as Error).message);
      }
    }
  }
  if (problems.length) throw new Error(`resident notification texts: ${problems.join('; ')}`);
  return out as unknown as NoticeTexts;
}

function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (_, name: string) => values[name] ?? '');
}

/** The message as the resident reads it: the kind's text, then the footer. */
export function renderNotice(texts: NoticeTexts, kind: ResidentNoticeKind, lang: Lang, values: Readonly<Record<string, string>>): NoticeText {
  const text = texts[kind][lang];
  const footer = texts[FOOTER][lang];
  return { subject: fill(text.subject, values), body: `${fill(text.body, values)}\n\n-- \n${fill(footer.body, values)}\n` };
}

/** A visit's text as the resident reads it: whole in itself, without the case footer (there is no case). */
export function renderVisitText(texts: NoticeTexts, kind: VisitTextKind, lang: Lang, values: Readonly<Record<string, string>>): NoticeText {
  const text = texts[kind][lang];
  return { subject: fill(text.subject, values), body: `${fill(text.body, values)}\n` };
}
