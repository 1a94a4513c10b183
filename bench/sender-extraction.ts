/**
 * Sender extraction benchmark: how often readLetterFacts() reads the petitioner's name and address
 * exactly from a scanned letter, as the desk's own OCR recognises it, per language and variant.
 *
 *   npx tsx bench/sender-extraction.ts [--cache <dir>]
 *
 * The truth is the manifest's true text: its sender block (the lines before the first blank line)
 * is the name on the first line, then the address line(s), then phone / e-mail lines. The same
 * figures on the true text itself are the upper bound (what the reader does when OCR is perfect).
 * "Invented" counts a field returned where the truth has none: a name or address where the sender
 * block has none, an e-mail or phone that is nowhere in the letter.
 *
 * With --cache, the recognised text of each file is kept in <dir> and reused by the next run: OCR of
 * all 128 files takes minutes on 2 cores, the reader milliseconds. Without it, every file is OCRed.
 * Prints tables; never fails on a number.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../server/config.js';
import { DEFAULT_FILE_LIMITS } from '../server/intake/files/inspect-file.js';
import { readFileText } from '../server/intake/files/read-file-text.js';
import { readLetterFacts, type LetterFacts } from '../server/intake/letter-facts/read-letter-facts.js';
import { SERVED_LANGUAGES, type Lang } from '../server/languages.js';
import { createTesseractPool } from '../server/ocr/tesseract-pool.adapter.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(repo, '../shared/corpus/scans');
const VARIANTS = ['clean', 'scan', 'photo', 'scanned-pdf'] as const;

interface Item {
  file: string;
  variant: (typeof VARIANTS)[number];
  lang: Lang;
  text: string;
}
interface Truth {
  name: string | null;
  address: string | null;
  hasEmail: boolean;
  hasPhone: boolean;
}
interface Tally {
  letters: number;
  name: number;
  address: number;
  invented: number;
}

const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const looksLikePhone = (line: string) => /^(tel\.?\s*)?[+(]?\d[\d\s()-]{6,}$/i.test(line.trim());
const looksLikeEmail = (line: string) => /@/.test(line);

/** The sender block read simply: first line the name, then the lines that are neither phone nor e-mail. */
function truthOf(text: string): Truth {
  const block = text.split(/\n\s*\n/)[0].split('\n').map((l) => l.trim()).filter(Boolean);
  const [name, ...rest] = block;
  const addressLines = rest.filter((l) => !looksLikePhone(l) && !looksLikeEmail(l));
  return {
    name: name ? squash(name) : null,
    address: addressLines.length ? squash(addressLines.join(', ')) : null,
    hasEmail: rest.some(looksLikeEmail),
    hasPhone: rest.some(looksLikePhone),
  };
}

function score(facts: LetterFacts, truth: Truth, trueText: string): Tally {
  const inLetter = (value: string) => squash(trueText).replace(/\s/g, '').includes(value.replace(/\s/g, ''));
  let invented = 0;
  if (facts.name !== null && truth.name === null) invented++;
  if (facts.address !== null && truth.address === null) invented++;
  if (facts.email !== null && !truth.hasEmail && !inLetter(facts.email)) invented++;
  if (facts.phone !== null && !truth.hasPhone && !inLetter(facts.phone)) invented++;
  return {
    letters: 1,
    name: facts.name !== null && truth.name !== null && squash(facts.name) === truth.name ? 1 : 0,
    address: facts.address !== null && truth.address !== null && squash(facts.address) === truth.address ? 1 : 0,
    invented,
  };
}

function add(tallies: Map<string, Tally>, key: string, part: Tally): void {
  const t = tallies.get(key) ?? { letters: 0, name: 0, address: 0, invented: 0 };
  tallies.set(key, { letters: t.letters + part.letters, name: t.name + part.name, address: t.address + part.address, invented: t.invented + part.invented });
}

