/**
 * The letter layout, measured with the real DejaVu metrics: line breaking (long words, runs of
 * bold and italic, no hyphenation), page breaks (no stranded headings, no orphans or widows, the
 * signature never alone), lists, tables and page numbers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVED_LANGUAGES } from '../../server/languages.js';
import { columnWidths } from '../../server/replies/pdf/block-layout.js';
import { DEMO_LETTER_LENGTHS, demoLetter } from '../fixtures/letters/demo-letters.js';
import { letterFonts } from '../../server/replies/pdf/fonts.adapter.js';
import { parseLetterHtml, type Inline } from '../../server/replies/pdf/html-blocks.js';
import type { DrawOp } from '../../server/replies/pdf/layout-boxes.js';
import type { LetterContent } from '../../server/replies/pdf/letter-content.js';
import { A4, layoutLetter, type LetterLayout } from '../../server/replies/pdf/letter-layout.js';
import { LETTER_STRINGS } from '../../server/replies/pdf/letter-strings.js';
import { breakLines } from '../../server/replies/pdf/line-breaking.js';
import { paginate } from '../../server/replies/pdf/paginate.js';

const { metrics } = letterFonts();
const TEXT_WIDTH = A4.width - A4.marginLeft - A4.marginRight;
const EDGE_CASES = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/letters/edge-cases.html'), 'utf8');

const plainRun = (text: string): Inline[] => [{ kind: 'text', text, style: { bold: false, italic: false, underline: false, strike: false, href: null } }];

function letterWith(bodyHtml: string, lang: LetterContent['lang'] = 'lt'): LetterContent {
  return { ...demoLetter(lang, 'short'), bodyHtml };
}

type TextOp = Extract<DrawOp, { kind: 'text' }>;
const textOps = (ops: readonly DrawOp[]): TextOp[] => ops.filter((op): op is TextOp => op.kind === 'text');

/** Every placed box with its page, in reading order. */
function flow(layout: LetterLayout) {
  return layout.pages.flatMap((page, pageIndex) => page.boxes.map((placed, index) => ({ ...placed, page: pageIndex, index, last: index === page.boxes.length - 1 })));
}

describe('HTML from the editor', () => {
  it('keeps text, styles and structure, and drops what cannot be printed', () => {
    const blocks = parseLetterHtml(
      '<p>A &amp; B<br>C</p><script>alert(1)</script><h1>Big</h1><h4>Small</h4><div>loose <b>bold</b></div>' +
        '<p><a href="javascript:alert(1)">bad</a> <a href="https://e.example">good</a></p><p></p><x-unknown>kept</x-unknown>',
    );
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'heading', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
    const [first, h1, h4, loose, links, empty, unknown] = blocks;
    expect(first).toMatchObject({ inlines: [{ text: 'A & B' }, { kind: 'break' }, { text: 'C' }] });
    expect(h1).toMatchObject({ level: 2 });
    expect(h4).toMatchObject({ level: 3 });
    expect(loose).toMatchObject({ inlines: [{ text: 'loose ' }, { text: 'bold', style: { bold: true } }] });
    expect(links).toMatchObject({ inlines: [{ text: 'bad', style: { href: null } }, { text: ' ' }, { text: 'good', style: { href: 'https://e.example' } }] });
    expect(empty).toEqual({ kind: 'paragraph', inlines: [] });
    expect(unknown).toMatchObject({ inlines: [{ text: 'kept' }] });
  });

  it('reads lists and tables, header rows and colspans included', () => {
    const blocks = parseLetterHtml(EDGE_CASES);
    const lists = blocks.filter((b) => b.kind === 'list');
    expect(lists.map((l) => (l.kind === 'list' ? [l.ordered, l.items.length] : null))).toEqual([
      [false, 2],
      [true, 2],
    ]);
    const table = blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((r) => [r.header, r.cells.map((c) => c.colspan)])).toEqual([
      [true, [1, 1, 1]],
      [false, [1, 1, 1]],
      [false, [1, 1, 1]],
      [false, [2, 1]],
    ]);
  });

  it('turns decomposed letters into the precomposed ones the fonts have', () => {
    const [paragraph] = parseLetterHtml('<p>e\u0328 e\u0307 s\u030c</p>');
    expect(paragraph.kind === 'paragraph' && paragraph.inlines[0].kind === 'text' && paragraph.inlines[0].text).toBe('ę ė š');
  });
});

