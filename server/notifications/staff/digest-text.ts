/**
 * The daily digest's words, one hand-written text per language in
 * templates/notifications/staff/digest/<lang>.txt (first line "Subject: …", a blank line, the
 * body), filled here. Pure: digest-text.store.ts reads the files. A text without one of the
 * placeholders would leave out part of the day, so it never loads.
 */
import { SERVED_LANGUAGES, type Lang } from '../../languages.js';

export const DIGEST_PLACEHOLDERS = ['date', 'name', 'overdueCount', 'dueSoonCount', 'overdue', 'dueSoon', 'link'] as const;
export type DigestFacts = Record<(typeof DIGEST_PLACEHOLDERS)[number], string>;

export interface DigestText {
  subject: string;
  body: string;
}

const PLACEHOLDER = /\{\{\s*([a-zA-Z]+)\s*\}\}/g;

export function parseDigestText(name: string, raw: string): DigestText {
  const text = raw.replace(/\r\n/g, '\n');
  const match = /^Subject: ([^\n]+)\n\n([\s\S]*\S[\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${name}: a text starts with "Subject: …", then a blank line, then the body`);
  const parsed = { subject: match[1]!.trim(), body: match[2]!.trim() };
  const used = new Set([...`${parsed.subject}\n${parsed.body}`.matchAll(PLACEHOLDER)].map((m) => m[1]));
  const missing = DIGEST_PLACEHOLDERS.filter((p) => !used.has(p));
  const unknown = [...used].filter((p) => !(DIGEST_PLACEHOLDERS as readonly string[]).includes(p as string));
  if (missing.length || unknown.length) throw new Error(`${name}: placeholders missing [${missing.join(', ')}], unknown [${unknown.join(', ')}]`);
  return parsed;
}

export function parseDigestTexts(read: (lang: Lang) => string | null): Readonly<Record<Lang, DigestText>> {
  const entries = SERVED_LANGUAGES.map((lang) => {
    const raw = read(lang);
    if (raw === null) throw new Error(`digest/${lang}.txt is missing`);
    return [lang, parseDigestText(`digest/${lang}.txt`, raw)] as const;
  });
  return Object.freeze(Object.fromEntries(entries) as Record<Lang, DigestText>);
}

export function fillDigest(text: DigestText, facts: DigestFacts): DigestText {
  const fill = (s: string, oneLine: boolean) =>
    s.replace(PLACEHOLDER, (_, key: string) => {
      const value = facts[key as keyof DigestFacts];
      return oneLine ? value.replace(/\s+/g, ' ') : value;
    });
  return { subject: fill(text.subject, true).slice(0, 300), body: fill(text.body, false) };
}

/** One line of a digest: number, due date and subject (and the department, for a manager), in any language. */
export function digestLine(kase: { number: string; dueOn: string; subject: string }, department?: string): string {
  const subject = kase.subject.replace(/\s+/g, ' ').slice(0, 120);
  return `- ${kase.number} · ${kase.dueOn}${department ? ` · ${department}` : ''} · ${subject}`;
}
