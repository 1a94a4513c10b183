import sharp from 'sharp';
import { estimateBackground, flattenLight, measureTextGeometry, type GreyImage } from '../server/ocr/page-geometry.ts';
async function grey(s: sharp.Sharp): Promise<GreyImage> { const { data, info } = await s.greyscale().raw().toBuffer({ resolveWithObject: true }); return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) }; }
for (const f of ['dev-en-housing-3.photo.jpg', 'dev-lt-heating-2.scan.jpg']) {
  const p = '/work/shared/corpus/scans/' + f;
  const small = await grey(sharp(p).resize({ width: 800 }));
  const work = await grey(sharp(p).resize({ width: 1300 }));
  const tiny = await grey(sharp(p).resize({ width: 163 }));
  for (let i = 0; i < 3; i++) {
    let t = performance.now(); const g = measureTextGeometry(small); const tg = performance.now() - t;
    t = performance.now(); const bg = estimateBackground(tiny, 3); const tb = performance.now() - t;
    const big = await grey(sharp(Buffer.from(work.data), { raw: { width: work.width, height: work.height, channels: 1 } }));
    t = performance.now(); flattenLight(work, big); const tf = performance.now() - t;
    console.log(f, 'geometry', tg.toFixed(1), 'bg', tb.toFixed(1), 'flatten', tf.toFixed(1), g);
  }
}
