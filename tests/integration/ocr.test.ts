/**
 * Text extraction with the real engine: one page per language from ../shared/corpus/scans (each
 * in another variant, so every kind of picture is read once) within the CER targets, the
 * text layer of a PDF that has one, worker recycling, and the `ocr` command.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FILE_LIMITS } from '../../server/intake/files/inspect-file';
import { SERVED_LANGUAGES, type Lang } from '../../server/languages';
import { characterErrorRate } from '../../server/ocr/cer';
import { readFileText } from '../../server/intake/files/read-file-text';
import { runOcrCommand } from '../../server/commands/ocr-command';
import { preparePage } from '../../server/ocr/page-image.adapter';
import { TesseractPool } from '../../server/ocr/tesseract-pool.adapter';
import type { TextRecognizer } from '../../server/ocr/text-recognizer';

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');
const TESSDATA = process.env.TESSDATA_DIR ?? '/usr/share/tesseract-ocr/5/tessdata';
/** Character error rate targets per variant; a scanned PDF is a scan. */
const TARGET_CER = { clean: 0.01, scan: 0.02, photo: 0.05, 'scanned-pdf': 0.02 } as const;
type Variant = keyof typeof TARGET_CER;

interface Scan {
  file: string;
  variant: Variant;
  lang: Lang;
  pages: number;
  text: string;
}

