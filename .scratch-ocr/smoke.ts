import { readFileSync } from 'node:fs';
import { extractText } from '../server/ocr/extract-text.ts';
import { TesseractPool } from '../server/ocr/tesseract-pool.adapter.ts';
import { DEFAULT_FILE_LIMITS } from '../server/intake/inspect-file.ts';
import { characterErrorRate } from '../server/ocr/cer.ts';
const dir = '/work/shared/corpus/scans/';
const rows = readFileSync(dir + 'scans.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const pool = new TesseractPool({ langPath: '/usr/share/tesseract-ocr/5/tessdata', workers: 2 });
for (const f of process.argv.slice(2)) {
  const t = performance.now();
  const path = f.includes('/') ? f : dir + f;
  try {
    const res = await extractText({ recognizer: pool, limits: DEFAULT_FILE_LIMITS }, readFileSync(path), 'x', { languages: ['lt', 'pl', 'ru', 'en'], onPage: (d, n) => console.log('  page', d, '/', n) });
    const r = rows.find((x) => x.file === f);
    const text = res.pages.map((p) => p.text).join('\n');
    console.log(f, Math.round(performance.now() - t), 'ms', res.pages.map((p) => `${p.page}:${p.source}:${p.confidence}`).join(' '), r ? 'CER ' + (characterErrorRate(text, r.text).cer * 100).toFixed(2) : JSON.stringify(text.slice(0, 150)));
  } catch (e: any) { console.log(f, 'ERROR', e.name, e.reason, e.message); }
}
await pool.close();
console.log(pool.stats);
