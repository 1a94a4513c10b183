import { createWorker, PSM } from 'tesseract.js';
import sharp from 'sharp';
import { readFileSync } from 'node:fs';
import { characterErrorRate } from '../server/ocr/cer.ts';
const dir = '/work/shared/corpus/scans/';
const rows = readFileSync(dir + 'scans.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const langs = process.env.LANGS ?? 'lit+pol+rus+eng';
const params = JSON.parse(process.env.PARAMS ?? '{}');
const scale = Number(process.env.SCALE ?? 1);
const files = process.argv.slice(2);
const w = await createWorker(langs.split('+'), 1, { langPath: '/usr/share/tesseract-ocr/5/tessdata', gzip: false, cacheMethod: 'none' });
await w.setParameters({ tessedit_pageseg_mode: (process.env.PSM ?? '3') as PSM, ...params });
let tt = 0, te = 0, tn = 0;
for (const f of files) {
  const r = rows.find((x) => x.file === f);
  let img = sharp(dir + f).rotate().greyscale();
  const m = await sharp(dir + f).metadata();
  if (scale !== 1) img = img.resize(Math.round(m.width! * scale));
  const png = await img.png({ compressionLevel: Number(process.env.CL ?? 1) }).toBuffer();
  const t = Date.now();
  const res = await w.recognize(png);
  const c = characterErrorRate(res.data.text, r.text);
  tt += Date.now() - t; te += c.errors; tn += c.referenceLength;
  if (process.env.V) console.log(f, Date.now() - t, 'ms', 'cer', (c.cer * 100).toFixed(2));
}
console.log(JSON.stringify({ psm: process.env.PSM, scale, params }), 'avg', Math.round(tt / files.length), 'ms/page; CER', ((te / tn) * 100).toFixed(2) + '%');
await w.terminate();