describe('line breaking', () => {
  const setting = { size: 10, metrics };

  it('fills lines up to the width and keeps every word, in order, once', () => {
    // The body of the long letter as one paragraph, without its one address longer than a line.
    const text = demoLetter('lt', 'long')
      .bodyHtml.replace(/<[^>]+>/g, ' ')
      .replace(/&nbsp;/g, '\u00a0')
      .replace(/https:\/\/\S{60,}/g, '')
      .replace(/[ \n]+/g, ' ')
      .trim();
    const lines = breakLines(plainRun(text), 300, setting);
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(300 + 1e-6);
    expect(lines.map((l) => l.segments.map((s) => s.text).join('')).join(' ')).toBe(text);
    // Greedy filling: the next line's first word would not have fitted.
    for (let i = 0; i + 1 < lines.length; i++) {
      const nextWord = lines[i + 1].segments[0].text.split(' ')[0];
      expect(lines[i].width + metrics.widthOf(` ${nextWord}`, 'regular', 10)).toBeGreaterThan(300);
    }
  });

  it('breaks a word longer than the line between letters, without adding a hyphen', () => {
    const word = 'Nekilnojamojoturtoregistrocentrinėsduomenųbazėsišrašaskuriamenėratarpųirkurisnetelpaįvienąeilutę';
    const lines = breakLines(plainRun(`Prieš ${word} po`), 120, setting);
    expect(lines.length).toBeGreaterThan(3);
    const texts = lines.map((l) => l.segments.map((s) => s.text).join(''));
    expect(texts[0]).toBe('Prieš');
    expect(texts.join('')).toBe(`Prieš${word} po`);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(120 + 1e-6);
    expect(texts.join('')).not.toContain('-');
  });

  it('breaks a long address after a slash or a dot when it can', () => {
    const url = 'https://www.vst.example/gyventojams/silumos-paskirstymo-metodai/ateities-g-31/2019-05-14-visuotinio-sprendimas.pdf';
    const lines = breakLines(plainRun(url), 200, setting).map((l) => l.segments.map((s) => s.text).join(''));
    expect(lines.join('')).toBe(url);
    // Where a slash or a dot falls in the last part of a line, the line ends there.
    const atPunctuation = lines.slice(0, -1).filter((line) => /[/._]$/.test(line));
    expect(atPunctuation.length).toBeGreaterThanOrEqual(Math.ceil((lines.length - 1) / 2));
    expect(lines[0]).toBe('https://www.vst.example/gyventojams/');
  });

  it('never ends a line with a hyphen of a broken word (extractors would drop it as hyphenation)', () => {
    const word = Array.from({ length: 30 }, (_, i) => `dalis${i}`).join('-');
    for (const width of [90, 120, 150, 200]) {
      const lines = breakLines(plainRun(word), width, setting).map((l) => l.segments.map((s) => s.text).join(''));
      expect(lines.join('')).toBe(word);
      for (const line of lines.slice(0, -1)) expect(line).not.toMatch(/-$/);
    }
  });

  it('keeps bold and italic runs inside a line, each in its own face, spaces included', () => {
    const [paragraph] = parseLetterHtml('<p>plain <strong>bold</strong> <em>italic</em> <strong><em>both</em></strong>, end</p>');
    const [line] = breakLines(paragraph.kind === 'paragraph' ? paragraph.inlines : [], 400, setting);
    expect(line.segments.map((s) => [s.text, s.font])).toEqual([
      ['plain ', 'regular'],
      ['bold', 'bold'],
      [' ', 'regular'],
      ['italic', 'italic'],
      [' ', 'regular'],
      ['both', 'boldItalic'],
      [', end', 'regular'],
    ]);
    // Each segment starts where the previous one ends.
    for (let i = 1; i < line.segments.length; i++) expect(line.segments[i].x).toBeCloseTo(line.segments[i - 1].x + line.segments[i - 1].width, 6);
  });

  it('collapses spaces, honours <br> and never breaks at a no-break space', () => {
    const [paragraph] = parseLetterHtml('<p>  one   two<br>three&nbsp;four  </p>');
    const lines = breakLines(paragraph.kind === 'paragraph' ? paragraph.inlines : [], 400, setting);
    expect(lines.map((l) => l.segments.map((s) => s.text).join(''))).toEqual(['one two', 'three\u00a0four']);
    const narrow = breakLines(plainRun('aaaa bbbb\u00a0cccc'), metrics.widthOf('aaaa bbbb', 'regular', 10) + 1, setting);
    expect(narrow.map((l) => l.segments.map((s) => s.text).join(''))).toEqual(['aaaa', 'bbbb\u00a0cccc']);
  });
});

