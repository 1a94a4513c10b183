/**
 * Duplicates and mass petitions benchmark (server/routing/duplicates.ts): what the thresholds find
 * on whole letters, how often the LSH bands find the true pairs, what it costs, and whether the
 * bands stay selective among 200,000 letters.
 *
 * Letters: the 120 dev petitions of ../shared/corpus (their subject, then the body read as a
 * letter) and the campaign fixtures of tests/fixtures/letters/campaigns (manifest.json: three
 * campaigns, one of them also translated, two residents writing again, unrelated letters on the
 * campaigns' topics), each read as the desk reads it (letter-body.ts sets the sender, recipient,
 * salutation, closing and signature aside). The truth: two copies of one campaign in one language
 * are the same text; a letter and its `repeatOf` are the same matter; every other pair is
 * unrelated (a campaign and its translation are reported apart: another text, by design).
 *
 * Scale: 200,000 synthetic letters, each 3–6 sentences of one language's corpus letters
 * recombined plus a sentence of its own (random words of that language), from a deterministic
 * PRNG; their band keys in an in-memory Map (band key → cases), as the case_text_bands table
 * stores them; 50 copies of one campaign among them (each with a sentence of its own, a word
 * changed, some without diacritics). Printed: candidates per lookup (text bands, as a new case
 * looks for its campaign; all bands, as the case page lists similar cases) and lookup time.
 * Two pools of sentences: the petitions' alone (few letters: each sentence recurs in thousands of
 * synthetic letters, a harsh case), and the petitions' with the corpus's real sentences of the same
 * language (langid-real.jsonl), letters more unlike.
 *   npx tsx bench/duplicates.ts [--letters 200000] [--lookups 1000] [--pool both|petitions|mixed]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readEmail, readPhone } from '../server/intake/letter-facts/contact-details.js';
import { readLetterDate } from '../server/intake/letter-facts/letter-date.js';
import { isAddresseeLine, isClosing, isSalutation, letterLines } from '../server/intake/letter-facts/letter-lines.js';
import { isPersonName } from '../server/intake/letter-facts/person-name.js';
import { isPostcodeLine, isStreetLine } from '../server/intake/letter-facts/postal-address.js';
import {
  bandKeys, comparableText, compareLetters, fingerprintOf, letterSets, SAME_MATTER, SAME_MATTER_SAME_PETITIONER, SAME_TEXT, TEXT_BANDS, TEXT_ROWS, WORD_BANDS, WORD_ROWS, type LetterSets,
} from '../server/routing/duplicates.js';
import type { LetterLineKinds } from '../server/routing/letter-body.js';
import { seededRandom } from '../tests/fixtures/random.js';

const { values: args } = parseArgs({ options: { letters: { type: 'string', default: '200000' }, lookups: { type: 'string', default: '1000' }, pool: { type: 'string', default: 'both' } } });
const corpusDir = process.env.CORPUS_DIR ?? path.resolve(import.meta.dirname, '../../shared/corpus');
const fixtureDir = path.resolve(import.meta.dirname, '../tests/fixtures/letters/campaigns');

/** The letter-facts reader as the composition root hands it to routing. */
const LETTER_LINES: LetterLineKinds = { lines: letterLines, isSalutation, isClosing, isAddresseeLine, isPersonName, isStreetLine, isPostcodeLine, readEmail, readPhone, readLetterDate };

/** What the desk compares (server/routing/duplicates.ts: comparableText). */
const comparable = (subject: string, letter: string): string => comparableText({ subject, parts: [letter] }, LETTER_LINES);

interface Letter { id: string; lang: string; campaign: string | null; repeatOf: string | null; subject: string; raw: string; text: string; sets: LetterSets; keys: number[] | null; person: string }

function letter(id: string, lang: string, campaign: string | null, repeatOf: string | null, subject: string, raw: string, person: string): Letter {
  const text = comparable(subject, raw);
  const sets = letterSets(text);
  const fp = fingerprintOf(sets);
  return { id, lang, campaign, repeatOf, subject, raw, text, sets, keys: fp ? bandKeys(fp) : null, person };
}

