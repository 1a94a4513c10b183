import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { characterErrorRate } from '../server/ocr/cer.ts';
import { prep } from './prep.ts';
const dir = '/work/shared/corpus/scans/';
const rows = readFileSync(dir + 'scans.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const opts = JSON.parse(process.env.OPTS ?? '{}');
const psm = process.env.PSM ?? '3';
const variants = (process.env.VARIANTS ?? 'photo').split(',');
const per = Number(process.env.PER ?? 2);
const picked: any[] = [];
for (const lang of ['lt', 'pl', 'ru', 'en']) for (const v of variants) picked.push(...rows.filter((r) => r.lang === lang && r.variant === v).slice(0, per));
let E = 0, N = 0, cpu = 0;
for (const r of picked) {
  const p = await prep(dir + r.file, opts);
  writeFileSync('/tmp/exp/p.png', p.png);
  const t = process.hrtime.bigint();
  const out = execFileSync('tesseract', ['/tmp/exp/p.png', '-', '-l', 'lit+pol+rus+eng', '--psm', psm, ...(process.env.EXTRA ?? '').split(' ').filter(Boolean)], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  cpu += Number(process.hrtime.bigint() - t) / 1e6;
  const c = characterErrorRate(out, r.text); E += c.errors; N += c.referenceLength;
  if (process.env.V) console.log(r.file, (c.cer * 100).toFixed(2), JSON.stringify(p.info), Math.round(p.timings.total) + 'ms');
}
console.log(JSON.stringify(opts), 'psm', psm, 'CER', ((E / N) * 100).toFixed(2) + '%', Math.round(cpu / picked.length), 'ms/page tess');
