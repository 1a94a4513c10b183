/**
 * OCR benchmark: pages per second and character error rate, per variant and per
 * language, for the desk's pipeline (extractText → tesseract.js pool) and — in the same run, on the
 * same files — for Debian's native `tesseract` CLI (OMP_THREAD_LIMIT=1, two processes in parallel,
 * the same four languages; scanned PDFs go through `pdftoppm -r 300` first, timed with it).
 *
 *   npx tsx bench/ocr.ts [--per-cell N] [--only desk|native] [--workers N]
 *
 * The files are taken in cells of (language, variant); each cell runs through the desk and then
 * through native before the next cell, so a change in machine load hits both alike. Throughput is
 * pages / wall-clock time of the cell (the desk's includes starting its workers). Prints a table;
 * never fails on a number.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DEFAULT_FILE_LIMITS } from '../server/intake/files/inspect-file.js';
import { characterErrorRate } from '../server/ocr/cer.js';
import { readFileText } from '../server/intake/files/read-file-text.js';
import { TesseractPool } from '../server/ocr/tesseract-pool.adapter.js';
import { SERVED_LANGUAGES, type Lang } from '../server/languages.js';

const run = promisify(execFile);
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(repo, '../shared/corpus/scans');
const TESSDATA = process.env.TESSDATA_DIR ?? '/usr/share/tesseract-ocr/5/tessdata';
const VARIANTS = ['clean', 'scan', 'photo', 'scanned-pdf'] as const;
const TARGET_CER: Record<string, number> = { clean: 0.01, scan: 0.02, photo: 0.05, 'scanned-pdf': 0.02 };

interface Item {
  file: string;
  variant: (typeof VARIANTS)[number];
  lang: Lang;
  text: string;
}
interface Tally {
  pages: number;
  seconds: number;
  /** CPU seconds: this process (all its threads) and the child processes it waited for. */
  cpu: number;
  errors: number;
  chars: number;
}

/**
 * CPU seconds used so far by this process and its finished children (pdftoppm, tesseract), from
 * /proc/self/stat. Wall-clock throughput depends on what else the machine runs; CPU time per page
 * does not much, so the table shows both.
 */
async function cpuSeconds(): Promise<number> {
  const stat = await readFile('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14–17 of proc(5): utime, stime, cutime, cstime (counted from field 3, the state).
  const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
  return ticks / 100;
}

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

/** Runs tasks with at most `width` at a time. */
async function inParallel<T>(items: T[], width: number, task: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: width }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
  }));
}

async function nativeOcr(file: string, scratch: string): Promise<{ text: string; pages: number }> {
  const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
  const languages = SERVED_LANGUAGES.map((l) => ({ lt: 'lit', pl: 'pol', ru: 'rus', en: 'eng' })[l]).join('+');
  let images = [file];
  if (file.endsWith('.pdf')) {
    const dir = await mkdtemp(path.join(scratch, 'pdf-'));
    await run('pdftoppm', ['-r', '300', '-gray', file, path.join(dir, 'p')]);
    images = (await readdir(dir)).sort().map((f) => path.join(dir, f));
  }
  const texts: string[] = [];
  for (const image of images) {
    const { stdout } = await run('tesseract', [image, 'stdout', '-l', languages], { env, maxBuffer: 64 * 1024 * 1024 });
    texts.push(stdout);
  }
  return { text: texts.join('\n'), pages: images.length };
}

function add(tally: Map<string, Tally>, key: string, part: Tally): void {
  const t = tally.get(key) ?? { pages: 0, seconds: 0, cpu: 0, errors: 0, chars: 0 };
  tally.set(key, {
    pages: t.pages + part.pages,
    seconds: t.seconds + part.seconds,
    cpu: t.cpu + part.cpu,
    errors: t.errors + part.errors,
    chars: t.chars + part.chars,
  });
}

const pct = (t: Tally | undefined) => (t && t.chars ? `${((100 * t.errors) / t.chars).toFixed(2)} %` : '—');
const rate = (t: Tally | undefined) => (t && t.seconds ? (t.pages / t.seconds).toFixed(2) : '—');
const cpuPerPage = (t: Tally | undefined) => (t && t.pages ? (t.cpu / t.pages).toFixed(2) : '—');
const ratio = (a: number | undefined, b: number | undefined) => (a && b ? (a / b).toFixed(2) : '—');

