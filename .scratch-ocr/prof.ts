import { createWorker } from 'tesseract.js';
import { readFileSync } from 'node:fs';
const w = await createWorker(['lit', 'pol', 'rus', 'eng'], 1, { langPath: '/usr/share/tesseract-ocr/5/tessdata', gzip: false, cacheMethod: 'none' });
for (const f of ['dev-ru-archive-2.clean.png', 'dev-en-housing-3.clean.png', 'dev-lt-transport-3.clean.png']) await w.recognize(readFileSync('/work/shared/corpus/scans/' + f));
await w.terminate();
