import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createWorker, PSM } from 'tesseract.js';
import { characterErrorRate, normaliseForCer } from '../server/ocr/cer.ts';
import { preparePage } from '../server/ocr/page-image.adapter.ts';
const dir = '/work/shared/corpus/scans/';
const rows = readFileSync(dir + 'scans.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
function diff(out: string, ref: string) {
  const a = normaliseForCer(out).split(' '), b = normaliseForCer(ref).split(' ');
  const n = a.length, m = b.length; const L = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) L[i][j] = a[i] === b[j] ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
  let i = 0, j = 0; const d: string[] = [];
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) { i++; j++; continue; }
    const da: string[] = [], db: string[] = [];
    while ((i < n || j < m) && !(i < n && j < m && a[i] === b[j])) { if (j < m && (i >= n || L[i][j + 1] >= L[i + 1][j])) db.push(b[j++]); else da.push(a[i++]); }
    d.push(`[${da.join(' ')}]≠[${db.join(' ')}]`);
  }
  return d.join('  ');
}
const w = await createWorker(['lit', 'pol', 'rus', 'eng'], 1, { langPath: '/usr/share/tesseract-ocr/5/tessdata', gzip: false, cacheMethod: 'none' }, 'tessedit_do_invert 0');
await w.setParameters({ tessedit_pageseg_mode: (process.env.PSM ?? '3') as PSM });
for (const f of process.argv.slice(2)) {
  const r = rows.find((x) => x.file === f);
  const p = await preparePage({ kind: 'encoded', bytes: readFileSync(dir + f) }, { maxPixels: 1e8, targetLinePitch: Number(process.env.PITCH ?? 28) });
  writeFileSync('/tmp/exp/cmp.png', p.png);
  const desk = (await w.recognize(p.png)).data.text;
  const nat = execFileSync('tesseract', [dir + f, 'stdout', '-l', 'lit+pol+rus+eng'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  console.log(`== ${f} scale ${p.scale.toFixed(2)} skew ${p.skewDegrees} desk ${(characterErrorRate(desk, r.text).cer * 100).toFixed(2)} native ${(characterErrorRate(nat, r.text).cer * 100).toFixed(2)}`);
  console.log('  desk  :', diff(desk, r.text));
  console.log('  native:', diff(nat, r.text));
}
await w.terminate();
