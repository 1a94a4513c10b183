/**
 * Language benchmark: the desk's detector against off-the-shelf detectors on ../shared/corpus
 * (langid-real.jsonl: 2300 real sentences and passages incl. Ukrainian, Belarusian and Latvian
 * distractors and diacritic-stripped lt/pl; plus the 120 dev petitions). Text only, no hints.
 * Prints accuracy overall, per language, on short texts (< 200 characters), on text typed without
 * diacritics or in translit, and how often Ukrainian or Belarusian was taken for Russian.
 *   npx tsx bench/language.ts
 * The comparison detectors are imported here directly: this file measures them, the product uses
 * franc only through server/language/franc.adapter.ts. CLD2 ("cld") needs a native build that the
 * project's npm settings do not run, so CLD3 (cld3-asm, WebAssembly) stands in for Google's detector.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadModule } from 'cld3-asm';
import { eld as eldLarge } from 'eld/large';
import { franc, francAll } from 'franc';
import { createFrancLanguageDetector } from '../server/language/franc.adapter.js';
import { FRANC_CODES, DETECTABLE_LANGUAGES } from '../server/language/language.js';

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

const items = loadLanguageItems();
const fromIso3 = new Map(Object.entries(FRANC_CODES).map(([two, three]) => [three, two]));
const desk = createFrancLanguageDetector({ fallbackLanguage: 'lt', reviewBelow: 0.8 });
const cld = (await loadModule()).create(0, 4000);
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

const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(2).padStart(7) : '      –');
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
