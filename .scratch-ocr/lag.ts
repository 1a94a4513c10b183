import { monitorEventLoopDelay } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { extractText } from '../server/ocr/extract-text.ts';
import { TesseractPool } from '../server/ocr/tesseract-pool.adapter.ts';
import { DEFAULT_FILE_LIMITS } from '../server/intake/inspect-file.ts';
const pool = new TesseractPool({ langPath: '/usr/share/tesseract-ocr/5/tessdata', workers: 2 });
for (const f of process.argv.slice(2)) {
  const h = monitorEventLoopDelay({ resolution: 10 }); h.enable();
  const t = performance.now();
  const r = await extractText({ recognizer: pool, limits: DEFAULT_FILE_LIMITS }, readFileSync(f), '', { languages: ['lt', 'pl', 'ru', 'en'] });
  h.disable();
  console.log(f.split('/').pop(), Math.round(performance.now() - t), 'ms; max loop delay', Math.round(h.max / 1e6), 'ms; p99', Math.round(h.percentile(99) / 1e6), r.pages.map((p) => p.source + ':' + JSON.stringify(p.text.slice(0, 80))).join(' | '));
}
await pool.close();
