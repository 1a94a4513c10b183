/**
 * Render + sign benchmark for reply letters: a one-page and a three-page demo letter in every
 * served language, timed after a warm-up. Prints median and p95 in milliseconds for the whole
 * (render + PAdES sign) and for each half. Not part of `npm test`; it never fails on a timing.
 *
 *   npx tsx bench/pdf.ts [--iterations 60] [--warmup 15]
 */
import os from 'node:os';
import path from 'node:path';
import { SERVED_LANGUAGES } from '../server/languages.js';
import { DEMO_LETTER_LENGTHS, demoLetter } from '../tests/fixtures/letters/demo-letters.js';
import { signatureInfoFor } from '../server/replies/sign-letter.js';
import { renderLetterPdf } from '../server/replies/pdf/render-letter-pdf.js';
import { ensureDemoCertificate } from '../server/replies/signing/demo-certificate.adapter.js';
import { createP12Signer } from '../server/replies/signing/p12-key.adapter.js';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

const iterations = option('iterations', 60);
const warmup = option('warmup', 15);

function percentile(sorted: number[], p: number): number {
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

const certificate = ensureDemoCertificate(path.join(os.tmpdir(), 'petition-desk-bench'));
const signer = createP12Signer(certificate);

interface Row {
  letter: string;
  pages: number;
  kb: number;
  total: number[];
  render: number[];
  sign: number[];
}

const cases = SERVED_LANGUAGES.flatMap((lang) =>
  DEMO_LETTER_LENGTHS.map((length) => {
    const letter = demoLetter(lang, length);
    return { letter, info: signatureInfoFor(letter), row: { letter: `${lang} ${length}`, pages: 0, kb: 0, total: [], render: [], sign: [] } as Row };
  }),
);

// Warm up every letter first (JIT, font caches), then measure in rounds over all letters, so a
// burst of load on the machine spreads over every row instead of spoiling one.
for (let round = 0; round < warmup + iterations; round++) {
  for (const { letter, info, row } of cases) {
    const start = performance.now();
    const unsigned = await renderLetterPdf(letter);
    const rendered = performance.now();
    const signed = await signer.sign(unsigned, info);
    const end = performance.now();
    if (round < warmup) continue;
    row.render.push(rendered - start);
    row.sign.push(end - rendered);
    row.total.push(end - start);
    row.kb = signed.byteLength / 1024;
    row.pages = (Buffer.from(unsigned).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  }
}
const rows = cases.map((c) => c.row);

const fmt = (n: number) => n.toFixed(1).padStart(7);
console.log(`PDF letters: render + PAdES sign, ${iterations} runs each after ${warmup} warm-up rounds, Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'}`);
console.log('letter       pages    KB | total med  total p95 | render med  sign med');
for (const row of rows) {
  const total = [...row.total].sort((a, b) => a - b);
  const render = [...row.render].sort((a, b) => a - b);
  const sign = [...row.sign].sort((a, b) => a - b);
  console.log(
    `${row.letter.padEnd(12)} ${String(row.pages).padStart(5)} ${row.kb.toFixed(0).padStart(5)} | ${fmt(percentile(total, 50))}    ${fmt(percentile(total, 95))} | ${fmt(percentile(render, 50))}   ${fmt(percentile(sign, 50))}`,
  );
}
const onePage = rows.filter((r) => r.letter.endsWith('short')).flatMap((r) => r.total).sort((a, b) => a - b);
console.log(`1-page letters, all languages: median ${percentile(onePage, 50).toFixed(1)} ms (target < 60 ms)`);
