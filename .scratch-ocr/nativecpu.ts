import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { characterErrorRate } from '../server/ocr/cer.ts';
const dir = '/work/shared/corpus/scans/';
const rows = readFileSync(dir + 'scans.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const variants = (process.env.VARIANTS ?? 'clean,scan,photo').split(',');
const per = Number(process.env.PER ?? 1);
const picked: any[] = [];
for (const lang of ['lt', 'pl', 'ru', 'en']) for (const v of variants) picked.push(...rows.filter((r) => r.lang === lang && r.variant === v).slice(Number(process.env.SKIP ?? 0), Number(process.env.SKIP ?? 0) + per));
const agg: Record<string, [number, number]> = {}; let cpu = 0;
for (const r of picked) {
  const out = execFileSync('/usr/bin/time', ['-f', '%U %S', '-o', '/tmp/exp/time.txt', 'tesseract', dir + r.file, '-', '-l', 'lit+pol+rus+eng', '--psm', process.env.PSM ?? '3'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  const [u, s] = readFileSync('/tmp/exp/time.txt', 'utf8').trim().split(' ').map(Number); cpu += (u + s) * 1000;
  const e = characterErrorRate(out, r.text);
  (agg[r.variant] ??= [0, 0]); agg[r.variant][0] += e.errors; agg[r.variant][1] += e.referenceLength;
}
console.log('native', Math.round(cpu / picked.length), 'ms cpu/page', Object.entries(agg).map(([k, [e, n]]) => `${k}=${((e / n) * 100).toFixed(2)}%`).join(' '));
