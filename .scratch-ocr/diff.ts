import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { normaliseForCer } from '../server/ocr/cer.ts';
const dir = '/work/shared/corpus/scans/';
const rows = readFileSync(dir + 'scans.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const [file, langs = 'lit+pol+rus+eng', psm = '3', input] = process.argv.slice(2);
const r = rows.find((x) => x.file === file);
const out = execFileSync('tesseract', [input ?? dir + file, '-', '-l', langs, '--psm', psm], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
const a = normaliseForCer(out).split(' '), b = normaliseForCer(r.text).split(' ');
// word-level diff via LCS
const n = a.length, m = b.length; const L = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) L[i][j] = a[i] === b[j] ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
let i = 0, j = 0; const diffs: string[] = [];
while (i < n || j < m) {
  if (i < n && j < m && a[i] === b[j]) { i++; j++; continue; }
  const da: string[] = [], db: string[] = [];
  while ((i < n || j < m) && !(i < n && j < m && a[i] === b[j])) { if (j < m && (i >= n || L[i][j + 1] >= L[i + 1][j])) db.push(b[j++]); else da.push(a[i++]); }
  diffs.push(`[${da.join(' ')}] ≠ [${db.join(' ')}]`);
}
console.log(diffs.join('\n'));
