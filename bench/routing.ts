/**
 * Routing benchmark: the department router on the 120 dev petitions of ../shared/corpus, trained
 * on the service catalogue (server/departments/catalogue/) alone, and on the catalogue plus
 * clerks' decisions, cross-validated in 10 folds: each petition is scored by a router that learned
 * the nine other folds (never the petition itself), calibrated its confidence on them as the desk
 * does at load, and chose its thresholds from the precision target.
 *
 * Besides the typed petitions (channels email / letter / web as the corpus gives them), the
 * scanned letters of ../shared/corpus/scans are routed too: by default on their true text (the
 * whole letter as printed: sender block, the municipality's address, salutation, signature), and
 * with --scans also as the desk's OCR reads each clean / scan / photo file (slow: minutes;
 * --cache <dir> keeps the recognised text, in the format bench/sender-extraction.ts uses, so that
 * both benches share it). A scanned letter is scored in the fold of its petition.
 *
 * Prints top-1 / top-3 per department, language and channel; precision against coverage over
 * confidence thresholds (the curve) and at the router's own per-department thresholds (the
 * operating point), per language and per channel; and the misses.
 *   npx tsx bench/routing.ts [--no-letter] [--scans] [--cache <dir>]
 *   ROUTING_FOLDS=5 npx tsx bench/routing.ts   (another fold count: a change must not be tuned to one split)
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readCatalogue } from '../server/departments/catalogue.store.js';
import { listExtraLanguageKeywords } from '../server/departments/list-extra-language-keywords.js';
import { readEmail, readPhone } from '../server/intake/letter-facts/contact-details.js';
import { readLetterDate } from '../server/intake/letter-facts/letter-date.js';
import { isAddresseeLine, isClosing, isSalutation, letterLines } from '../server/intake/letter-facts/letter-lines.js';
import { isPersonName } from '../server/intake/letter-facts/person-name.js';
import { isPostcodeLine, isStreetLine } from '../server/intake/letter-facts/postal-address.js';
import { calibratedConfidence } from '../server/routing/calibration.js';
import { createDepartmentRouter, type CalibrationSummary, type Routing } from '../server/routing/department-router.js';
import type { PetitionText } from '../server/routing/features.js';
import type { LetterLineKinds } from '../server/routing/letter-body.js';

const { values: args } = parseArgs({ options: { 'no-letter': { type: 'boolean' }, scans: { type: 'boolean' }, cache: { type: 'string' } } });
/** 10 by default; ROUTING_FOLDS=5 or 20 checks that a change is not tuned to one split. */
const FOLDS = Number(process.env.ROUTING_FOLDS ?? 10);
const corpusDir = process.env.CORPUS_DIR ?? path.resolve(import.meta.dirname, '../../shared/corpus');

/** The letter-facts reader as the composition root hands it to the router. */
const LETTER_LINES: LetterLineKinds = { lines: letterLines, isSalutation, isClosing, isAddresseeLine, isPersonName, isStreetLine, isPostcodeLine, readEmail, readPhone, readLetterDate };

interface Item {
  id: string;
  /** The petition it is (a scan's petition): the fold it is scored in. */
  petitionId: string;
  lang: string;
  department: string;
  channel: string;
  text: PetitionText;
  /** Typed petitions are what the router learns from; scans only test. */
  learnable: boolean;
}

const jsonl = <T>(file: string): T[] =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

function typedPetitions(): Item[] {
  return ['petitions-dev-ltpl.jsonl', 'petitions-dev-ruen.jsonl'].flatMap((file) =>
    jsonl<{ id: string; lang: string; department: string; channel: string; subject: string; body: string }>(path.join(corpusDir, file)).map((p) => ({
      id: p.id, petitionId: p.id, lang: p.lang, department: p.department, channel: `typed ${p.channel}`,
      text: { subject: p.subject, body: p.body }, learnable: true,
    })),
  );
}

interface ScanEntry { file: string; variant: string; petition_id: string; lang: string; department: string; text: string }

async function scannedLetters(): Promise<Item[]> {
  const manifest = jsonl<ScanEntry>(path.join(corpusDir, 'scans/scans.jsonl'));
  // The true text once per letter: the same letter as every variant prints it.
  const seen = new Set<string>();
  const items: Item[] = [];
  for (const s of manifest) {
    if (seen.has(s.petition_id)) continue;
    seen.add(s.petition_id);
    items.push({ id: `${s.petition_id} (letter)`, petitionId: s.petition_id, lang: s.lang, department: s.department, channel: 'letter, true text', text: { subject: '', body: '', pages: [{ text: s.text, confidence: null }] }, learnable: false });
  }
  if (!args.scans) return items;
  const ocr = manifest.filter((s) => s.variant !== 'scanned-pdf');
  const texts = await recognise(ocr);
  for (const s of ocr) {
    const page = texts.get(s.file)!;
    items.push({ id: s.file, petitionId: s.petition_id, lang: s.lang, department: s.department, channel: `scanned ${s.variant}`, text: { subject: '', body: '', pages: [page] }, learnable: false });
  }
  return items;
}