describe('pagination', () => {
  const box = (height: number, keepWithNext = false, spaceBefore = 0) => ({ height, keepWithNext, spaceBefore });

  it.each([
    { name: 'fills a page, then starts the next', items: [box(40), box(40), box(40)], pages: [2, 1] },
    { name: 'moves a kept chain whole', items: [box(40), box(40, true), box(40)], pages: [1, 2] },
    { name: 'drops the space above a box at the top of a page', items: [box(50), box(50, false, 20), box(100, false, 20)], pages: [1, 1, 1] },
    { name: 'breaks a chain longer than a page rather than loop', items: [box(40, true), box(40, true), box(40, true)], pages: [2, 1] },
    { name: 'puts an oversized box alone on its page', items: [box(10), box(250), box(10)], pages: [1, 1, 1] },
  ])('$name', ({ items, pages }) => {
    expect(paginate(items, () => 100).map((p) => p.length)).toEqual(pages);
  });

  it('never leaves a heading at the foot of a page', () => {
    const paragraph = `<p>${'Šiluma paskirstoma pagal butų naudingąjį plotą ir bendrųjų patalpų dalį. '.repeat(5)}</p>`;
    let headingsOnNewPage = 0;
    for (let filler = 0; filler < 60; filler++) {
      const body = `${'<p>Trumpa eilutė.</p>'.repeat(filler)}<h2>Ką nustatėme</h2>${paragraph}<h3>Ištaisymas</h3>${paragraph}`;
      const placed = flow(layoutLetter(letterWith(body), metrics));
      for (const heading of placed.filter((p) => p.box.role === 'heading')) {
        expect(heading.last, `filler ${filler}: heading "${heading.box.text}" ends page ${heading.page + 1}`).toBe(false);
        const next = placed[placed.indexOf(heading) + 1];
        expect(next.page).toBe(heading.page);
        // …and the paragraph below it starts with at least two of its lines.
        expect(placed[placed.indexOf(heading) + 2].page).toBe(heading.page);
        if (heading.index === 0) headingsOnNewPage++;
      }
    }
    // The sweep did push headings over a page boundary (otherwise it proved nothing).
    expect(headingsOnNewPage).toBeGreaterThan(0);
  });

  it('leaves no single line of a paragraph alone at the foot or the head of a page', () => {
    const paragraph = `<p>${'Skaitiklio rodmenys nuskaityti nuotoliniu būdu ir patikrinti. '.repeat(7)}</p>`;
    let splits = 0;
    for (let filler = 0; filler < 50; filler++) {
      const all = flow(layoutLetter(letterWith('<p>Eilutė.</p>'.repeat(filler) + paragraph.repeat(3)), metrics));
      all.forEach((line, i) => {
        // A continuation line (no space above it) at the head of a page: the paragraph was split.
        if (i === 0 || line.index !== 0 || line.box.role !== 'paragraph' || line.box.spaceBefore !== 0) return;
        splits++;
        const before = all[i - 1];
        const after = all[i + 1];
        // Two lines of it stay behind: the last one on the previous page is not its first.
        expect(before.box.role).toBe('paragraph');
        expect(before.box.spaceBefore, `filler ${filler}: a single first line left behind`).toBe(0);
        // Two lines of it come over: the next line is still the same paragraph.
        expect(after.box.role).toBe('paragraph');
        expect(after.box.spaceBefore, `filler ${filler}: a single last line carried over`).toBe(0);
        expect(after.page).toBe(line.page);
      });
    }
    expect(splits).toBeGreaterThan(0);
  });

  it('keeps the end of the body with the signature, which sits on the last page with its stamp field', () => {
    for (let filler = 0; filler < 60; filler += 3) {
      const layout = layoutLetter(letterWith('<p>Eilutė.</p>'.repeat(filler) + '<p>Pagarbiai</p>'), metrics);
      const last = layout.pages[layout.pages.length - 1];
      const signatureIndex = last.boxes.findIndex((b) => b.box.role === 'signature');
      expect(signatureIndex).toBeGreaterThan(0);
      expect(last.boxes[signatureIndex - 1].box.text).toBe('Pagarbiai');
      expect(last.ops.filter((op) => op.kind === 'signatureField')).toHaveLength(1);
      expect(layout.pages.slice(0, -1).flatMap((p) => p.ops).some((op) => op.kind === 'signatureField')).toBe(false);
    }
  });
});

