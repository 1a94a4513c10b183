import { measureTextGeometry, otsuThreshold } from '../server/ocr/page-geometry.ts';
const width = 800, height = 1000, pitch = 30, skew = 1.5;
const slope = Math.tan(skew * Math.PI / 180);
const data = new Uint8Array(width * height);
let ink = 0;
for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) {
  const baseY = y - x * slope; const inMargin = x < 80 || x > width - 80 || baseY < 100 || baseY > height - 100;
  const inLine = ((baseY % pitch) + pitch) % pitch < 8; const inWord = x % 50 < 38;
  data[y * width + x] = !inMargin && inLine && inWord ? 49 : 245; if (data[y*width+x]===49) ink++;
}
console.log('ink', ink, 'otsu', otsuThreshold({ width, height, data }));
console.log(measureTextGeometry({ width, height, data }));
