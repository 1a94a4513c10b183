import { createWorker, PSM } from 'tesseract.js';
import { readFileSync } from 'node:fs';
import { characterErrorRate } from '../server/ocr/cer.ts';
import { prep } from './prep.ts';
const dir = '/work/shared/corpus/scans/';
const rows = readFileSync(dir + 'scans.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const configs = JSON.parse(process.env.CONFIGS!);
const variants = (process.env.VARIANTS ?? 'clean,scan,photo').split(',');
const per = Number(process.env.PER ?? 1);
const picked: any[] = [];
for (const lang of ['lt', 'pl', 'ru', 'en']) for (const v of variants) picked.push(...rows.filter((r) => r.lang === lang && r.variant === v).slice(Number(process.env.SKIP ?? 0), Number(process.env.SKIP ?? 0) + per));
const prepped = new Map<string, Map<string, Buffer>>();
for (const c of configs) {
  const key = JSON.stringify(c.prep);
  if (!prepped.has(key)) {
    const m = new Map(); let cpu0 = process.cpuUsage();
    for (const r of picked) m.set(r.file, (await prep(dir + r.file, c.prep)).png);
    const cu = process.cpuUsage(cpu0); console.log('prep', key, Math.round((cu.user + cu.system) / 1000 / picked.length), 'ms cpu/page');
    prepped.set(key, m);
  }
}
for (const c of configs) {
  const w = await createWorker(c.langs ?? ['lit', 'pol', 'rus', 'eng'], 1, { langPath: '/usr/share/tesseract-ocr/5/tessdata', gzip: false, cacheMethod: 'none' }, c.init ?? {});
  await w.setParameters({ tessedit_pageseg_mode: String(c.psm ?? 3) as PSM, ...(c.params ?? {}) });
  const agg: Record<string, [number, number]> = {};
  const cpu0 = process.cpuUsage(); const t0 = Date.now();
  for (const r of picked) {
    if (c.oracle) { await w.reinitialize(({lt:"lit",pl:"pol",ru:"rus",en:"eng"} as any)[r.lang], 1); }
    const res = await w.recognize(prepped.get(JSON.stringify(c.prep))!.get(r.file)!);
    const e = characterErrorRate(res.data.text, r.text);
    (agg[r.variant] ??= [0, 0]); agg[r.variant][0] += e.errors; agg[r.variant][1] += e.referenceLength;
    if (process.env.V) console.log('  ', r.file, (e.cer * 100).toFixed(2));
  }
  const cu = process.cpuUsage(cpu0);
  console.log(JSON.stringify(c), Math.round((cu.user + cu.system) / 1000 / picked.length), 'ms cpu/page', Math.round((Date.now() - t0) / picked.length), 'ms wall/page', Object.entries(agg).map(([k, [e, n]]) => `${k}=${((e / n) * 100).toFixed(2)}%`).join(' '));
  await w.terminate();
}
