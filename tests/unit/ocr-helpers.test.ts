import { describe, expect, it } from 'vitest';
import { findStreams } from '../../server/ocr/pdf-inspection';
import { safeDisplayName } from '../../server/intake/files/inspect-file';
import { correctRecognitionSlips, tidyRecognisedText } from '../../server/ocr/extract-text';
import { parseOcrArguments } from '../../server/commands/ocr-command';
import { parsePgm, renderDpi } from '../../server/ocr/pdf-render.adapter';
import { hasRealTextLayer } from '../../server/ocr/rasterize.adapter';
import { tesseractLanguages } from '../../server/ocr/tesseract-pool.adapter';

describe('safe display names', () => {
  it.each([
    ['skundas_\u202Efdp.exe', 'skundas_fdp.exe'], // bidi override removed: the real .exe shows
    ['../../etc/passwd.pdf', 'passwd.pdf'],
    ['C:\\Users\\ona\\prašymas.pdf', 'prašymas.pdf'],
    ['CON.pdf', '_CON.pdf'],
    ['lpt1', '_lpt1'],
    ['a\u0000b\u0007c\u200Bd.png', 'abcd.png'],
    ['  .hidden.  ', 'hidden'],
    ['a<b>c:d"e|f?g*h.tif', 'a_b_c_d_e_f_g_h.tif'],
    ['line\nbreak.pdf', 'line break.pdf'],
    ['', 'document'],
    ['\u202E\u2066', 'document'],
    ['Žemaitiene\u0307.pdf', 'Žemaitienė.pdf'],
  ])('%j → %j', (input, expected) => {
    expect(safeDisplayName(input)).toBe(expected);
  });

  it('shortens a long name but keeps its extension', () => {
    const name = safeDisplayName(`${'ą'.repeat(300)}.pdf`);
    expect(name.length).toBe(120);
    expect(name.endsWith('ą.pdf')).toBe(true);
  });
});

describe('ocr command arguments', () => {
  it('reads a file, --json and --lang', () => {
    expect(parseOcrArguments(['scan.png'])).toEqual({ file: 'scan.png', json: false, languages: ['lt', 'pl', 'ru', 'en'] });
    expect(parseOcrArguments(['--json', 'a.pdf', '--lang', 'pl,lt'])).toEqual({ file: 'a.pdf', json: true, languages: ['pl', 'lt'] });
    expect(parseOcrArguments(['a.pdf', '--lang=RU'])).toEqual({ file: 'a.pdf', json: false, languages: ['ru'] });
  });

  it.each([[[]], [['a', 'b']], [['a', '--lang', 'de']], [['a', '--lang']], [['a', '--fast']]])('refuses %j with a message', (args) => {
    expect(typeof parseOcrArguments(args)).toBe('string');
  });
});

describe('tesseract language names', () => {
  it('maps served languages in the order asked, once each', () => {
    expect(tesseractLanguages(['ru', 'lt', 'ru'])).toBe('rus+lit');
    expect(tesseractLanguages(['lt', 'pl', 'ru', 'en'])).toBe('lit+pol+rus+eng');
    expect(() => tesseractLanguages([])).toThrow();
  });
});

describe('text layers and OCR text', () => {
  it('takes a text layer only when it holds real text, not a stamped page number', () => {
    expect(hasRealTextLayer('')).toBe(false);
    expect(hasRealTextLayer(' 1 / 2 \n 2026-03-12 ')).toBe(false);
    expect(hasRealTextLayer('Vilniaus miesto savivaldybei\nPRAŠYMAS')).toBe(true);
  });

  it('tidies trailing spaces and runs of blank lines', () => {
    expect(tidyRecognisedText('  Gerbiamieji,  \n\n\n\nrašau \n')).toBe('Gerbiamieji,\n\nrašau');
  });
});

describe('PDF rendering helpers', () => {
  it('renders A4 at the nominal resolution and a giant page within the pixel budget', () => {
    expect(renderDpi({ dpi: 300, maxPixels: 100_000_000, pageSizeInches: { width: 8.27, height: 11.69 } })).toBe(300);
    const dpi = renderDpi({ dpi: 300, maxPixels: 100_000_000, pageSizeInches: { width: 200, height: 200 } });
    expect(200 * dpi * 200 * dpi).toBeLessThanOrEqual(100_000_000);
  });

  it('parses binary PGM and refuses anything else', () => {
    const pgm = Buffer.concat([Buffer.from('P5\n3 2\n255\n'), Buffer.from([0, 1, 2, 3, 4, 5])]);
    const image = parsePgm(pgm);
    expect([image.width, image.height, [...image.data]]).toEqual([3, 2, [0, 1, 2, 3, 4, 5]]);
    expect(() => parsePgm(Buffer.from('P6\n1 1\n255\nabc'))).toThrow();
    expect(() => parsePgm(Buffer.from('P5\n3 2\n255\n'))).toThrow();
  });
});

describe('finding PDF streams without the xref', () => {
  it('finds each stream once, not endstream, and reads past a planted endstream when /Length says so', () => {
    const pdf = Buffer.from(
      '1 0 obj\n<< /Length 3 >>\nstream\nabc\nendstream\nendobj\n' +
        '2 0 obj\n<< /Length 20 >>\nstream\nxxendstreamyyyyyyyy\nendstream\nendobj\n' +
        '3 0 obj\n<< /Length 9 0 R >>\nstream\r\nq Q\nendstream\n',
      'latin1',
    );
    const spans = findStreams(pdf).map((s) => pdf.toString('latin1', s.start, s.end));
    expect(spans).toHaveLength(3);
    expect(spans[0].trim()).toBe('abc');
    expect(spans[1].startsWith('xxendstreamyyyyyyyy')).toBe(true);
    expect(spans[2].trim()).toBe('q Q');
  });
});

describe('correctRecognitionSlips', () => {
  it('reads a lone bar before a lower-case word as the capital I', () => {
    expect(correctRecognitionSlips('| rent a municipal flat.\nThe plumber |\nthe municipality | should ask')).toBe(
      'I rent a municipal flat.\nThe plumber I\nthe municipality I should ask',
    );
    expect(correctRecognitionSlips('Rozumiem sytuację. | proszę o odpowiedź')).toBe('Rozumiem sytuację. I proszę o odpowiedź');
  });

  it('leaves bars that are not a word alone', () => {
    for (const text of ['a | 12 | b', 'Nr. | VLN-2026-000123', 'x||y', 'a|b c', '| Итого']) expect(correctRecognitionSlips(text)).toBe(text);
  });
});
