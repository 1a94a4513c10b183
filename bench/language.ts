/**
 * Language benchmark: the desk's detector against off-the-shelf detectors on ../shared/corpus
 * (langid-real.jsonl: 2300 real sentences and passages incl. Ukrainian, Belarusian and Latvian
 * distractors and diacritic-stripped lt/pl; plus the 120 dev petitions). Text only, no hints.
 * Prints accuracy overall, per language, on short texts (< 200 characters), on text typed without
 * diacritics or in translit, and how often Ukrainian or Belarusian was taken for Russian.
 *
 * Then scanned letters of every language: the corpus scans (lt/pl/ru/en, every variant) and the
 * test-only letters in uk/be/de/lv (tests/fixtures/letters/foreign, clean and scan), read as the
 * extract-text job reads them (the tesseract.js pool, first reading with the served models and a
 * second one for a page that looks foreign), then detected: accuracy, ms per page (one file at a
 * time, so latency; the machine's other load shows in it), how many pages were read twice, and
 * the same with the first reading only (the desk before the second reading) beside it.
 *   npx tsx bench/language.ts [--scans-per-language N] [--only text|scans]
 * The comparison detectors are imported here directly: this file measures them, the product uses
 * franc only through server/language/franc.adapter.ts. CLD2 ("cld") needs a native build that the
 * project's npm settings do not run, so CLD3 (cld3-asm, WebAssembly) stands in for Google's detector.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadModule } from 'cld3-asm';
import { eld as eldLarge } from 'eld/large';
import { franc, francAll } from 'franc';
import { parseArgs } from 'node:util';
import { DEFAULT_FILE_LIMITS } from '../server/intake/files/inspect-file.js';
import { readFileText } from '../server/intake/files/read-file-text.js';
import { createFrancLanguageDetector } from '../server/language/franc.adapter.js';
import { FRANC_CODES, DETECTABLE_LANGUAGES } from '../server/language/language.js';
import { SERVED_LANGUAGES } from '../server/languages.js';
import { TesseractPool } from '../server/ocr/tesseract-pool.adapter.js';

const { values: flags } = parseArgs({ options: { 'scans-per-language': { type: 'string' }, only: { type: 'string' } } });

// The corpus: ../shared/corpus, or CORPUS_DIR.
interface LanguageItem {
  id: string;
  lang: string;
  text: string;
  /** Typed without diacritics, or Russian in Latin letters. */
  plain: boolean;
  source: 'langid' | 'petition';
}

function corpusDir(): string {
  return process.env.CORPUS_DIR ?? path.resolve(import.meta.dirname, '../../shared/corpus');
}

