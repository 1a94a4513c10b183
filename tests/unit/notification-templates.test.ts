/**
 * Contract of the resident e-mail texts (templates/notifications/resident/): every kind a resident
 * can be sent exists in every served language, uses exactly the placeholders its kind declares, and
 * leaves none unfilled once rendered with the facts of an event; the loader refuses a set that lacks
 * a language rather than start half-written.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVED_LANGUAGES } from '../../server/languages';
import {
  FOOTER,
  FOOTER_PLACEHOLDERS,
  parseNoticeText,
  placeholdersIn,
  RESIDENT_NOTICE_KINDS,
  RESIDENT_NOTICE_PLACEHOLDERS,
  renderNotice,
  VISIT_TEXT_KINDS,
} from '../../server/notifications/notification-template';
import { loadResidentNoticeTexts } from '../../server/notifications/notification-template.store';

const ROOT = path.resolve('templates/notifications/resident');

/** One sample fact per placeholder any kind uses: each distinct, so a wrong slot would show. */
const SAMPLE: Record<string, string> = {
  number: 'VLN-2026-000123',
  dueOn: '2026 m. kovo 31 d.',
  previousDueOn: '2026 m. kovo 16 d.',
  department: 'Vandens skyrius',
  trackingCode: 'K7Q2-9XWA',
  institution: 'Nacionalinė žemės tarnyba',
  reason: 'Sample reason text',
  contact: 'info@nzt.lt',
  subject: 'Meter photo',
  mergedInto: 'VLN-2026-000099',
  statusLink: 'https://desk.example/lt/status?t=abc',
};

describe('resident notification texts', () => {
  it('cover every kind in lt, pl, ru and en, and nothing else', () => {
    const kinds = fs.readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    // The visits' texts have a contract test of their own (visit-notices-templates.test.ts).
    expect(kinds).toEqual([...RESIDENT_NOTICE_KINDS, ...VISIT_TEXT_KINDS, FOOTER].sort());
    expect([...SERVED_LANGUAGES].sort()).toEqual(['en', 'lt', 'pl', 'ru']);
    for (const kind of kinds) {
      const files = fs.readdirSync(path.join(ROOT, kind)).sort();
      expect(files, kind).toEqual(SERVED_LANGUAGES.map((l) => `${l}.txt`).sort());
    }
  });

  for (const kind of [...RESIDENT_NOTICE_KINDS, FOOTER] as const) {
    const declared: readonly string[] = kind === FOOTER ? FOOTER_PLACEHOLDERS : RESIDENT_NOTICE_PLACEHOLDERS[kind];
    it(`${kind}: each language uses exactly {{${declared.join('}}, {{')}}}`, () => {
      for (const lang of SERVED_LANGUAGES) {
        const raw = fs.readFileSync(path.join(ROOT, kind, `${lang}.txt`), 'utf8');
        expect([...placeholdersIn(raw)].sort(), `${kind}/${lang}`).toEqual([...declared].sort());
        if (kind !== FOOTER) expect(() => parseNoticeText(`${kind}/${lang}`, raw, declared)).not.toThrow();
      }
    });
  }

  it('leave no placeholder unfilled once rendered with sample facts, and carry the facts and the link', () => {
    const texts = loadResidentNoticeTexts('templates');
    for (const kind of RESIDENT_NOTICE_KINDS) {
      for (const lang of SERVED_LANGUAGES) {
        const { subject, body } = renderNotice(texts, kind, lang, SAMPLE);
        const where = `${kind}/${lang}`;
        expect(`${subject}\n${body}`, where).not.toMatch(/\{\{|\}\}/);
        expect(subject.trim(), where).not.toBe('');
        for (const p of RESIDENT_NOTICE_PLACEHOLDERS[kind]) expect(`${subject}\n${body}`, `${where}: {{${p}}}`).toContain(SAMPLE[p]);
        expect(body, where).toContain(SAMPLE.statusLink);
      }
    }
  });

  it('a text that drops or adds a placeholder is refused, naming the file', () => {
    expect(() => parseNoticeText('forwarded/en.txt', 'Subject: No. {{number}}\n\nForwarded to {{institution}}.', RESIDENT_NOTICE_PLACEHOLDERS.forwarded)).toThrow(/forwarded\/en\.txt: missing \{\{reason\}\}, \{\{contact\}\}/);
    expect(() => parseNoticeText('closed/pl.txt', 'Subject: Nr {{number}}\n\nZamknięte {{dueOn}}.', RESIDENT_NOTICE_PLACEHOLDERS.closed)).toThrow(/closed\/pl\.txt: unknown \{\{dueOn\}\}/);
    expect(() => parseNoticeText('closed/ru.txt', 'Nr {{number}}', RESIDENT_NOTICE_PLACEHOLDERS.closed)).toThrow(/closed\/ru\.txt: a text starts with "Subject: /);
  });

  it('the loader refuses a set that lacks a language, naming what is missing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'notice-texts-'));
    try {
      fs.cpSync(ROOT, path.join(dir, 'notifications', 'resident'), { recursive: true });
      fs.rmSync(path.join(dir, 'notifications', 'resident', 'answered', 'ru.txt'));
      expect(() => loadResidentNoticeTexts(dir)).toThrow(/answered\/ru\.txt: missing/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