function printTable(title: string, tallies: Map<string, Tally>): void {
  const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)} %` : '—');
  const rows = [
    ...SERVED_LANGUAGES.flatMap((lang) => VARIANTS.map((variant) => `${lang} ${variant}`)),
    ...SERVED_LANGUAGES,
    ...VARIANTS,
    'all',
  ];
  console.log(`\n${title}\n`);
  console.log('|                | letters | name exact | address exact | invented fields |');
  console.log('|----------------|---------|------------|---------------|-----------------|');
  for (const key of rows) {
    const t = tallies.get(key);
    if (!t) continue;
    console.log(`| ${key.padEnd(14)} | ${String(t.letters).padEnd(7)} | ${pct(t.name, t.letters).padEnd(10)} | ${pct(t.address, t.letters).padEnd(13)} | ${String(t.invented).padEnd(15)} |`);
  }
}

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

async function recognisedTexts(items: Item[], cacheDir: string | undefined): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const missing: Item[] = [];
  for (const item of items) {
    const cached = cacheDir ? await readFile(path.join(cacheDir, `${item.file}.txt`), 'utf8').catch(() => null) : null;
    if (cached !== null) texts.set(item.file, cached);
    else missing.push(item);
  }
  if (missing.length === 0) return texts;
  if (cacheDir) await mkdir(cacheDir, { recursive: true });
  const config = loadConfig();
  const pool = createTesseractPool(config.ocr);
  const deps = { recognizer: pool, limits: { ...DEFAULT_FILE_LIMITS, maxBytes: config.maxUploadBytes, maxPages: config.limits.maxPages, maxPixels: config.limits.maxPixels } };
  try {
    let done = 0;
    const queue = [...missing];
    // Two letters at a time keep the pool's workers busy while the next page is prepared.
    await Promise.all([0, 1].map(async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
        const result = await readFileText(deps, await readFile(path.join(corpus, item.file)), { languages: SERVED_LANGUAGES });
        const text = result.pages.map((p) => p.text).join('\n');
        texts.set(item.file, text);
        if (cacheDir) await writeFile(path.join(cacheDir, `${item.file}.txt`), text);
        process.stderr.write(`\rOCR ${++done}/${missing.length}`);
      }
    }));
    process.stderr.write('\n');
  } finally {
    await pool.close();
  }
  return texts;
}

async function main(): Promise<void> {
  const cacheDir = flag('cache');
  const manifest = (await readFile(path.join(corpus, 'scans.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as Item);
  const started = performance.now();
  const texts = await recognisedTexts(manifest, cacheDir);
  const ocrSeconds = (performance.now() - started) / 1000;

  const onOcr = new Map<string, Tally>();
  const onTruth = new Map<string, Tally>();
  const misses: string[] = [];
  for (const item of manifest) {
    const truth = truthOf(item.text);
    const read = readLetterFacts(texts.get(item.file) ?? '');
    const ideal = readLetterFacts(item.text);
    const got = score(read, truth, item.text);
    const best = score(ideal, truth, item.text);
    for (const key of [`${item.lang} ${item.variant}`, item.lang, item.variant, 'all']) {
      add(onOcr, key, got);
      add(onTruth, key, best);
    }
    if (!got.name || !got.address || got.invented) {
      misses.push(`${item.file}: name ${JSON.stringify(read.name)} (truth ${JSON.stringify(truth.name)}), address ${JSON.stringify(read.address)} (truth ${JSON.stringify(truth.address)})${got.invented ? `, ${got.invented} invented` : ''}`);
    }
  }
  console.log(`Sender extraction on ${corpus}: ${manifest.length} files, OCR ${ocrSeconds.toFixed(0)} s${cacheDir ? ` (cache ${cacheDir})` : ''}`);
  printTable('On the desk\'s OCR text', onOcr);
  printTable('On the true text (upper bound)', onTruth);
  if (misses.length) console.log(`\nMisses on OCR text:\n${misses.map((m) => `  ${m}`).join('\n')}`);
}

await main();
