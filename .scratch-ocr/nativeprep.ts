import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { characterErrorRate } from '../server/ocr/cer.ts';
import { prep } from './prep.ts';
const dir = '/work/shared/corpus/scans/';
const rows = readFileSync(dir + 'scans.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const picked: any[] = [];
for (const lang of ['lt', 'pl', 'ru', 'en']) for (const v of ['clean', 'scan', 'photo']) picked.push(...rows.filter((r) => r.lang === lang && r.variant === v).slice(0, 1));
let cpu = 0, E = 0, N = 0;
for (const r of picked) {
  writeFileSync('/tmp/exp/np.png', (await prep(dir + r.file, JSON.parse(process.env.OPTS!))).png);
  const out = execFileSync('/usr/bin/time', ['-f', '%U %S', '-o', '/tmp/exp/time.txt', 'tesseract', '/tmp/exp/np.png', '-', '-l', process.env.L ?? 'lit+pol+rus+eng', '--psm', '3', '-c', 'tessedit_do_invert=0'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  const [u, s] = readFileSync('/tmp/exp/time.txt', 'utf8').trim().split(' ').map(Number); cpu += (u + s) * 1000;
  const e = characterErrorRate(out, r.text); E += e.errors; N += e.referenceLength;
}
console.log(process.env.OPTS, 'native', Math.round(cpu / picked.length), 'ms cpu/page CER', (E / N * 100).toFixed(2));
