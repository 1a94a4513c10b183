/**
 * Every hostile or broken file of ../shared/corpus/badinputs (the e-mails are tested elsewhere)
 * gets what its manifest's `outcome` asks: rejected with a sensible reason, or taken — and then its
 * text extracted — never a crash, a hang or unbounded memory.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FILE_LIMITS, inspectFile, type FileInspection, type FileProblem } from '../../server/intake/files/inspect-file';
import { extractText, isUnreadableDocument } from '../../server/ocr/extract-text';
import { TesseractPool } from '../../server/ocr/tesseract-pool.adapter';
import { withPeakMemory } from '../fixtures/memory';

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus/badinputs');
const TESSDATA = process.env.TESSDATA_DIR ?? '/usr/share/tesseract-ocr/5/tessdata';

interface BadInput {
  file: string;
  kind: string;
  attack: string;
  expect: string;
  outcome: 'reject' | 'accept' | 'accept_or_reject' | 'dedupe';
  upload_name?: string;
}

const manifest: BadInput[] = readFileSync(path.join(CORPUS, 'badinputs.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as BadInput)
  .filter((item) => !item.file.endsWith('.eml'));

/** The reasons the manifest's own words make sensible for a refusal (any, when it names none). */
function sensibleReasons(item: BadInput): FileProblem[] {
  const words = `${item.attack} ${item.expect}`.toLowerCase();
  const reasons: FileProblem[] = [];
  if (/zero-byte|empty/.test(words)) reasons.push('empty');
  if (/password|encrypt/.test(words)) reasons.push('encrypted');
  if (/decompress|bomb|inflate/.test(words)) reasons.push('decompression_bomb');
  if (/pixel|dimensions/.test(words)) reasons.push('pixel_flood');
  if (/too many pages|pages \(over/.test(words)) reasons.push('too_many_pages');
  if (/unsupported|not a pdf|not a png|magic bytes|real type|format|does not match|disguised|no %pdf/.test(words)) reasons.push('unsupported_type');
  if (/corrupt|truncated|damaged|random bytes|broken/.test(words)) reasons.push('corrupt');
  return reasons;
}

const MB = 1024 * 1024;
const inspections = new Map<string, FileInspection>();
let pool: TesseractPool;

beforeAll(() => {
  pool = new TesseractPool({ langPath: TESSDATA, workers: 2, recycleAfterPages: 20 });
});
afterAll(async () => {
  await pool.close();
});

describe('bad input files at intake', () => {
  it('the manifest lists files to test', () => {
    expect(manifest.length).toBeGreaterThanOrEqual(15);
  });

  it.each(manifest.map((item) => [item.file, item] as const))('%s', async (_name, item) => {
    const bytes = readFileSync(path.join(CORPUS, item.file));
    const uploadName = item.upload_name ?? item.file;
    const { result, peakGrowth, ms } = await withPeakMemory(() => inspectFile(bytes, uploadName, DEFAULT_FILE_LIMITS));
    inspections.set(item.file, result);

    // Bounded: a bomb or a flood is refused from its headers, in little time and memory.
    expect(ms).toBeLessThan(10_000);
    expect(peakGrowth).toBeLessThan(300 * MB);

    // The name is safe to show whatever was uploaded.
    expect(result.safeName).not.toMatch(/[\p{Cc}\p{Cf}/\\]/u);
    expect(result.safeName.length).toBeGreaterThan(0);
    if (/\.exe$/i.test(uploadName.replace(/\p{Cf}/gu, ''))) expect(result.safeName).toMatch(/\.exe$/);

    if (item.outcome === 'accept') expect(result).toMatchObject({ ok: true });
    if (item.outcome === 'reject') expect(result.ok).toBe(false);
    if (!result.ok) {
      const sensible = sensibleReasons(item);
      if (sensible.length > 0) expect(sensible).toContain(result.reason);
    } else {
      // Taken only for what the content is, whatever the name says.
      expect(['application/pdf', 'image/jpeg', 'image/png', 'image/tiff']).toContain(result.mediaType);
      expect(result.pages).toBeGreaterThanOrEqual(1);
      expect(result.pages).toBeLessThanOrEqual(DEFAULT_FILE_LIMITS.maxPages);
    }
  });
});

describe('text of the bad input files the desk takes', () => {
  const taken = manifest.filter((item) => item.outcome !== 'reject');

  it.each(taken.map((item) => [item.file, item] as const))(
    '%s: text extracted or a clear reason, never a crash',
    async (_name, item) => {
      const inspection = inspections.get(item.file) ?? (await inspectFile(readFileSync(path.join(CORPUS, item.file)), item.file, DEFAULT_FILE_LIMITS));
      if (!inspection.ok) return; // refused at intake with a reason (checked above)
      const bytes = readFileSync(path.join(CORPUS, item.file));
      const { result, peakGrowth } = await withPeakMemory(async () => {
        try {
          return await extractText({ recognizer: pool, limits: DEFAULT_FILE_LIMITS }, { bytes, mediaType: inspection.mediaType, pages: inspection.pages }, { languages: ['lt', 'pl', 'ru', 'en'] });
        } catch (error) {
          // Unreadable after all is fine when the manifest allows a refusal; any other error is a crash.
          expect(isUnreadableDocument(error)).toBe(true);
          expect(item.outcome).toBe('accept_or_reject');
          return null;
        }
      });
      // Two OCR workers may start during this (their WASM heaps count here): still bounded.
      expect(peakGrowth).toBeLessThan(800 * MB);
      if (result && item.outcome === 'accept') {
        // "the petition text on page 1 is extracted"
        expect(result.pages[0].page).toBe(1);
        expect(result.pages[0].text.length).toBeGreaterThan(50);
      }
    },
    90_000,
  );

  it('takes the petition text of a PDF with active content without running any of it', async () => {
    const bytes = readFileSync(path.join(CORPUS, 'active_js_launch.pdf'));
    const inspection = await inspectFile(bytes, 'active_js_launch.pdf', DEFAULT_FILE_LIMITS);
    expect(inspection).toMatchObject({ ok: true, warnings: ['active_content_ignored'] });
    if (!inspection.ok) throw new Error('refused');
    const { pages } = await extractText({ recognizer: pool, limits: DEFAULT_FILE_LIMITS }, { bytes, mediaType: inspection.mediaType, pages: inspection.pages }, { languages: ['lt'] });
    expect(pages[0]).toMatchObject({ page: 1, source: 'text-layer' });
    expect(pages[0].text).toContain('VANDENS SKAITIKLIO');
  });
});
