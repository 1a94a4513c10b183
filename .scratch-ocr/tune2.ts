import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createWorker, PSM } from 'tesseract.js';
import { characterErrorRate } from '../server/ocr/cer.ts';
import { preparePage } from './page-image-x.ts';
import { renderPdfPage } from '../server/ocr/pdf-render.adapter.ts';
const dir = '/work/shared/corpus/scans/';
const rows = readFileSync(dir + 'scans.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const configs: any[] = JSON.parse(process.env.CONFIGS!);
const variants = (process.env.VARIANTS ?? 'clean,scan,photo').split(',');
const per = Number(process.env.PER ?? 1), skip = Number(process.env.SKIP ?? 0);
const picked: any[] = [];
for (const lang of ['lt', 'pl', 'ru', 'en']) for (const v of variants) picked.push(...rows.filter((r) => r.lang === lang && r.variant === v && r.pages === 1).slice(skip, skip + per));
const workers = await Promise.all(configs.map(async (c) => { const w = await createWorker(c.langs ?? ['lit', 'pol', 'rus', 'eng'], 1, { langPath: '/usr/share/tesseract-ocr/5/tessdata', gzip: false, cacheMethod: 'none' }, c.init ?? 'tessedit_do_invert 0'); await w.setParameters({ tessedit_pageseg_mode: String(c.psm ?? 3) as PSM, ...(c.params ?? {}) }); return w; }));
const agg = configs.map(() => ({ cpu: 0, prep: 0, v: {} as Record<string, [number, number]> }));
const nat = { cpu: 0, v: {} as Record<string, [number, number]> };
const add = (v: Record<string, [number, number]>, k: string, e: { errors: number; referenceLength: number }) => { for (const key of [k, 'all']) { (v[key] ??= [0, 0]); v[key][0] += e.errors; v[key][1] += e.referenceLength; } };
const fmt = (v: Record<string, [number, number]>) => Object.entries(v).map(([k, [e, n]]) => `${k}=${((e / n) * 100).toFixed(2)}%`).join(' ');
for (const r of picked) {
  const bytes = readFileSync(dir + r.file);
  if (!process.env.NONATIVE) {
    const out = execFileSync('/usr/bin/time', ['-f', '%U %S', '-o', '/tmp/exp/time.txt', 'tesseract', dir + r.file, 'stdout', '-l', 'lit+pol+rus+eng'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: ['ignore', 'pipe', 'ignore'] }).toString();
    const [u, s] = readFileSync('/tmp/exp/time.txt', 'utf8').trim().split(' ').map(Number); nat.cpu += u + s;
    add(nat.v, r.variant, characterErrorRate(out, r.text));
  }
  for (let i = 0; i < configs.length; i++) {
    const c = configs[i];
    let c0 = process.cpuUsage();
    const pic = r.file.endsWith('.pdf') ? { kind: 'grey' as const, image: await renderPdfPage(bytes, 1, { dpi: 300, maxPixels: 1e8, pageSizeInches: { width: 8.27, height: 11.69 } }) } : { kind: 'encoded' as const, bytes };
    const p = await preparePage(pic, { maxPixels: 1e8, targetLinePitch: c.pitch ?? 28, ...c });
    let cu = process.cpuUsage(c0); agg[i].prep += (cu.user + cu.system) / 1e6;
    c0 = process.cpuUsage();
    const res = await workers[i].recognize(c.raw ? bytes : p.png);
    cu = process.cpuUsage(c0); agg[i].cpu += (cu.user + cu.system) / 1e6;
    const e = characterErrorRate(res.data.text, r.text); add(agg[i].v, r.variant, e);
    if (process.env.V) console.log('  ', i, r.file, (e.cer * 100).toFixed(2));
  }
}
const n = picked.length;
if (!process.env.NONATIVE) console.log('native', (nat.cpu / n * 1000).toFixed(0), 'ms cpu/page', fmt(nat.v));
configs.forEach((c, i) => console.log(JSON.stringify(c), 'prep', (agg[i].prep / n * 1000).toFixed(0), 'ocr', (agg[i].cpu / n * 1000).toFixed(0), 'total', ((agg[i].prep + agg[i].cpu) / n * 1000).toFixed(0), 'ms cpu/page', ' speed×', (nat.cpu / (agg[i].prep + agg[i].cpu)).toFixed(2), fmt(agg[i].v)));
await Promise.all(workers.map((w) => w.terminate()));
