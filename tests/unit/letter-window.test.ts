/**
 * A letter that goes by post, read back by pdftotext -bbox: the recipient's lines and our return
 * line sit inside the window envelope's address field (DIN 5008 form B, 20/45 mm, 85 × 45 mm) and
 * nothing else touches it; a letter for e-mail keeps its layout.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVED_LANGUAGES } from '../../server/languages.js';
import { LETTER_TEXTS } from '../../server/replies/letter-texts.js';
import { postalAddressLines } from '../../server/replies/pdf/address-window.js';
import type { LetterContent } from '../../server/replies/pdf/letter-content.js';
import { renderLetterPdf } from '../../server/replies/pdf/render-letter-pdf.js';
import { demoLetter } from '../fixtures/letters/demo-letters.js';

const MM = 72 / 25.4;
const FIELD = { x1: 20 * MM, y1: 45 * MM, x2: 105 * MM, y2: 90 * MM };
/** The ISO 269 DL window (90 mm × 45 mm at 20 mm): what shows through the envelope. */
const WINDOW = { x1: 20 * MM, y1: 45 * MM, x2: 110 * MM, y2: 90 * MM };

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letter-window-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Word { x1: number; y1: number; x2: number; y2: number; text: string }

async function wordsOfFirstPage(name: string, letter: LetterContent): Promise<Word[]> {
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, await renderLetterPdf(letter));
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    x1: Number(m[1]), y1: Number(m[2]), x2: Number(m[3]), y2: Number(m[4]), text: decode(m[5]),
  }));
}

const inside = (w: Word, r: typeof FIELD) => w.x1 >= r.x1 && w.x2 <= r.x2 && w.y1 >= r.y1 && w.y2 <= r.y2;
const touches = (w: Word, r: typeof FIELD) => w.x1 < r.x2 && w.x2 > r.x1 && w.y1 < r.y2 && w.y2 > r.y1;

function postal(lang: LetterContent['lang'], address: string): LetterContent {
  const base = demoLetter(lang, 'long');
  return { ...base, addressWindow: { returnAddress: LETTER_TEXTS[lang].returnAddress, lines: [base.recipient.name, ...postalAddressLines(address)] } };
}

describe('postal addresses', () => {
  it.each([
    ['Ukmergės g. 241-87, LT-09214 Vilnius', ['Ukmergės g. 241-87', 'LT-09214 Vilnius']],
    ['Žirmūnų g. 5-12 LT-09214 Vilnius', ['Žirmūnų g. 5-12', 'LT-09214 Vilnius']],
    ['Testowa g. 1, 09214 Vilnius', ['Testowa g. 1', 'LT-09214 Vilnius']],
    ['Testowa g. 1, Vilnius', ['Testowa g. 1', 'Vilnius']],
    ['Vilnius', ['Vilnius']],
  ])('%s', (address, lines) => expect(postalAddressLines(address)).toEqual(lines));
});

describe('the window envelope', () => {
  it.each(SERVED_LANGUAGES)('%s: the recipient and the return line in the window, nothing else', async (lang) => {
    const letter = postal(lang, 'Ukmergės g. 241-87, LT-09214 Vilnius');
    const words = await wordsOfFirstPage(`postal-${lang}`, letter);
    const expected = [...letter.addressWindow!.lines, letter.addressWindow!.returnAddress].flatMap((l) => l.split(/\s+/));
    const inWindow = words.filter((w) => touches(w, WINDOW));
    // Every word that shows through the window is inside the address field, and is the address.
    for (const w of inWindow) expect(inside(w, FIELD), `"${w.text}" crosses the address field's edge`).toBe(true);
    expect(inWindow.map((w) => w.text).sort()).toEqual([...expected].sort());
    // The recipient reads in order: name, street, "postcode city", below the return line.
    const lines = [...new Set(inWindow.map((w) => w.y1))].sort((a, b) => a - b).map((y) => inWindow.filter((w) => w.y1 === y).map((w) => w.text).join(' '));
    expect(lines).toEqual([letter.addressWindow!.returnAddress, ...letter.addressWindow!.lines]);
    // The return line is in the field's top 5 mm, in small type.
    const returnWords = inWindow.filter((w) => w.y1 === Math.min(...inWindow.map((x) => x.y1)));
    for (const w of returnWords) expect(w.y2).toBeLessThanOrEqual(FIELD.y1 + 5 * MM);
    // Date and our number are still on the page, right of the window.
    const number = words.find((w) => w.text === letter.ourNumber)!;
    expect(number.x1).toBeGreaterThanOrEqual(WINDOW.x2);
    // The subject starts below the field.
    const title = words.find((w) => w.text === letter.title.split(/\s+/)[0] && w.x1 < 70)!;
    expect(title.y1).toBeGreaterThan(FIELD.y2);
  });

  it('keeps a long name and street inside the field', async () => {
    const base = postal('pl', 'Aleja Księcia Konstantego Ostrogskiego Wielkiego Hetmana 123-456, LT-09214 Vilnius');
    const letter = { ...base, addressWindow: { ...base.addressWindow!, lines: ['Małgorzata Aleksandra Wiśniewska-Konstantynowicz-Zawadzka', ...base.addressWindow!.lines.slice(1)] } };
    const words = await wordsOfFirstPage('postal-long', letter);
    for (const w of words.filter((x) => touches(x, WINDOW))) expect(inside(w, FIELD), `"${w.text}" crosses the field`).toBe(true);
    expect(words.some((w) => w.text === 'LT-09214')).toBe(true);
  });

  it('leaves the e-mail letter as it was: the recipient in the flow under the date', async () => {
    const letter = demoLetter('lt', 'long');
    const words = await wordsOfFirstPage('email', letter);
    const name = words.find((w) => w.text === letter.recipient.name.split(' ')[0])!;
    const number = words.find((w) => w.text === letter.ourNumber)!;
    expect(name.x1).toBeCloseTo(68, 0);
    expect(number.x1).toBeLessThan(WINDOW.x2);
    expect(name.y1).toBeGreaterThan(number.y1);
  });
});
