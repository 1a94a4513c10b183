/**
 * The letter as a PDF reader sees it: pdftotext gives back, in reading order and letter for
 * letter, what was written, in all four languages (no ligatures, no added hyphens, no lost
 * letters); the fonts are embedded subsets; title and /Lang are set; poppler renders every page.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, SERVED_LANGUAGES, type Lang } from '../../server/languages.js';
import { DEMO_LETTER_LENGTHS, demoLetter } from '../fixtures/letters/demo-letters.js';
import type { LetterContent } from '../../server/replies/pdf/letter-content.js';
import { LETTER_STRINGS } from '../../server/replies/pdf/letter-strings.js';
import { renderLetterPdf } from '../../server/replies/pdf/render-letter-pdf.js';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letter-pdf-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function writePdf(name: string, letter: LetterContent): Promise<string> {
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, await renderLetterPdf(letter));
  return file;
}

const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const ENTITIES: Record<string, string> = { nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", laquo: '«', raquo: '»' };

/**
 * The text of the editor's HTML cut at block boundaries, by plain string handling: deliberately
 * not the layout's own parser, so a parsing mistake cannot hide in both sides of the comparison.
 */
function blocksOfText(html: string): string[] {
  return html
    .split(/<\/?(?:p|h[1-6]|li|td|th|tr|table|thead|tbody|ul|ol|br)\b[^>]*>/i)
    .map((chunk) =>
      chunk
        .replace(/<[^>]+>/g, '')
        .replace(/&([a-z]+|#\d+);/gi, (entity, name: string) => ENTITIES[name] ?? entity)
        .replace(/[ \t\r\n]+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
}

/** Everything the letter says, in the order it should be read. */
function expectedReading(letter: LetterContent): string[] {
  const strings = LETTER_STRINGS[letter.lang];
  return [
    letter.letterhead.institution,
    ...letter.letterhead.addressLines,
    ...letter.letterhead.contacts,
    `${letter.date} ${strings.numberLabel} ${letter.ourNumber}`,
    letter.theirReference ?? '',
    letter.recipient.name,
    ...letter.recipient.addressLines,
    letter.recipient.email ?? '',
    letter.title,
    ...blocksOfText(letter.bodyHtml),
    letter.signature.name,
    letter.signature.title,
    letter.signature.department,
  ].filter(Boolean);
}

/** pdftotext's reading of the file, page footers taken out. */
function extracted(file: string, lang: Lang): string {
  const footer = new RegExp(`^${LETTER_STRINGS[lang].pageOf(1, 1).replace(/1/g, '\\d+')}$`);
  return run('pdftotext', ['-enc', 'UTF-8', file, '-'])
    .split(/\r?\n|\f/)
    .filter((line) => !footer.test(line.trim()))
    .join('\n');
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('pdftotext reads back what was written', () => {
  it.each(SERVED_LANGUAGES.flatMap((lang) => DEMO_LETTER_LENGTHS.map((length) => ({ lang, length }))))('$lang, $length letter', async ({ lang, length }) => {
    const letter = demoLetter(lang, length);
    const text = extracted(await writePdf(`${lang}-${length}`, letter), lang);
    const squeezedText = squeeze(text);
    const spacedText = text.replace(/\s+/g, ' ');

    // Letter for letter and in reading order (spaces aside: a long address breaks over lines).
    let from = 0;
    for (const piece of expectedReading(letter)) {
      const at = squeezedText.indexOf(squeeze(piece), from);
      expect(at, `"${piece}" missing or out of order`).toBeGreaterThanOrEqual(0);
      from = at + squeeze(piece).length;
    }
    // Word for word wherever nothing is longer than a line: spaces between words survive.
    for (const piece of expectedReading(letter).filter((p) => !p.split(/\s/).some((word) => word.length > 45))) {
      expect(spacedText).toContain(piece.replace(/\s+/g, ' '));
    }
    // No ligature glyphs, no replacement characters.
    expect(text).not.toMatch(/[\ufb00-\ufb06\ufffd]/);
  });

  it('keeps "fi", "fl", "ffi" as letters and adds no hyphen where a word breaks', async () => {
    const word = 'Nekilnojamojoturtoregistrocentrinėsduomenųbazėsišrašaskuriamenėratarpųirkurisnetelpaįvienąeilutęnetmažiausiušriftu';
    const letter = { ...demoLetter('en', 'short'), bodyHtml: `<p>office fluent fine affix official flow</p><p>${word}</p>` };
    const text = extracted(await writePdf('ligatures', letter), 'en');
    expect(text).toContain('office fluent fine affix official flow');
    const lines = text.split('\n').filter((line) => /^[^\s]{20,}$/.test(line) && word.includes(line));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(word);
  });

  it('reads the edge cases: entities, styled runs, no-break spaces, nested lists, tables', async () => {
    const bodyHtml = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/letters/edge-cases.html'), 'utf8');
    const letter = { ...demoLetter('lt', 'short'), bodyHtml };
    const squeezedText = squeeze(extracted(await writePdf('edge-cases', letter), 'lt'));
    let from = 0;
    for (const piece of blocksOfText(bodyHtml)) {
      const at = squeezedText.indexOf(squeeze(piece), from);
      expect(at, `"${piece}" missing or out of order`).toBeGreaterThanOrEqual(0);
      from = at + squeeze(piece).length;
    }
  });
});

describe('the PDF file', () => {
  it.each(SERVED_LANGUAGES)('%s: title, /Lang, embedded subset DejaVu fonts, clickable links', async (lang) => {
    const letter = demoLetter(lang, 'long');
    const file = await writePdf(`meta-${lang}`, letter);
    const info = run('pdfinfo', ['-enc', 'UTF-8', file]);
    expect(info).toMatch(new RegExp(`Title:\\s+${letter.documentTitle}`));
    expect(info).toMatch(/Pages:\s+3/);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    // pdfinfo does not print /Lang; the catalog is written uncompressed, so read it there.
    expect(fs.readFileSync(file, 'latin1')).toContain(`/Lang (${LANGUAGES[lang].intlLocale})`);

    const fonts = run('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const font of fonts) {
      expect(font).toMatch(/^[A-Z]{6}\+DejaVuSans/);
      // emb sub uni: embedded, subset, with a ToUnicode map.
      expect(font).toMatch(/\byes\s+yes\s+yes\b/);
    }
    const bytes = fs.statSync(file).size;
    // Four full DejaVu faces are 2.5 MB; subsets keep a three-page letter small.
    expect(bytes).toBeLessThan(120_000);
    expect(fs.readFileSync(file, 'latin1')).toMatch(/\/URI \(https:\/\/www\.spis\.example\)/);
  });

  it('writes links with letters outside ASCII, even malformed ones, as 7-bit URIs', async () => {
    const bodyHtml = '<p><a href="https://vilnius.example/žinios">žinios</a> <a href="https://vilnius.example/a%ZZą">blogas</a></p>';
    const raw = fs.readFileSync(await writePdf('links', { ...demoLetter('lt', 'short'), bodyHtml }), 'latin1');
    expect(raw).toContain('/URI (https://vilnius.example/%C5%BEinios)');
    expect(raw).toContain('/URI (https://vilnius.example/a%ZZ%C4%85)');
  });

  it.each(SERVED_LANGUAGES)('%s: poppler renders every page without complaint', async (lang) => {
    const file = await writePdf(`png-${lang}`, demoLetter(lang, 'long'));
    const prefix = path.join(dir, `png-${lang}`);
    const result = execFileSync('pdftoppm', ['-png', '-r', '30', file, prefix], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(result).toBe('');
    const pages = fs.readdirSync(dir).filter((f) => f.startsWith(`png-${lang}-`) && f.endsWith('.png'));
    expect(pages).toHaveLength(3);
  });
});
