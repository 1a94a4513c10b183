import { createWorker, PSM } from 'tesseract.js';
import { readFileSync } from 'node:fs';
import { characterErrorRate } from '../server/ocr/cer.ts';
const dir = '/work/shared/corpus/scans/';
const rows = readFileSync(dir + 'scans.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const langs = process.env.LANGS ?? 'lit+pol+rus+eng';
const t0 = Date.now();
const w = await createWorker(langs.split('+'), 1, { langPath: '/usr/share/tesseract-ocr/5/tessdata', gzip: false, cacheMethod: 'none' });
console.log('init', Date.now() - t0);
await w.setParameters({ tessedit_pageseg_mode: (process.env.PSM ?? '3') as PSM });
for (const f of process.argv.slice(2)) {
  const r = rows.find((x) => x.file === f);
  const t = Date.now();
  const res = await w.recognize(readFileSync(dir + f));
  console.log(f, Date.now() - t, 'ms', 'conf', res.data.confidence, 'cer', (characterErrorRate(res.data.text, r.text).cer * 100).toFixed(2));
}
await w.terminate();