const scans: Scan[] = readFileSync(path.join(CORPUS, 'scans/scans.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Scan);

/** lt → clean, pl → scan, ru → photo, en → scanned PDF: the first one-page letter of each. */
const pagePerLanguage = SERVED_LANGUAGES.map((lang, i) => {
  const variant = (Object.keys(TARGET_CER) as Variant[])[i];
  const scan = scans.find((s) => s.lang === lang && s.variant === variant && s.pages === 1);
  if (!scan) throw new Error(`no ${variant} page in ${lang} in the corpus`);
  return scan;
});

let pool: TesseractPool;
beforeAll(() => {
  pool = new TesseractPool({ langPath: TESSDATA, workers: 2 });
});
afterAll(async () => {
  await pool.close();
});

function sink(): Writable & { text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return Object.assign(stream, { text: () => Buffer.concat(chunks).toString('utf8') });
}

describe('OCR of the corpus, one page per language', () => {
  it.each(pagePerLanguage.map((s) => [s.lang, s.variant, s] as const))(
    '%s (%s) within the target CER',
    async (_lang, variant, scan) => {
      const bytes = readFileSync(path.join(CORPUS, 'scans', scan.file));
      const progress: [number, number][] = [];
      const { pages } = await readFileText({ recognizer: pool, limits: DEFAULT_FILE_LIMITS }, bytes, {
        languages: SERVED_LANGUAGES,
        onPage: (done, total) => progress.push([done, total]),
      });
      expect(pages).toHaveLength(1);
      expect(pages[0]).toMatchObject({ page: 1, source: 'ocr' });
      expect(pages[0].confidence).toBeGreaterThan(70);
      expect(progress).toEqual([[1, 1]]);
      const { cer } = characterErrorRate(pages[0].text, scan.text);
      expect(cer).toBeLessThanOrEqual(TARGET_CER[variant]);
    },
    120_000,
  );
});

describe('PDF text layers', () => {
  it('takes the text layer of a page that has one, and OCRs the page that has none', async () => {
    // broken_xref.pdf: page 1 is text, page 2 an image; its xref is wrong and must be rebuilt.
    const bytes = readFileSync(path.join(CORPUS, 'badinputs/broken_xref.pdf'));
    const progress: number[] = [];
    const { mediaType, pages } = await readFileText({ recognizer: pool, limits: DEFAULT_FILE_LIMITS }, bytes, {
      languages: ['lt', 'en'],
      onPage: (done, total) => progress.push(done / total),
    });
    expect(mediaType).toBe('application/pdf');
    expect(pages.map((p) => [p.page, p.source])).toEqual([
      [1, 'text-layer'],
      [2, 'ocr'],
    ]);
    expect(pages[0].text).toContain('PRASYMAS DEL VANDENS SKAITIKLIO KEITIMO');
    expect(pages[0].confidence).toBe(100);
    expect(progress).toEqual([0.5, 1]);
  }, 120_000);
});

describe('multi-page TIFF', () => {
  it('reads every page, in order', async () => {
    const sharp = (await import('sharp')).default;
    const [first, second] = [pagePerLanguage[3], pagePerLanguage[0]].map((s) => scans.find((c) => c.lang === s.lang && c.variant === 'clean')!);
    const pictures = await Promise.all([first, second].map((s) => sharp(readFileSync(path.join(CORPUS, 'scans', s.file))).png().toBuffer()));
    const tiff = await sharp(pictures, { join: { animated: true } }).tiff({ compression: 'lzw' }).toBuffer();
    const { mediaType, pages } = await readFileText({ recognizer: pool, limits: DEFAULT_FILE_LIMITS }, tiff, { languages: SERVED_LANGUAGES });
    expect(mediaType).toBe('image/tiff');
    expect(pages.map((p) => p.page)).toEqual([1, 2]);
    expect(characterErrorRate(pages[0].text, first.text).cer).toBeLessThanOrEqual(TARGET_CER.clean);
    expect(characterErrorRate(pages[1].text, second.text).cer).toBeLessThanOrEqual(TARGET_CER.clean);
  }, 120_000);
});

describe('the tesseract.js pool', () => {
  it('replaces a worker after N pages', async () => {
    const recycling = new TesseractPool({ langPath: TESSDATA, workers: 1, recycleAfterPages: 2 });
    try {
      // A small strip of a clean page: a few lines, read in a fraction of a second.
      const { image } = await preparePage({ kind: 'encoded', bytes: readFileSync(path.join(CORPUS, 'scans', pagePerLanguage[0].file)) }, { maxPixels: 1e8 });
      const height = Math.round(image.height / 6);
      const strip = { ...image, height, data: image.data.subarray(0, image.width * height) };
      for (let i = 0; i < 5; i++) expect((await recycling.recognize(strip, ['lt'])).text).toMatch(/\p{L}{4,}/u);
      expect(recycling.stats.pages).toBe(5);
      // Pages 1–2 on worker 1, 3–4 on worker 2 (both retired), page 5 on worker 3.
      expect(recycling.stats.started).toBe(3);
      expect(recycling.stats.retired).toBe(2);
    } finally {
      await recycling.close();
    }
    expect(recycling.stats.retired).toBe(3);
    await expect(recycling.recognize({ width: 1, height: 1, data: new Uint8Array(1), dpi: 300 }, ['lt'])).rejects.toThrow(/closed/);
  }, 120_000);

  it('says which language data is missing instead of waiting for ever', async () => {
    const misconfigured = new TesseractPool({ langPath: '/nonexistent/tessdata', workers: 1 });
    try {
      await expect(misconfigured.recognize({ width: 4, height: 2, data: new Uint8Array(8), dpi: 300 }, ['lt', 'pl'])).rejects.toThrow(/lit\.traineddata is missing.*tesseract-ocr-lit/);
    } finally {
      await misconfigured.close();
    }
  });

  it('refuses a malformed page image and goes on reading', async () => {
    await expect(pool.recognize({ width: 100, height: 100, data: new Uint8Array(12), dpi: 300 }, ['en'])).rejects.toThrow(/not a page image/);
    const { image } = await preparePage({ kind: 'encoded', bytes: readFileSync(path.join(CORPUS, 'scans', pagePerLanguage[3].file.replace('.scan.pdf', '.clean.png'))) }, { maxPixels: 1e8 });
    expect((await pool.recognize(image, ['en'])).text).toMatch(/Vilnius/);
  }, 120_000);
});

describe('npm run desk -- ocr', () => {
  const noOcr: TextRecognizer = {
    recognize: () => Promise.reject(new Error('no OCR expected for a text PDF')),
    close: async () => undefined,
  };

  it('prints the text, or JSON with per-page confidence and source', async () => {
    const file = path.join(CORPUS, 'badinputs/CON.pdf');
    const out = sink();
    expect(await runOcrCommand([file], out, { recognizer: noOcr, limits: DEFAULT_FILE_LIMITS })).toBe(0);
    expect(out.text()).toContain('Vilniaus miesto savivaldybei');

    const json = sink();
    expect(await runOcrCommand([file, '--json', '--lang', 'lt'], json, { recognizer: noOcr, limits: DEFAULT_FILE_LIMITS })).toBe(0);
    const parsed = JSON.parse(json.text());
    expect(parsed).toMatchObject({ file, mediaType: 'application/pdf', pages: [{ page: 1, source: 'text-layer', confidence: 100 }] });
    expect(parsed.pages[0].text).toContain('Ona Zemaitiene');
  });

  it.each([
    ['badinputs/encrypted_userpw.pdf', /password-protected/],
    ['badinputs/flate_bomb_1gb.pdf', /decompression/],
    ['badinputs/svg_script_disguised.png', /not accepted/],
    ['badinputs/no-such-file.pdf', /no such file/],
  ])('exits 2 with a clear message for %s', async (name, message) => {
    const out = sink();
    const err = sink();
    expect(await runOcrCommand([path.join(CORPUS, name)], out, { err, recognizer: noOcr, limits: DEFAULT_FILE_LIMITS })).toBe(2);
    expect(err.text()).toMatch(message);
    expect(out.text()).toBe('');
  });

  it('exits 1 on wrong usage', async () => {
    const err = sink();
    expect(await runOcrCommand(['--lang', 'de', 'x.pdf'], sink(), { err, recognizer: noOcr, limits: DEFAULT_FILE_LIMITS })).toBe(1);
    expect(err.text()).toMatch(/usage: desk ocr/);
  });
});