/** OCR through the desk's own pipeline (readFileText and the tesseract.js pool), cached as sender-extraction.ts caches it. */
async function recognise(entries: ScanEntry[]): Promise<Map<string, { text: string; confidence: number | null }>> {
  const out = new Map<string, { text: string; confidence: number | null }>();
  const missing: ScanEntry[] = [];
  for (const e of entries) {
    const cached = args.cache ? await readFile(path.join(args.cache, `${e.file}.txt`), 'utf8').catch(() => null) : null;
    if (cached !== null) out.set(e.file, { text: cached, confidence: null });
    else missing.push(e);
  }
  if (!missing.length) return out;
  const [{ loadConfig }, { DEFAULT_FILE_LIMITS }, { readFileText }, { createTesseractPool }, { SERVED_LANGUAGES }] = await Promise.all([
    import('../server/config.js'), import('../server/intake/files/inspect-file.js'), import('../server/intake/files/read-file-text.js'),
    import('../server/ocr/tesseract-pool.adapter.js'), import('../server/languages.js'),
  ]);
  const config = loadConfig();
  const pool = createTesseractPool(config.ocr);
  const deps = { recognizer: pool, limits: { ...DEFAULT_FILE_LIMITS, maxBytes: config.maxUploadBytes, maxPages: config.limits.maxPages, maxPixels: config.limits.maxPixels } };
  if (args.cache) await mkdir(args.cache, { recursive: true });
  try {
    let done = 0;
    const queue = [...missing];
    // Two letters at a time keep the pool's workers busy while the next page is prepared.
    await Promise.all([0, 1].map(async () => {
      for (let e = queue.shift(); e !== undefined; e = queue.shift()) {
        const result = await readFileText(deps, await readFile(path.join(corpusDir, 'scans', e.file)), { languages: SERVED_LANGUAGES });
        const text = result.pages.map((p) => p.text).join('\n');
        out.set(e.file, { text, confidence: null });
        if (args.cache) await writeFile(path.join(args.cache, `${e.file}.txt`), text);
        process.stderr.write(`\rOCR ${++done}/${missing.length}`);
      }
    }));
    process.stderr.write('\n');
  } finally {
    await pool.close();
  }
  return out;
}

// The catalogue as the desk loads it: with the Ukrainian, Belarusian, German and Latvian keyword lists.
const baseCatalogue = readCatalogue();
const catalogue = { ...baseCatalogue, extraKeywords: listExtraLanguageKeywords(baseCatalogue.departments.map((d) => d.id)) };
const settings = args['no-letter'] ? {} : { letterLines: LETTER_LINES };
const foldOf = (petitionId: string, ids: string[]) => ids.indexOf(petitionId) % FOLDS;

/** Each router's calibration, per evaluation, for the summary line. */
const calibrations = new Map<boolean, CalibrationSummary[]>([[false, []], [true, []]]);

function evaluate(items: Item[], learn: boolean): { item: Item; r: Routing }[] {
  if (!learn) {
    const router = createDepartmentRouter(catalogue, settings);
    calibrations.get(false)!.push(router.calibration());
    return items.map((item) => ({ item, r: router.route(item.text) }));
  }
  const ids = [...new Set(items.filter((i) => i.learnable).map((i) => i.petitionId))];
  const out: { item: Item; r: Routing }[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const router = createDepartmentRouter(catalogue, settings);
    // Learned as the service stores a clerk's decision: subject and body as one text.
    for (const p of items) if (p.learnable && foldOf(p.petitionId, ids) !== fold) router.learn(p.id, p.department, { subject: '', body: `${p.text.subject}\n${p.text.body}` });
    calibrations.get(true)!.push(router.calibrate());
    for (const item of items) if (foldOf(item.petitionId, ids) === fold) out.push({ item, r: router.route(item.text) });
  }
  return out;
}

const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1).padStart(6) : '     –');
const sortKeys = (a: string, b: string) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b));