function readJsonl(file: string): Record<string, unknown>[] {
  return fs
    .readFileSync(path.join(corpusDir(), file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

interface Petition {
  id: string;
  lang: string;
  department: string;
  subject: string;
  body: string;
  diacritics: boolean;
  notes?: string;
}

function loadPetitions(): Petition[] {
  return ['petitions-dev-ltpl.jsonl', 'petitions-dev-ruen.jsonl'].flatMap((f) => readJsonl(f) as unknown as Petition[]);
}

function loadLanguageItems(): LanguageItem[] {
  const langid = readJsonl('langid-real.jsonl').map((r) => ({
    id: String(r.id),
    lang: String(r.lang),
    text: String(r.text),
    plain: r.stripped === true,
    source: 'langid' as const,
  }));
  const petitions = loadPetitions().map((p) => ({
    id: p.id,
    lang: p.lang,
    text: p.subject ? `${p.subject}\n${p.body}` : p.body,
    plain: !p.diacritics,
    source: 'petition' as const,
  }));
  return [...langid, ...petitions];
}

const cldFactory = await loadModule();
const desk = createFrancLanguageDetector({ fallbackLanguage: 'lt', reviewBelow: 0.8 });
const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(2).padStart(7) : '      –');

function textBenchmark(): void {
  const items = loadLanguageItems();
  const fromIso3 = new Map(Object.entries(FRANC_CODES).map(([two, three]) => [three, two]));
  const cld = cldFactory.create(0, 4000);
  const eldSubset = eldLarge.newInstance();
  eldSubset.dynamicLangSubset([...DETECTABLE_LANGUAGES]);

  type Detect = (text: string) => string;
  const detectors: [string, Detect][] = [
    ['desk (franc + signals)', (t) => desk.detect({ samples: [{ text: t, weight: 1 }] }).language ?? 'und'],
    ['franc default', (t) => fromIso3.get(franc(t)) ?? franc(t)],
    ['franc only: 8 langs', (t) => fromIso3.get(francAll(t, { only: Object.values(FRANC_CODES) })[0][0]) ?? 'und'],
    ['eld (large)', (t) => eldLarge.detect(t).language || 'und'],
    ['eld (large), 8 langs', (t) => eldSubset.detect(t).language || 'und'],
    ['CLD3 (cld3-asm)', (t) => cld.findLanguage(t).language],
  ];

  interface Result {
    item: LanguageItem;
    said: string;
  }

  const right = (rs: Result[]) => rs.filter((r) => r.said === r.item.lang).length;

  const runs = detectors.map(([name, detect]) => {
    const t0 = performance.now();
    const results = items.map((item) => ({ item, said: detect(item.text) }));
    return { name, results, ms: (performance.now() - t0) / items.length };
  });

  const languages = [...new Set(items.map((i) => i.lang))];
  const columns: [string, (r: Result) => boolean][] = [
    ['overall', () => true],
    ...languages.map((l) => [l, (r: Result) => r.item.lang === l] as [string, (r: Result) => boolean]),
    ['< 200 ch', (r) => r.item.text.length < 200],
    ['plain/tr', (r) => r.item.plain],
    ['petition', (r) => r.item.source === 'petition'],
  ];

  console.log(`\n${items.length} texts: ${languages.map((l) => `${l} ${items.filter((i) => i.lang === l).length}`).join(', ')}; ` +
    `${items.filter((i) => i.text.length < 200).length} under 200 characters; ${items.filter((i) => i.plain).length} without diacritics or in translit\n`);
  console.log(`${'accuracy %'.padEnd(24)}${columns.map(([c]) => c.padStart(9)).join('')}   uk/be→ru   ms/text`);
  for (const run of runs) {
    const cells = columns.map(([, keep]) => {
      const subset = run.results.filter(keep);
      return pct(right(subset), subset.length).padStart(9);
    });
    const ukBeAsRu = run.results.filter((r) => (r.item.lang === 'uk' || r.item.lang === 'be') && r.said === 'ru').length;
    console.log(`${run.name.padEnd(24)}${cells.join('')}   ${String(ukBeAsRu).padStart(8)}   ${run.ms.toFixed(3).padStart(7)}`);
  }

  const deskRun = runs[0];
  const confusions = new Map<string, number>();
  for (const r of deskRun.results) if (r.said !== r.item.lang) confusions.set(`${r.item.lang}→${r.said}`, (confusions.get(`${r.item.lang}→${r.said}`) ?? 0) + 1);
  console.log(`\ndesk confusions: ${[...confusions].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);

  // What the clerk sees: texts below the confidence threshold are asked about.
  const detections = items.map((item) => ({ item, d: desk.detect({ samples: [{ text: item.text, weight: 1 }] }) }));
  const sure = detections.filter(({ d }) => d.confidence >= 0.8);
  console.log(
    `desk at review threshold 0.8: ${pct(items.length - sure.length, items.length).trim()} % of texts asked about; ` +
      `${pct(sure.filter(({ item, d }) => d.language === item.lang).length, sure.length).trim()} % right of the rest`,
  );
  for (const { item, d } of detections.filter(({ item, d }) => d.language !== item.lang)) {
    console.log(`  ${item.id.padEnd(28)} ${item.lang}→${d.language} ${d.confidence.toFixed(2)}  ${item.text.slice(0, 70).replace(/\s+/g, ' ')}`);
  }
}

// Scanned letters of every language.
interface ScanItem {
  file: string;
  lang: string;
  variant: string;
}

const FOREIGN_LETTERS = path.resolve(import.meta.dirname, '../tests/fixtures/letters/foreign');

function scanItems(perLanguage: number): ScanItem[] {
  const corpus = fs
    .readFileSync(path.join(corpusDir(), 'scans/scans.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { file: string; lang: string; variant: string })
    .map((m) => ({ file: path.join(corpusDir(), 'scans', m.file), lang: m.lang, variant: m.variant }));
  const foreign = fs
    .readdirSync(FOREIGN_LETTERS)
    .filter((f) => f.endsWith('.png'))
    .sort()
    .map((f) => ({ file: path.join(FOREIGN_LETTERS, f), lang: f.slice(0, 2), variant: f.split('.')[1] }));
  const all = [...corpus, ...foreign];
  // An even spread of variants within each language's share.
  const byLanguage = new Map<string, ScanItem[]>();
  for (const item of all) byLanguage.set(item.lang, [...(byLanguage.get(item.lang) ?? []), item]);
  return [...byLanguage.values()].flatMap((list) => {
    const byVariant = [...new Set(list.map((i) => i.variant))].map((v) => list.filter((i) => i.variant === v));
    const spread: ScanItem[] = [];
    for (let i = 0; spread.length < list.length; i++) for (const group of byVariant) if (group[i]) spread.push(group[i]);
    return spread.slice(0, perLanguage);
  });
}

interface ScanResult {
  item: ScanItem;
  said: string | null;
  pages: number;
  ms: number;
  readTwice: number;
}

async function readScans(items: readonly ScanItem[], rereadForeign: boolean): Promise<ScanResult[]> {
  const pool = new TesseractPool({ langPath: process.env.TESSDATA_DIR ?? '/usr/share/tesseract-ocr/5/tessdata' });
  const deps = { recognizer: pool, limits: DEFAULT_FILE_LIMITS };
  const results: ScanResult[] = [];
  try {
    // A warm pool, as in production: the first page does not pay for starting the workers.
    await readFileText(deps, fs.readFileSync(items[0].file), { languages: SERVED_LANGUAGES, rereadForeign });
    for (const item of items) {
      const started = performance.now();
      const { pages } = await readFileText(deps, fs.readFileSync(item.file), { languages: SERVED_LANGUAGES, rereadForeign });
      const ms = performance.now() - started;
      const samples = pages.map((p) => ({ text: p.text, weight: p.confidence / 100 }));
      const said = desk.detect({ samples }).language;
      const readTwice = pages.filter((p) => p.readWith && p.readWith !== 'lit+pol+rus+eng').length;
      results.push({ item, said, pages: pages.length, ms, readTwice });
      process.stderr.write('.');
    }
  } finally {
    await pool.close();
    process.stderr.write('\n');
  }
  return results;
}

async function scanBenchmark(perLanguage: number): Promise<void> {
  const items = scanItems(perLanguage);
  const languages = [...new Set(items.map((i) => i.lang))];
  console.log(`\nscanned letters: ${languages.map((l) => `${l} ${items.filter((i) => i.lang === l).length}`).join(', ')} files`);
  const after = await readScans(items, true);
  const before = await readScans(items, false);
  const row = (label: string, rs: ScanResult[]) => {
    const pages = rs.reduce((n, r) => n + r.pages, 0);
    const right = rs.filter((r) => r.said === r.item.lang).length;
    const asRuOrLt = rs.filter((r) => r.item.lang !== r.said && (r.said === 'ru' || r.said === 'lt')).length;
    const ms = rs.reduce((n, r) => n + r.ms, 0) / Math.max(1, pages);
    const twice = rs.reduce((n, r) => n + r.readTwice, 0);
    return `${label.padEnd(6)}${String(rs.length).padStart(6)}${String(pages).padStart(6)}${pct(right, rs.length).padStart(10)}${String(asRuOrLt).padStart(9)}${ms.toFixed(0).padStart(9)}${String(twice).padStart(8)}`;
  };
  const header = `${''.padEnd(6)}${'files'.padStart(6)}${'pages'.padStart(6)}${'accur. %'.padStart(10)}${'→ru/lt'.padStart(9)}${'ms/page'.padStart(9)}${'twice'.padStart(8)}`;
  for (const [title, results] of [['with the second reading (the desk now)', after], ['first reading only (before)', before]] as const) {
    console.log(`\n${title}\n${header}`);
    for (const l of languages) console.log(row(l, results.filter((r) => r.item.lang === l)));
    console.log(row('all', results));
  }
  const wrong = after.filter((r) => r.said !== r.item.lang);
  if (wrong.length) console.log(`\nwrong with the second reading: ${wrong.map((r) => `${path.basename(r.item.file)} → ${r.said}`).join(', ')}`);
}

if (flags.only !== 'scans') textBenchmark();
if (flags.only !== 'text') await scanBenchmark(Number(flags['scans-per-language'] ?? Infinity));