describe('lists', () => {
  it('hangs bullets and numbers left of the text, and wraps under the text, not the marker', () => {
    const layout = layoutLetter(letterWith(EDGE_CASES), metrics);
    const listBoxes = flow(layout).filter((p) => p.box.role === 'list');
    const markers = listBoxes.map((p) => textOps(p.box.ops)[0]).filter((op) => /^(•|◦|\d+\.)$/.test(op.text));
    expect(markers.map((m) => m.text)).toEqual(['•', '•', '◦', '◦', '1.', '2.']);
    const first = listBoxes[0].box;
    const [marker, text] = textOps(first.ops);
    expect(marker.x + metrics.widthOf(marker.text, 'regular', marker.size)).toBeLessThan(text.x);
    const continuation = textOps(listBoxes[1].box.ops)[0];
    expect(continuation.x).toBeCloseTo(text.x, 6);
    // The nested list is indented further than its parent.
    const nested = listBoxes.find((p) => textOps(p.box.ops)[0].text === '◦')!;
    expect(textOps(nested.box.ops)[1].x).toBeGreaterThan(text.x);
  });
});

describe('tables', () => {
  it('shares the full text width between the columns by their content', () => {
    const blocks = parseLetterHtml(EDGE_CASES);
    const table = blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    const widths = columnWidths(table.rows, TEXT_WIDTH, { metrics, maxBoxHeight: 700 });
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(TEXT_WIDTH, 6);
    // The remarks column, with the long texts, is the widest.
    expect(widths[2]).toBeGreaterThan(widths[0]);
    expect(widths[2]).toBeGreaterThan(widths[1]);
  });

  it('keeps every cell’s text inside its cell, long addresses included', () => {
    const layout = layoutLetter(letterWith(EDGE_CASES), metrics);
    const rows = flow(layout).filter((p) => p.box.role === 'table-row');
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      const cells = row.box.ops.filter((op): op is Extract<DrawOp, { kind: 'rect' }> => op.kind === 'rect' && op.stroke !== undefined);
      for (const op of textOps(row.box.ops)) {
        const right = op.x + metrics.widthOf(op.text, op.font, op.size);
        const cell = cells.find((c) => op.x >= c.x && op.x < c.x + c.width)!;
        expect(right).toBeLessThanOrEqual(cell.x + cell.width + 1e-6);
        expect(op.y).toBeLessThan(cell.y + cell.height);
      }
    }
    // The long address wrapped inside its cell: the row is several lines tall.
    expect(rows[2].box.height).toBeGreaterThan(2 * 14.5);
  });

  it('repeats the header row on every page a long table runs onto, and never strands it', () => {
    const body = `<p>Sąskaitos:</p><table><tr><th>Mėnuo</th><th>Suma, Eur</th></tr>${Array.from({ length: 90 }, (_, i) => `<tr><td>Eilutė ${i + 1}</td><td>${i},00</td></tr>`).join('')}</table><p>Pagarbiai</p>`;
    const layout = layoutLetter(letterWith(body), metrics);
    expect(layout.pages.length).toBeGreaterThanOrEqual(3);
    for (const page of layout.pages.slice(1)) {
      const firstRow = page.boxes.find((b) => b.box.role === 'table-row');
      if (!firstRow) continue;
      expect(firstRow.box.text).toBe('Mėnuo | Suma, Eur');
      expect(firstRow.repeated).toBe(true);
    }
    for (const page of layout.pages) expect(page.boxes[page.boxes.length - 1].box.text).not.toBe('Mėnuo | Suma, Eur');
    const rows = flow(layout).filter((p) => p.box.role === 'table-row' && !p.repeated);
    expect(rows.map((r) => r.box.text.split(' | ')[0])).toEqual(['Mėnuo', ...Array.from({ length: 90 }, (_, i) => `Eilutė ${i + 1}`)]);
  });

  it('moves a short table to the next page whole, and splits a long one with two rows or more on each side', () => {
    const rows = (n: number) => `<table><tr><th>Mėnuo</th><th>Suma</th></tr>${Array.from({ length: n }, (_, i) => `<tr><td>Eilutė ${i + 1}</td><td>${i}</td></tr>`).join('')}</table>`;
    let shortMoved = 0;
    for (let filler = 20; filler < 60; filler++) {
      const short = flow(layoutLetter(letterWith('<p>Eilutė.</p>'.repeat(filler) + rows(3)), metrics)).filter((p) => p.box.role === 'table-row');
      expect(new Set(short.map((p) => p.page)).size).toBe(1);
      if (short[0].page > 0) shortMoved++;
      const long = flow(layoutLetter(letterWith('<p>Eilutė.</p>'.repeat(filler) + rows(40)), metrics)).filter((p) => p.box.role === 'table-row' && !p.repeated);
      const perPage = [...new Set(long.map((p) => p.page))].map((page) => long.filter((p) => p.page === page && p.box.text !== 'Mėnuo | Suma').length);
      for (const count of perPage) expect(count, `filler ${filler}: ${perPage.join('+')} rows`).toBeGreaterThanOrEqual(2);
    }
    expect(shortMoved).toBeGreaterThan(0);
  });

  it('cuts a row taller than a page into pieces that each fit', () => {
    const tall = Array.from({ length: 120 }, (_, i) => `Eilutė ${i + 1}`).join('<br>');
    const layout = layoutLetter(letterWith(`<table><tr><td>Adresai</td><td>${tall}</td></tr></table>`), metrics);
    const pageBody = A4.height - A4.marginTop - A4.marginBottom;
    const pieces = flow(layout).filter((p) => p.box.role === 'table-row');
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.box.height).toBeLessThanOrEqual(pageBody);
  });
});