function accuracy(title: string, results: { item: Item; r: Routing }[], key: (i: Item) => string): void {
  const groups = new Map<string, { n: number; top1: number; top3: number }>();
  for (const { item, r } of results) {
    for (const k of [key(item), 'all']) {
      const g = groups.get(k) ?? { n: 0, top1: 0, top3: 0 };
      g.n++;
      g.top1 += Number(r.top3[0]?.departmentId === item.department);
      g.top3 += Number(r.top3.some((t) => t.departmentId === item.department));
      groups.set(k, g);
    }
  }
  console.log(`\n${title}\n${''.padEnd(22)}     n   top-1   top-3`);
  for (const [k, g] of [...groups].sort(([a], [b]) => sortKeys(a, b))) console.log(`${k.padEnd(22)} ${String(g.n).padStart(5)}  ${pct(g.top1, g.n)}  ${pct(g.top3, g.n)}`);
}

const CURVE = [0.5, 0.7, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99, 0.995];

/** Coverage / precision at each confidence threshold, and at the router's own thresholds ("auto"). */
function curve(title: string, results: { item: Item; r: Routing }[], key: (i: Item) => string): void {
  const groups = new Map<string, { item: Item; r: Routing }[]>();
  for (const x of results) for (const k of [key(x.item), 'all']) groups.set(k, [...(groups.get(k) ?? []), x]);
  const cell = (xs: { item: Item; r: Routing }[], routed: (r: Routing) => boolean) => {
    const taken = xs.filter((x) => routed(x.r));
    const right = taken.filter((x) => x.r.top3[0]?.departmentId === x.item.department).length;
    return `${pct(taken.length, xs.length)}/${pct(right, taken.length)}`;
  };
  console.log(`\n${title} — coverage % / precision % of automatic routing, by confidence threshold`);
  console.log(`${''.padEnd(18)}    n  ${'auto'.padStart(13)}  ${CURVE.map((t) => `≥${t}`.padStart(13)).join('  ')}`);
  for (const [k, xs] of [...groups].sort(([a], [b]) => sortKeys(a, b))) {
    console.log(`${k.padEnd(18)} ${String(xs.length).padStart(4)}  ${cell(xs, (r) => r.autoRouted)}  ${CURVE.map((t) => cell(xs, (r) => r.confidence >= t)).join('  ')}`);
  }
}

const t0 = performance.now();
const items = [...typedPetitions(), ...(await scannedLetters())];
const catalogueOnly = evaluate(items, false);
const learned = evaluate(items, true);
const ms = performance.now() - t0;
const typed = (xs: { item: Item }[]) => xs.filter((x) => x.item.learnable) as { item: Item; r: Routing }[];

console.log(`Routing on ${items.length} items (${typed(learned).length} typed petitions), letter reading ${args['no-letter'] ? 'off' : 'on'}`);
for (const [name, results] of [['catalogue only', catalogueOnly], [`catalogue + clerks' decisions (${FOLDS}-fold)`, learned]] as const) {
  accuracy(`${name} — typed, per department`, typed(results), (i) => i.department);
  accuracy(`${name} — typed, per language`, typed(results), (i) => i.lang);
  accuracy(`${name} — per channel`, results, (i) => i.channel);
  curve(`${name} — typed, per language`, typed(results), (i) => i.lang);
  curve(`${name} — per channel`, results, (i) => i.channel);
  const fits = calibrations.get(results === learned)!;
  const range = (f: (c: CalibrationSummary) => number) => {
    const xs = fits.map(f);
    return Math.min(...xs) === Math.max(...xs) ? Math.min(...xs).toFixed(3) : `${Math.min(...xs).toFixed(3)}–${Math.max(...xs).toFixed(3)}`;
  };
  const at = [0.1, 0.5, 1, 5].map((m) => `${m} → ${range((c) => calibratedConfidence(c.calibrator, m))}`).join(', ');
  console.log(`calibration: ${range((c) => c.samples).replace(/\.000/g, '')} held-out routings; confidence at margin ${at}; pooled threshold ${range((c) => c.thresholds.pooled)}`);
}
const misses = learned.filter(({ item, r }) => r.top3[0]?.departmentId !== item.department || (r.autoRouted && r.departmentId !== item.department));
console.log(`\nmisses with learning (${misses.length}):`);
for (const { item, r } of misses) {
  console.log(`  ${item.id.padEnd(34)} ${r.autoRouted ? 'AUTO ' : '     '}→ ${r.top3.map((t) => `${t.departmentId} ${t.confidence.toFixed(2)}`).join(', ')}  [${r.evidence.slice(0, 5).join(', ')}]`);
}
console.log(`\n${(ms / (2 * items.length)).toFixed(2)} ms per item (including ${FOLDS} trainings and calibrations)`);
