import sharp from 'sharp';
import { fileTypeFromBuffer } from 'file-type';
import { readFileSync, readdirSync } from 'node:fs';
const d = '/work/shared/corpus/badinputs/';
for (const f of readdirSync(d)) {
  if (f.endsWith('.eml') || f.endsWith('.py') || f.endsWith('.md') || f.endsWith('.jsonl')) continue;
  const b = readFileSync(d + f);
  const t0 = performance.now();
  const ft = await fileTypeFromBuffer(b);
  let m = null; try { m = await sharp(b, { limitInputPixels: false }).metadata(); m = { format: m.format, w: m.width, h: m.height, pages: m.pages }; } catch (e) { m = 'ERR ' + e.message; }
  console.log(JSON.stringify(f), ft?.mime, JSON.stringify(m), Math.round(performance.now() - t0), 'ms');
}
