import { readFileSync } from 'node:fs';
import { inspectFile, DEFAULT_FILE_LIMITS } from '../server/intake/inspect-file.ts';
const d = '/work/shared/corpus/badinputs/';
const rows = readFileSync(d + 'badinputs.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((r) => !r.file.endsWith('.eml'));
for (const r of rows) {
  const t = performance.now(); const m0 = process.memoryUsage().rss;
  const res = await inspectFile(readFileSync(d + r.file), r.upload_name ?? r.file, DEFAULT_FILE_LIMITS);
  console.log(r.outcome.padEnd(16), JSON.stringify(res), Math.round(performance.now() - t) + 'ms', Math.round((process.memoryUsage().rss - m0) / 1e6) + 'MB');
}
