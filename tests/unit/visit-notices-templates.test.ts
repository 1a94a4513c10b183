/**
 * Contract of the visit e-mail texts (templates/notifications/resident/visit_*): each kind in every
 * served language uses exactly its placeholders; rendered with a visit's facts it leaves none
 * unfilled, carries every fact, and stands alone (no case footer: there is no case); the code a
 * resident cancels or moves with is in the booking and the move only; and each language reads as
 * itself, not as another's copy.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVED_LANGUAGES } from '../../server/languages';
import { placeholdersIn, renderVisitText, VISIT_NOTICE_PLACEHOLDERS, VISIT_TEXT_KINDS } from '../../server/notifications/notification-template';
import { loadResidentNoticeTexts } from '../../server/notifications/notification-template.store';

const ROOT = path.resolve('templates/notifications/resident');

const SAMPLE: Record<string, string> = {
  name: 'Ona Petrauskienė',
  service: 'Sample service name',
  date: 'Sample date text',
  time: '09:15–09:30',
  place: 'Sample service point',
  address: 'Sample g. 7, Vilnius',
  reference: 'V-2027-000123',
  code: '493817',
  manageLink: 'https://desk.example/xx/visits/manage',
  bookLink: 'https://desk.example/xx/visits',
};

/** Words only that language's text of a visit uses (the greeting and the close). */
const OWN_WORDS: Record<(typeof SERVED_LANGUAGES)[number], RegExp> = {
  lt: /Laba diena|Pagarbiai|Vizitas/,
  pl: /Dzień dobry|Z poważaniem|Wizyta/,
  ru: /Здравствуйте|С уважением|Приём/i,
  en: /Hello|Kind regards|Visit/,
};

describe('visit e-mail texts', () => {
  for (const kind of VISIT_TEXT_KINDS) {
    it(`${kind}: each language uses exactly {{${VISIT_NOTICE_PLACEHOLDERS[kind].join('}}, {{')}}}`, () => {
      for (const lang of SERVED_LANGUAGES) {
        const raw = fs.readFileSync(path.join(ROOT, kind, `${lang}.txt`), 'utf8');
        expect([...placeholdersIn(raw)].sort(), `${kind}/${lang}`).toEqual([...VISIT_NOTICE_PLACEHOLDERS[kind]].sort());
      }
    });
  }

  it('rendered with a visit, carry every fact, leave nothing unfilled and no case footer', () => {
    const texts = loadResidentNoticeTexts('templates');
    for (const kind of VISIT_TEXT_KINDS) {
      for (const lang of SERVED_LANGUAGES) {
        const { subject, body } = renderVisitText(texts, kind, lang, SAMPLE);
        const where = `${kind}/${lang}`;
        const all = `${subject}\n${body}`;
        expect(all, where).not.toMatch(/\{\{|\}\}/);
        expect(subject.trim(), where).not.toBe('');
        expect(subject, where).toContain(SAMPLE.reference);
        for (const p of VISIT_NOTICE_PLACEHOLDERS[kind]) expect(all, `${where}: {{${p}}}`).toContain(SAMPLE[p]);
        expect(body, where).not.toContain('\n-- \n');
        if (kind !== 'visit_calendar') expect(all, where).toMatch(OWN_WORDS[lang]);
      }
    }
  });

  it('the code goes in the booking and the move only; a cancelled visit offers booking anew', () => {
    const withCode = Object.entries(VISIT_NOTICE_PLACEHOLDERS).filter(([, p]) => (p as readonly string[]).includes('code')).map(([k]) => k);
    expect(withCode.sort()).toEqual(['visit_booked', 'visit_moved']);
    expect(VISIT_NOTICE_PLACEHOLDERS.visit_cancelled).toContain('bookLink');
    expect(VISIT_NOTICE_PLACEHOLDERS.visit_cancelled).not.toContain('manageLink');
  });

  it('no two languages share a text', () => {
    const texts = loadResidentNoticeTexts('templates');
    for (const kind of VISIT_TEXT_KINDS) {
      const bodies = SERVED_LANGUAGES.map((lang) => texts[kind][lang].body);
      expect(new Set(bodies).size, kind).toBe(SERVED_LANGUAGES.length);
      expect(texts[kind].ru.body, kind).toMatch(/[А-Яа-яЁё]{4}/);
    }
  });
});