const jsonl = <T>(file: string): T[] => fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
const corpus = ['petitions-dev-ltpl.jsonl', 'petitions-dev-ruen.jsonl'].flatMap((f) =>
  jsonl<{ id: string; lang: string; subject: string; body: string; petitioner: { name: string; email: string | null } }>(path.join(corpusDir, f)).map((p) => letter(p.id, p.lang, null, null, p.subject, p.body, p.petitioner.email ?? p.petitioner.name)),
);
const manifest = JSON.parse(fs.readFileSync(path.join(fixtureDir, 'manifest.json'), 'utf8')) as { file: string; lang: string; campaign: string | null; repeatOf: string | null; petitioner: { name: string; email: string | null } }[];
const fixtures = manifest.map((e) => letter(e.file, e.lang, e.campaign, e.repeatOf, '', fs.readFileSync(path.join(fixtureDir, e.file), 'utf8'), e.petitioner.email ?? e.petitioner.name));
const letters = [...corpus, ...fixtures];

// ---------------------------------------------------------------------------------------------
const maxOf = (xs: readonly number[]) => xs.reduce((m, x) => (x > m ? x : m), -Infinity);
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '–');
const f3 = (x: number) => x.toFixed(3);
function quantile(xs: readonly number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}
const table = (header: string[], rows: (string | number)[][]) => {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  for (const [n, r] of cells.entries()) {
    console.log(`  ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')}`);
    if (n === 0) console.log(`  ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  }
};
const shares = (a: number[] | null, b: number[] | null, from: number, to: number) => {
  if (!a || !b) return 0;
  const set = new Set(a.slice(from, to));
  return b.slice(from, to).filter((k) => set.has(k)).length;
};
/** The chance that a pair of similarity s shares at least one of `bands` bands of `rows` rows. */
const bandChance = (s: number, rows: number, bands: number) => 1 - (1 - s ** rows) ** bands;

// ---------------------------------------------------------------------------------------------
type Truth = 'same_text' | 'translation' | 'same_matter' | 'unrelated';
function truthOf(a: Letter, b: Letter): Truth {
  if (a.campaign && a.campaign === b.campaign) return a.lang === b.lang ? 'same_text' : 'translation';
  if (a.repeatOf === b.id || b.repeatOf === a.id) return 'same_matter';
  return 'unrelated';
}

interface Pair { a: Letter; b: Letter; truth: Truth; text: number; words: number; likeness: string | null; textBands: number; wordBands: number }
const pairs: Pair[] = [];
for (let i = 0; i < letters.length; i++) {
  for (let j = i + 1; j < letters.length; j++) {
    const [a, b] = [letters[i], letters[j]];
    // A resident's own letters are compared at the same petitioner's threshold, as the case page does.
    const s = compareLetters(a.sets, b.sets, { samePetitioner: a.person === b.person });
    pairs.push({ a, b, truth: truthOf(a, b), ...s, textBands: shares(a.keys, b.keys, 0, TEXT_BANDS), wordBands: shares(a.keys, b.keys, TEXT_BANDS, TEXT_BANDS + WORD_BANDS) });
  }
}
const by = (t: Truth) => pairs.filter((p) => p.truth === t);

console.log(`Duplicates on ${letters.length} letters (${corpus.length} corpus petitions, ${fixtures.length} campaign fixtures): ${pairs.length} pairs compared`);
console.log(`thresholds: same text ≥ ${SAME_TEXT} (Jaccard of word triples), same matter ≥ ${SAME_MATTER} (Jaccard of words; ${SAME_MATTER_SAME_PETITIONER} between one petitioner's letters); bands: text ${TEXT_BANDS}×${TEXT_ROWS}, words ${WORD_BANDS}×${WORD_ROWS}`);
console.log(`letters without a fingerprint (fewer words than MIN_WORDS): ${letters.filter((l) => !l.keys).map((l) => l.id).join(', ') || 'none'}`);

// Same text: precision and recall.
const foundText = pairs.filter((p) => p.likeness === 'same_text');
const trueText = by('same_text');
const tp = foundText.filter((p) => p.truth === 'same_text').length;
console.log('\nSame text (campaigns: two copies in one language)');
table(['', 'pairs'], [
  ['true pairs (manifest)', trueText.length],
  ['found', foundText.length],
  ['found and true', tp],
  ['precision', pct(tp, foundText.length)],
  ['recall', pct(tp, trueText.length)],
  ['lowest text similarity of a true pair', trueText.length ? f3(Math.min(...trueText.map((p) => p.text))) : '–'],
  ['highest text similarity of a campaign and its translation', by('translation').length ? f3(Math.max(...by('translation').map((p) => p.text))) : '–'],
]);
for (const p of foundText.filter((x) => x.truth !== 'same_text')) console.log(`  FALSE: ${p.a.id} ~ ${p.b.id}  text ${f3(p.text)}`);
for (const p of trueText.filter((x) => x.likeness !== 'same_text')) console.log(`  MISSED: ${p.a.id} ~ ${p.b.id}  text ${f3(p.text)}`);

// Same matter: every pair found, and the true ones.
console.log('\nSame matter found (words ≥ SAME_MATTER, text below SAME_TEXT)');
const foundMatter = pairs.filter((p) => p.likeness === 'same_matter');
if (!foundMatter.length) console.log('  none');
else table(['pair', 'truth', 'text', 'words'], foundMatter.map((p) => [`${p.a.id} ~ ${p.b.id}`, p.truth, f3(p.text), f3(p.words)]));
console.log('True same-matter pairs (a resident writing again)');
table(['pair', 'found as', 'text', 'words', 'rank of its words among the first letter\'s pairs'], by('same_matter').map((p) => {
  const others = pairs.filter((q) => q !== p && (q.a === p.a || q.b === p.a)).map((q) => q.words);
  return [`${p.a.id} ~ ${p.b.id}`, p.likeness ?? 'nothing', f3(p.text), f3(p.words), `${others.filter((w) => w >= p.words).length + 1} of ${others.length + 1}`];
}));

// Unrelated pairs: how near do they come?
console.log('\nUnrelated pairs: similarity distribution');
const groups: [string, Pair[]][] = [
  ['corpus × corpus', by('unrelated').filter((p) => !p.a.id.endsWith('.txt') && !p.b.id.endsWith('.txt'))],
  ['fixtures × fixtures', by('unrelated').filter((p) => p.a.id.endsWith('.txt') && p.b.id.endsWith('.txt'))],
  ['fixtures × corpus', by('unrelated').filter((p) => p.a.id.endsWith('.txt') !== p.b.id.endsWith('.txt'))],
  ['all unrelated', by('unrelated')],
];
table(['', 'pairs', 'text max', 'text p99', 'words max', 'words p99', 'words p95', '≥ SAME_MATTER'], groups.map(([name, ps]) => [
  name, ps.length, f3(Math.max(...ps.map((p) => p.text))), f3(quantile(ps.map((p) => p.text), 0.99)),
  f3(Math.max(...ps.map((p) => p.words))), f3(quantile(ps.map((p) => p.words), 0.99)), f3(quantile(ps.map((p) => p.words), 0.95)),
  ps.filter((p) => p.words >= SAME_MATTER).length,
]));
console.log('  the nearest unrelated pairs by words:');
for (const p of [...by('unrelated')].sort((x, y) => y.words - x.words).slice(0, 6)) console.log(`    ${`${p.a.id} ~ ${p.b.id}`.padEnd(52)} text ${f3(p.text)}  words ${f3(p.words)}`);
console.log('  a same-matter threshold between the repeats and the unrelated pairs:');
const repeatWords = by('same_matter').map((p) => p.words);
table(['SAME_MATTER', 'repeats found', 'unrelated pairs ≥'], [0.15, 0.18, 0.2, 0.22, 0.25, 0.3].map((t) => [t.toFixed(2), `${repeatWords.filter((w) => w >= t).length}/${repeatWords.length}`, by('unrelated').filter((p) => p.words >= t && p.text < SAME_TEXT).length]));

// Band recall: do the bands bring the true pairs together?
console.log('\nLSH bands: how often a pair shares at least one band (the index finds it as a candidate)');
const bandRow = (name: string, ps: Pair[], which: 'textBands' | 'wordBands', rows: number, bands: number, sim: 'text' | 'words') => {
  const mean = ps.length ? ps.reduce((s, p) => s + bandChance(p[sim], rows, bands), 0) / ps.length : 0;
  const shared = ps.filter((p) => p[which] > 0).length;
  return [name, ps.length, `${shared} (${pct(shared, ps.length)})`, `${(100 * mean).toFixed(1)} %`, ps.length ? (ps.reduce((s, p) => s + p[which], 0) / ps.length).toFixed(2) : '–'];
};
table(['pairs', 'n', 'share a band', 'expected 1-(1-s^rows)^bands', 'bands shared (mean)'], [
  bandRow('same text, text bands', trueText, 'textBands', TEXT_ROWS, TEXT_BANDS, 'text'),
  bandRow('same matter, word bands', by('same_matter'), 'wordBands', WORD_ROWS, WORD_BANDS, 'words'),
  bandRow('same matter, text bands', by('same_matter'), 'textBands', TEXT_ROWS, TEXT_BANDS, 'text'),
  bandRow('translation, word bands', by('translation'), 'wordBands', WORD_ROWS, WORD_BANDS, 'words'),
  bandRow('unrelated, text bands', by('unrelated'), 'textBands', TEXT_ROWS, TEXT_BANDS, 'text'),
  bandRow('unrelated, word bands', by('unrelated'), 'wordBands', WORD_ROWS, WORD_BANDS, 'words'),
]);

// Time.
const REPEAT = 20;
let t0 = performance.now();
for (let r = 0; r < REPEAT; r++) for (const l of letters) letterSets(comparable(l.subject, l.raw));
const readUs = ((performance.now() - t0) * 1000) / (REPEAT * letters.length);
t0 = performance.now();
for (let r = 0; r < REPEAT; r++) for (const l of letters) { const fp = fingerprintOf(l.sets); if (fp) bandKeys(fp); }
const fpUs = ((performance.now() - t0) * 1000) / (REPEAT * letters.length);
t0 = performance.now();
let sink = 0;
for (const p of pairs) sink += compareLetters(p.a.sets, p.b.sets).text;
const cmpUs = ((performance.now() - t0) * 1000) / pairs.length;
console.log('\nTime per letter / pair');
table(['', 'µs'], [
  ['read as a letter + word sets (readLetterBody, letterSets)', readUs.toFixed(1)],
  ['fingerprint + band keys (fingerprintOf, bandKeys)', fpUs.toFixed(1)],
  ['compare two letters exactly (compareLetters)', cmpUs.toFixed(2)],
]);

// ---------------------------------------------------------------------------------------------
// Scale: synthetic letters recombined from the corpus's sentences.
const N = Number(args.letters);
const LOOKUPS = Number(args.lookups);
const CAMPAIGN_COPIES = 50;
const langs = [...new Set(corpus.map((l) => l.lang))].sort();
const realTexts = jsonl<{ lang: string; text: string }>(path.join(corpusDir, 'langid-real.jsonl'));
const pools: Record<string, (lang: string) => string[]> = {
  // Few letters on ten departments' matters: their sentences recur in thousands of letters (a harsh case).
  petitions: (lang) => corpus.filter((l) => l.lang === lang).map((l) => l.text),
  // With the corpus's real sentences and passages of the same language (langid-real.jsonl): letters more unlike, as a year's mail is.
  mixed: (lang) => [...corpus.filter((l) => l.lang === lang).map((l) => l.text), ...realTexts.filter((r) => r.lang === lang).map((r) => r.text)],
};

function scale(poolName: string, sourceTexts: (lang: string) => string[]): void {
  const rand = seededRandom(0x5eed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const sentences = new Map<string, string[]>();
  const vocabulary = new Map<string, string[]>();
  for (const lang of langs) {
    const texts = sourceTexts(lang);
    sentences.set(lang, texts.flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/)).map((s) => s.trim()).filter((s) => s.split(/\s+/).length >= 4));
    vocabulary.set(lang, [...new Set(texts.flatMap((t) => t.match(/[\p{L}]{4,}/gu) ?? []))]);
  }
  const ownSentence = (lang: string) => {
    const words = Array.from({ length: 8 + Math.floor(rand() * 7) }, () => pick(vocabulary.get(lang)!));
    return `${words.join(' ')} ${1 + Math.floor(rand() * 200)}.`;
  };
  function syntheticLetter(): string {
    const lang = pick(langs);
    const pool = sentences.get(lang)!;
    const k = 3 + Math.floor(rand() * 4);
    const chosen = new Set<string>();
    while (chosen.size < k) chosen.add(pick(pool));
    const parts = [...chosen];
    parts.splice(Math.floor(rand() * (parts.length + 1)), 0, ownSentence(lang));
    return parts.join(' ');
  }
  const stripDiacritics = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
  const campaignBase = fixtures.find((l) => l.campaign && l.lang === 'lt')!;
  function campaignCopy(): string {
    let text = campaignBase.text;
    if (rand() < 0.6) {
      // A word changed (the resident's own).
      const words = text.split(' ');
      const at = Math.floor(rand() * words.length);
      words[at] = pick(vocabulary.get('lt')!);
      text = words.join(' ');
    }
    if (rand() < 0.5) text = `${text} ${ownSentence('lt')}`;
    if (rand() < 0.3) text = stripDiacritics(text);
    return text;
  }

  console.log(`\nScale, ${poolName === 'petitions' ? 'the petitions\' sentences' : 'the petitions\' and the real sentences'}: ${N.toLocaleString('en')} synthetic letters (3–6 sentences of one language, of ${langs.map((l) => `${sentences.get(l)!.length} ${l}`).join(', ')}, + one of their own) and ${CAMPAIGN_COPIES} copies of one campaign (${campaignBase.campaign})`);
  const index = { text: new Map<number, number | number[]>(), words: new Map<number, number | number[]>() };
  const add = (map: Map<number, number | number[]>, key: number, id: number) => {
    const cur = map.get(key);
    if (cur === undefined) map.set(key, id);
    else if (typeof cur === 'number') map.set(key, [cur, id]);
    else cur.push(id);
  };
  const texts: string[] = [];
  const keysOf: Int32Array[] = [];
  const campaignIds = new Set<number>();
  const campaignAt = new Set(Array.from({ length: CAMPAIGN_COPIES }, (_, i) => Math.floor(((i + 0.5) * (N + CAMPAIGN_COPIES)) / CAMPAIGN_COPIES)));
  t0 = performance.now();
  let fingerprintMs = 0;
  for (let id = 0; id < N + CAMPAIGN_COPIES; id++) {
    const isCampaign = campaignAt.has(id);
    const text = isCampaign ? campaignCopy() : syntheticLetter();
    if (isCampaign) campaignIds.add(id);
    const f0 = performance.now();
    const fp = fingerprintOf(letterSets(text));
    const keys = fp ? bandKeys(fp) : [];
    fingerprintMs += performance.now() - f0;
    texts.push(text);
    keysOf.push(Int32Array.from(keys));
    for (let b = 0; b < keys.length; b++) add(b < TEXT_BANDS ? index.text : index.words, keys[b], id);
  }
  const buildMs = performance.now() - t0;
  const postings = (m: Map<number, number | number[]>) => [...m.values()].map((v) => (typeof v === 'number' ? 1 : v.length));
  const textPostings = postings(index.text);
  const wordPostings = postings(index.words);
  table(['index', 'distinct keys', 'cases per key p50', 'p99', 'max'], [
    ['text bands', index.text.size.toLocaleString('en'), quantile(textPostings, 0.5), quantile(textPostings, 0.99), maxOf(textPostings)],
    ['word bands', index.words.size.toLocaleString('en'), quantile(wordPostings, 0.5), quantile(wordPostings, 0.99), maxOf(wordPostings)],
  ]);
  console.log(`  built in ${(buildMs / 1000).toFixed(1)} s (word sets, fingerprint and band keys ${((fingerprintMs * 1000) / (N + CAMPAIGN_COPIES)).toFixed(1)} µs per letter), heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`);

  /** The cases sharing at least one of the letter's bands in [from, to), and how many bands each shares. */
  function lookup(id: number, from: number, to: number): Map<number, number> {
    const found = new Map<number, number>();
    const keys = keysOf[id];
    for (let b = from; b < to && b < keys.length; b++) {
      const hit = (b < TEXT_BANDS ? index.text : index.words).get(keys[b]);
      if (hit === undefined) continue;
      for (const other of typeof hit === 'number' ? [hit] : hit) if (other !== id) found.set(other, (found.get(other) ?? 0) + 1);
    }
    return found;
  }

  interface Probe { name: string; ids: number[] }
  const randomIds = Array.from({ length: LOOKUPS }, () => Math.floor(rand() * (N + CAMPAIGN_COPIES))).filter((id) => !campaignIds.has(id));
  const probes: Probe[] = [{ name: 'a synthetic letter', ids: randomIds }, { name: 'a campaign copy', ids: [...campaignIds] }];
  const rows: (string | number)[][] = [];
  const sameTextAmong: string[] = [];
  for (const probe of probes) {
    for (const [bands, from, to] of [['text bands', 0, TEXT_BANDS], ['all bands', 0, TEXT_BANDS + WORD_BANDS]] as const) {
      const counts: number[] = [];
      const t = performance.now();
      const results = probe.ids.map((id) => lookup(id, from, to));
      const us = ((performance.now() - t) * 1000) / probe.ids.length;
      for (const r of results) counts.push(r.size);
      let campaignRecall = '';
      if (probe.name === 'a campaign copy') {
        const found = results.reduce((s, r) => s + [...r.keys()].filter((o) => campaignIds.has(o)).length, 0);
        campaignRecall = pct(found, probe.ids.length * (CAMPAIGN_COPIES - 1));
      }
      rows.push([`${probe.name}, ${bands}`, probe.ids.length, quantile(counts, 0.5), quantile(counts, 0.99), maxOf(counts), us.toFixed(1), campaignRecall || '–']);
    }
  }
  console.log('  candidates per lookup (distinct cases sharing a band)');
  table(['lookup', 'lookups', 'p50', 'p99', 'max', 'µs / lookup', 'other copies found'], rows);

  // The candidates checked exactly, as the desk does: how many are the same text / the same matter?
  const EXACT = Math.min(200, randomIds.length);
  let candidatesChecked = 0;
  let sameText = 0;
  let sameMatter = 0;
  let campaignSameText = 0;
  t0 = performance.now();
  const setsCache = new Map<number, LetterSets>();
  const setsOfId = (id: number) => setsCache.get(id) ?? (setsCache.set(id, letterSets(texts[id])), setsCache.get(id)!);
  for (const id of [...randomIds.slice(0, EXACT), ...campaignIds]) {
    const found = lookup(id, 0, TEXT_BANDS + WORD_BANDS);
    for (const other of found.keys()) {
      candidatesChecked++;
      const s = compareLetters(setsOfId(id), setsOfId(other));
      if (s.likeness === 'same_text') {
        if (campaignIds.has(id) && campaignIds.has(other)) campaignSameText++;
        else { sameText++; if (sameTextAmong.length < 3) sameTextAmong.push(`${id} ~ ${other} text ${f3(s.text)}`); }
      } else if (s.likeness === 'same_matter') sameMatter++;
    }
  }
  const exactMs = performance.now() - t0;
  console.log(`  all candidates of ${EXACT} synthetic letters and the ${CAMPAIGN_COPIES} copies compared exactly (${candidatesChecked.toLocaleString('en')} pairs, ${((exactMs * 1000) / Math.max(1, candidatesChecked)).toFixed(1)} µs each with the sets built):`);
  table(['', 'pairs'], [
    ['campaign copy ~ campaign copy, same text', `${campaignSameText} of ${CAMPAIGN_COPIES * (CAMPAIGN_COPIES - 1)}`],
    ['any other pair, same text (recombined sentences)', sameText],
    ['any pair, same matter', sameMatter],
  ]);
  for (const s of sameTextAmong) console.log(`    e.g. ${s}`);
}

for (const [name, texts] of Object.entries(pools)) if (args.pool === 'both' || name === args.pool) scale(name, texts);
if (sink < 0) console.log(sink);