async function main(): Promise<void> {
  const perCell = Number(flag('per-cell') ?? Infinity);
  const only = flag('only');
  const workers = Number(flag('workers') ?? os.availableParallelism());
  const manifest = (await readFile(path.join(corpus, 'scans.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as Item);
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'ocr-bench-'));
  const desk = new Map<string, Tally>();
  const native = new Map<string, Tally>();
  const pool = new TesseractPool({ langPath: TESSDATA, workers });
  const deps = { recognizer: pool, limits: DEFAULT_FILE_LIMITS };
  console.log(`OCR benchmark on ${corpus}: ${workers} desk workers, native tesseract ×2 (OMP_THREAD_LIMIT=1), ${os.availableParallelism()} cores`);

  try {
    for (const variant of VARIANTS) {
      for (const lang of SERVED_LANGUAGES) {
        const cell = manifest.filter((m) => m.variant === variant && m.lang === lang).slice(0, perCell);
        if (cell.length === 0) continue;
        for (const [name, tally] of [['desk', desk], ['native', native]] as const) {
          if (only && only !== name) continue;
          const parts: Tally[] = [];
          const started = performance.now();
          const cpuBefore = await cpuSeconds();
          await inParallel(cell, 2, async (item) => {
            const file = path.join(corpus, item.file);
            let text: string;
            let pages: number;
            if (name === 'desk') {
              const result = await readFileText(deps, await readFile(file), { languages: SERVED_LANGUAGES });
              text = result.pages.map((p) => p.text).join('\n');
              pages = result.pages.length;
            } else {
              ({ text, pages } = await nativeOcr(file, scratch));
            }
            const cer = characterErrorRate(text, item.text);
            parts.push({ pages, seconds: 0, cpu: 0, errors: cer.errors, chars: cer.referenceLength });
          });
          const seconds = (performance.now() - started) / 1000;
          const cpu = (await cpuSeconds()) - cpuBefore;
          const pages = parts.reduce((s, p) => s + p.pages, 0);
          const sum: Tally = { pages, seconds, cpu, errors: parts.reduce((s, p) => s + p.errors, 0), chars: parts.reduce((s, p) => s + p.chars, 0) };
          for (const key of [variant, lang, 'all']) add(tally, key, sum);
          process.stderr.write(`  ${name.padEnd(6)} ${variant}/${lang}: ${pages} pages in ${seconds.toFixed(1)} s (${cpu.toFixed(1)} CPU s), CER ${pct(sum)}\n`);
        }
      }
    }
  } finally {
    await pool.close();
    await rm(scratch, { recursive: true, force: true });
  }

  const rows = [...VARIANTS, ...SERVED_LANGUAGES, 'all'];
  const header = ['', 'pages', 'desk p/s', 'native p/s', 'speed ×', 'desk CPU s/p', 'native CPU s/p', 'CPU ×', 'desk CER', 'native CER', 'target'];
  const lines = rows.map((key) => {
    const d = desk.get(key);
    const n = native.get(key);
    const speed = ratio(d && d.pages / d.seconds, n && n.pages / n.seconds);
    // Pages per CPU second, desk over native: the throughput ratio on a machine with nothing else to do.
    const cpuSpeed = ratio(n && n.cpu / n.pages, d && d.cpu / d.pages);
    const target = key in TARGET_CER ? `≤ ${(TARGET_CER[key] * 100).toFixed(0)} %` : '';
    return [key, String((d ?? n)?.pages ?? 0), rate(d), rate(n), speed, cpuPerPage(d), cpuPerPage(n), cpuSpeed, pct(d), pct(n), target];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(format(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const l of lines) console.log(format(l));
  console.log(`desk pool: ${pool.stats.started} workers started, ${pool.stats.retired} retired, ${pool.stats.pages} pages`);
  console.log('Targets: CER ≤ 1 % clean, ≤ 2 % scan, ≤ 5 % photo, never worse than native; throughput ≥ 1.3× native.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
