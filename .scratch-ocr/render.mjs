import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
const f = '/work/shared/corpus/scans/dev-en-housing-1.scan.pdf';
const data = new Uint8Array(readFileSync(f));
for (let i = 0; i < 3; i++) {
  const c0 = process.cpuUsage(); const t0 = performance.now();
  const doc = await pdfjs.getDocument({ data: data.slice(), isEvalSupported: false, enableScripting: false, verbosity: 0 }).promise;
  const page = await doc.getPage(1);
  const vp = page.getViewport({ scale: 300 / 72 });
  const canvasFactory = doc.canvasFactory;
  const { canvas, context } = canvasFactory.create(Math.ceil(vp.width), Math.ceil(vp.height));
  let maxBlock = 0, last = performance.now();
  const iv = setInterval(() => { const n = performance.now(); maxBlock = Math.max(maxBlock, n - last); last = n; }, 5);
  await page.render({ canvasContext: context, viewport: vp, canvas }).promise;
  const png = canvas.toBuffer('image/png');
  clearInterval(iv);
  const c = process.cpuUsage(c0);
  console.log('pdfjs', Math.round(performance.now() - t0), 'ms wall', Math.round((c.user + c.system) / 1000), 'ms cpu', 'maxBlock', Math.round(maxBlock), vp.width, vp.height, png.length);
  await doc.destroy();
}
const t1 = performance.now();
const out = execFileSync('pdftoppm', ['-r', '300', '-gray', '-f', '1', '-l', '1', f]);
console.log('pdftoppm', Math.round(performance.now() - t1), 'ms', out.length);
