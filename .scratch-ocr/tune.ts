import { createWorker, PSM } from 'tesseract.js';
import { readFileSync } from 'node:fs';
import { characterErrorRate } from '../server/ocr/cer.ts';
import { preparePage } from '../server/ocr/page-image.adapter.ts';
import { renderPdfPage } from '../server/ocr/pdf-render.adapter.ts';
const dir = '/work/shared/corpus/scans/';
const rows = readFileSync(dir + 'scans.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const configs = JSON.parse(process.env.CONFIGS!);
const variants = (process.env.VARIANTS ?? 'clean,scan,photo').split(',');
const per = Number(process.env.PER ?? 1), skip = Number(process.env.SKIP ?? 0);
const picked: any[] = [];
for (const lang of ['lt', 'pl', 'ru', 'en']) for (const v of variants) picked.push(...rows.filter((r) => r.lang === lang && r.variant === v && r.pages === 1).slice(skip, skip + per));
const cache = new Map<string, Buffer[]>();
async function pngsFor(pitch: number): Promise<Buffer[]> {
  if (cache.has(String(pitch))) return cache.get(String(pitch))!;
  const out: Buffer[] = []; const c0 = process.cpuUsage(); const t0 = performance.now();
  for (const r of picked) {
    const bytes = readFileSync(dir + r.file);
    const pic = r.file.endsWith('.pdf') ? { kind: 'grey' as const, image: await renderPdfPage(bytes, 1, { dpi: 300, maxPixels: 1e8, pageSizeInches: { width: 8.27, height: 11.69 } }) } : { kind: 'encoded' as const, bytes };
    const p = await preparePage(pic, { maxPixels: 1e8, targetLinePitch: pitch });
    if (process.env.V) console.log('  ', r.file, p.width + 'x' + p.height, 'skew', p.skewDegrees, 'scale', p.scale.toFixed(2));
    out.push(p.png);
  }
  const cu = process.cpuUsage(c0);
  console.log('prep pitch', pitch, Math.round((cu.user + cu.system) / 1000 / picked.length), 'ms cpu/page', Math.round((performance.now() - t0) / picked.length), 'ms wall/page');
  cache.set(String(pitch), out); return out;
}
for (const c of configs) {
  const pngs = await pngsFor(c.pitch);
  const w = await createWorker(c.langs ?? ['lit', 'pol', 'rus', 'eng'], 1, { langPath: '/usr/share/tesseract-ocr/5/tessdata', gzip: false, cacheMethod: 'none' }, c.init ?? 'tessedit_do_invert 0');
  await w.setParameters({ tessedit_pageseg_mode: String(c.psm ?? 3) as PSM, ...(c.params ?? {}) });
  const agg: Record<string, [number, number]> = {};
  const cpu0 = process.cpuUsage(); const t0 = Date.now();
  for (let i = 0; i < picked.length; i++) {
    const r = picked[i];
    const res = await w.recognize(pngs[i]);
    const e = characterErrorRate(res.data.text, r.text);
    (agg[r.variant] ??= [0, 0]); agg[r.variant][0] += e.errors; agg[r.variant][1] += e.referenceLength;
    (agg.all ??= [0, 0]); agg.all[0] += e.errors; agg.all[1] += e.referenceLength;
    if (process.env.V) console.log('  ', r.file, (e.cer * 100).toFixed(2), 'conf', res.data.confidence);
  }
  const cu = process.cpuUsage(cpu0);
  console.log(JSON.stringify(c), Math.round((cu.user + cu.system) / 1000 / picked.length), 'ms cpu/page', Math.round((Date.now() - t0) / picked.length), 'ms wall', Object.entries(agg).map(([k, [e, n]]) => `${k}=${((e / n) * 100).toFixed(2)}%`).join(' '));
  await w.terminate();
}
