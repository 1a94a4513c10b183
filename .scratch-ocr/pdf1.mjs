import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readFileSync } from 'node:fs';
const f = process.argv[2];
const data = new Uint8Array(readFileSync(f));
const t0 = Date.now();
try {
  const doc = await pdfjs.getDocument({ data, isEvalSupported: false, enableScripting: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false }).promise;
  console.log('pages', doc.numPages, Date.now() - t0);
  const p = await doc.getPage(1);
  const tc = await p.getTextContent();
  console.log(JSON.stringify(tc.items.map(i => i.str).join('|')).slice(0, 400));
  const ops = await p.getOperatorList();
  console.log('ops', ops.fnArray.length, Date.now() - t0);
  await doc.destroy();
} catch (e) { console.log('ERR', e?.name, e?.message, Date.now() - t0); }
