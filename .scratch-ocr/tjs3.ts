import { createWorker, PSM } from 'tesseract.js';
import sharp from 'sharp';
import { readFileSync } from 'node:fs';
const w = await createWorker(['lit','pol','rus','eng'], 1, { langPath: '/usr/share/tesseract-ocr/5/tessdata', gzip: false, cacheMethod: 'none' });
const blank = await sharp({ create: { width: 2480, height: 3508, channels: 3, background: "#ffffff" } }).greyscale().png({ compressionLevel: 1 }).toBuffer();
for (let i = 0; i < 3; i++) { const t = Date.now(); await w.recognize(blank); console.log('blank', Date.now() - t); }
const img = readFileSync('/work/shared/corpus/scans/dev-ru-archive-2.clean.png');
for (const out of [{ text: false, blocks: false, layoutBlocks: true }, { text: true }]) {
  const t = Date.now(); await w.recognize(img, {}, out as any); console.log(JSON.stringify(out), Date.now() - t);
}
await w.terminate();