describe('pages', () => {
  it.each(SERVED_LANGUAGES.flatMap((lang) => DEMO_LETTER_LENGTHS.map((length) => ({ lang, length }))))(
    '$lang $length letter: page numbers in its language, everything inside the margins',
    ({ lang, length }) => {
      const layout = layoutLetter(demoLetter(lang, length), metrics);
      expect(layout.pages).toHaveLength(length === 'short' ? 1 : 3);
      const total = layout.pages.length;
      layout.pages.forEach((page, index) => {
        const footer = textOps(page.ops).at(-1)!;
        expect(footer.text).toBe(LETTER_STRINGS[lang].pageOf(index + 1, total));
        for (const op of textOps(page.ops).slice(0, -1)) {
          expect(op.x).toBeGreaterThanOrEqual(A4.marginLeft - 1e-6);
          expect(op.x + metrics.widthOf(op.text.trimEnd(), op.font, op.size)).toBeLessThanOrEqual(A4.width - A4.marginRight + 1e-6);
          expect(op.y).toBeGreaterThan(A4.marginTop);
          expect(op.y).toBeLessThan(A4.height - A4.marginBottom);
        }
      });
    },
  );

  it('writes page numbers as each language does', () => {
    expect(SERVED_LANGUAGES.map((lang) => LETTER_STRINGS[lang].pageOf(2, 3))).toEqual(['Puslapis 2 iš 3', 'Strona 2 z 3', 'Страница 2 из 3', 'Page 2 of 3']);
  });
});
