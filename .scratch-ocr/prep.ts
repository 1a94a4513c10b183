import sharp from 'sharp';
import { estimateBackground, flattenLight, measureTextGeometry, type GreyImage } from '../server/ocr/page-geometry.ts';
export interface PrepOptions { flatten?: boolean; deskew?: boolean; scaleTo?: number | null; bgScale?: number; radius?: number }
async function raw(s: sharp.Sharp): Promise<GreyImage> {
  const { data, info } = await s.greyscale().raw().toBuffer({ resolveWithObject: true });
  if (info.channels !== 1) throw new Error('channels ' + info.channels);
  return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}
export async function prep(input: Buffer | string, o: PrepOptions) {
  const t0 = performance.now();
  let img = await raw(sharp(input).rotate());
  const timings: Record<string, number> = {};
  let info: any = {};
  if (o.flatten) {
    const f = o.bgScale ?? 8;
    const small = await raw(sharp(img.data, { raw: { width: img.width, height: img.height, channels: 1 } }).resize(Math.ceil(img.width / f), Math.ceil(img.height / f), { kernel: 'linear' }));
    const bg = estimateBackground(small, o.radius ?? 3);
    const big = await raw(sharp(bg.data, { raw: { width: bg.width, height: bg.height, channels: 1 } }).blur(1.5).resize(img.width, img.height, { kernel: 'linear', fit: 'fill' }));
    img = flattenLight(img, big);
    timings.flatten = performance.now() - t0;
  }
  if (o.deskew || o.scaleTo) {
    const f = Math.max(1, img.width / 1000);
    const small = await raw(sharp(img.data, { raw: { width: img.width, height: img.height, channels: 1 } }).resize(Math.round(img.width / f)));
    const g = measureTextGeometry(small);
    info = { skew: g.skewDegrees, pitch: g.linePitch && g.linePitch * f };
    timings.measure = performance.now() - t0;
    let s = sharp(img.data, { raw: { width: img.width, height: img.height, channels: 1 } });
    let changed = false;
    if (o.deskew && Math.abs(g.skewDegrees) >= 0.2) { s = s.rotate(-g.skewDegrees, { background: '#ffffff' }); changed = true; }
    if (o.scaleTo && g.linePitch) {
      const scale = Math.min(3, Math.max(0.4, o.scaleTo / (g.linePitch * f)));
      info.scale = scale;
      if (Math.abs(scale - 1) > 0.15) {
        if (changed) { img = await raw(s); s = sharp(img.data, { raw: { width: img.width, height: img.height, channels: 1 } }); }
        s = s.resize(Math.round(img.width * scale), null, { kernel: 'lanczos3' }); changed = true;
      }
    }
    if (changed) img = await raw(s);
  }
  const png = await sharp(img.data, { raw: { width: img.width, height: img.height, channels: 1 } }).png({ compressionLevel: 1 }).toBuffer();
  timings.total = performance.now() - t0;
  return { png, info, timings, width: img.width, height: img.height };
}
