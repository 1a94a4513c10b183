/**
 * Pure pixel arithmetic that makes a photographed or scanned page easier to read: flattening
 * uneven light, finding the skew angle and the size of the text. No I/O and no image library:
 * greyscale pixels in, numbers or pixels out (rasterize.adapter.ts does the decoding and resizing).
 *
 * Why these three, measured on ../shared/corpus/scans (see bench/README.md): phone photos have a
 * light gradient that makes tesseract's global threshold drop whole regions, are rotated by a few
 * degrees (tesseract's auto layout then splits lines and loses words), and come at ~150 dpi with no
 * resolution in the file, so the page must be scaled by the size of its own text.
 */

export interface GreyImage {
  width: number;
  height: number;
  /** One byte per pixel, row by row, 0 = black. */
  data: Uint8Array;
}

/** Otsu's threshold: the darkest class (ink) is every level ≤ the returned one. */
export function otsuThreshold(image: GreyImage): number {
  const histogram = new Float64Array(256);
  for (let i = 0; i < image.data.length; i++) histogram[image.data[i]]++;
  const total = image.data.length;
  let sumAll = 0;
  for (let g = 0; g < 256; g++) sumAll += g * histogram[g];
  let weightBelow = 0;
  let sumBelow = 0;
  let best = 127;
  let bestVariance = -1;
  for (let g = 0; g < 256; g++) {
    weightBelow += histogram[g];
    if (weightBelow === 0) continue;
    const weightAbove = total - weightBelow;
    if (weightAbove === 0) break;
    sumBelow += g * histogram[g];
    const meanBelow = sumBelow / weightBelow;
    const meanAbove = (sumAll - sumBelow) / weightAbove;
    const variance = weightBelow * weightAbove * (meanBelow - meanAbove) ** 2;
    if (variance > bestVariance) {
      bestVariance = variance;
      best = g;
    }
  }
  return best;
}

/**
 * Estimates the paper's brightness around each pixel of a small image: the brightest value in a
 * window (ink is dark and thin, so the maximum is paper), smoothed. Separable, O(pixels × radius).
 */
export function estimateBackground(small: GreyImage, radius: number): GreyImage {
  const { width, height } = small;
  const horizontal = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      let max = 0;
      const from = Math.max(0, x - radius);
      const to = Math.min(width - 1, x + radius);
      for (let k = from; k <= to; k++) if (small.data[row + k] > max) max = small.data[row + k];
      horizontal[row + x] = max;
    }
  }
  const out = new Uint8Array(width * height);
  for (let x = 0; x < width; x++) {
    for (let y = 0; y < height; y++) {
      let max = 0;
      const from = Math.max(0, y - radius);
      const to = Math.min(height - 1, y + radius);
      for (let k = from; k <= to; k++) if (horizontal[k * width + x] > max) max = horizontal[k * width + x];
      out[y * width + x] = max;
    }
  }
  return { width, height, data: out };
}

/**
 * Divides each pixel by the paper brightness behind it, so that paper becomes white everywhere
 * and ink keeps its contrast: the light gradient of a phone photo disappears. `background` must
 * have the same size as `image` (the adapter upsamples the small estimate smoothly). Rows
 * [fromRow, toRow) of `out` are written, so a caller can do a large page in slices.
 */
export function flattenLightRows(image: GreyImage, background: GreyImage, out: Uint8Array, fromRow: number, toRow: number): void {
  const table = divisionTable();
  const pixels = image.data;
  const paper = background.data;
  const end = Math.min(toRow, image.height) * image.width;
  for (let i = Math.max(0, fromRow) * image.width; i < end; i++) out[i] = table[(paper[i] << 8) | pixels[i]];
}

export function flattenLight(image: GreyImage, background: GreyImage): GreyImage {
  const out = new Uint8Array(image.data.length);
  flattenLightRows(image, background, out, 0, image.height);
  return { width: image.width, height: image.height, data: out };
}

/**
 * How much the paper's brightness varies over the page (grey levels between the 2nd and 98th
 * percentile of a background estimate, margins excluded): ~0 for a clean render, ~10 for a
 * flatbed scan, 60 and more for a phone photo lit from one side.
 */
export function lightSpread(background: GreyImage): number {
  const histogram = new Float64Array(256);
  const marginX = Math.floor(background.width * 0.05);
  const marginY = Math.floor(background.height * 0.05);
  let count = 0;
  for (let y = marginY; y < background.height - marginY; y++) {
    for (let x = marginX; x < background.width - marginX; x++) {
      histogram[background.data[y * background.width + x]]++;
      count++;
    }
  }
  if (count === 0) return 0;
  const level = (share: number) => {
    let seen = 0;
    for (let g = 0; g < 256; g++) if ((seen += histogram[g]) >= share * count) return g;
    return 255;
  };
  return level(0.98) - level(0.02);
}

let division: Uint8Array | undefined;
/** min(255, 255 · pixel / paper) for every (paper, pixel) pair: a lookup instead of a division. */
function divisionTable(): Uint8Array {
  if (division) return division;
  division = new Uint8Array(256 * 256);
  for (let paper = 0; paper < 256; paper++) {
    for (let pixel = 0; pixel < 256; pixel++) division[(paper << 8) | pixel] = Math.min(255, Math.round((pixel * 255) / Math.max(paper, 1)));
  }
  return division;
}

/** Ink pixels projected per candidate angle (see measureTextGeometry). */
const MAX_PROFILE_POINTS = 25_000;

export interface TextGeometry {
  /**
   * Slope of the text lines in degrees: positive when they run down to the right (the page lies
   * turned clockwise). Rotating by the negative of it (sharp's rotate() turns clockwise) levels them.
   */
  skewDegrees: number;
  /** Distance between baselines of body text, in pixels of the analysed image (null: no regular lines). */
  linePitch: number | null;
}

/**
 * Finds the skew and the line pitch from the ink of a (small, light-flattened) page. For each
 * candidate angle the ink is projected onto the page's vertical axis; text lines give the sharpest
 * profile (the largest sum of squared row counts) when the angle is right. The row profile at that
 * angle then repeats with the line pitch, found as the first strong peak of its autocorrelation.
 */
export function measureTextGeometry(small: GreyImage, options: { maxSkewDegrees?: number; stepDegrees?: number } = {}): TextGeometry {
  const maxSkew = options.maxSkewDegrees ?? 8;
  const step = options.stepDegrees ?? 0.1;
  const threshold = Math.min(otsuThreshold(small), 200);
  const { width, height, data } = small;
  // A margin of 2% ignores the dark border a photo has beyond the paper's edge.
  const marginX = Math.floor(width * 0.02);
  const marginY = Math.floor(height * 0.02);
  let ink = 0;
  for (let y = marginY; y < height - marginY; y++) {
    for (let x = marginX; x < width - marginX; x++) if (data[y * width + x] <= threshold) ink++;
  }
  if (ink < 50) return { skewDegrees: 0, linePitch: null };
  // A sample of the ink is plenty for a profile's sharpness and keeps this pass to a few
  // milliseconds on the event loop whatever the page holds. The sample is picked by a hash of the
  // position: taking every n-th pixel in reading order would add a false period to the profile.
  const keepOneIn = Math.max(1, Math.ceil(ink / MAX_PROFILE_POINTS));
  const xs = new Float64Array(Math.min(ink, MAX_PROFILE_POINTS * 2));
  const ys = new Float64Array(xs.length);
  let kept = 0;
  for (let y = marginY; y < height - marginY; y++) {
    for (let x = marginX; x < width - marginX; x++) {
      if (data[y * width + x] <= threshold && (keepOneIn === 1 || positionHash(x, y) % keepOneIn === 0) && kept < xs.length) {
        xs[kept] = x;
        ys[kept] = y;
        kept++;
      }
    }
  }
  const diagonal = Math.ceil(Math.hypot(width, height));
  const profile = new Float64Array(2 * diagonal + 1);
  const profileAt = (degrees: number): Float64Array => {
    profile.fill(0);
    const radians = (degrees * Math.PI) / 180;
    const sin = Math.sin(radians);
    const cos = Math.cos(radians);
    for (let i = 0; i < kept; i++) profile[Math.round(ys[i] * cos - xs[i] * sin) + diagonal]++;
    return profile;
  };
  const sharpness = (p: Float64Array): number => {
    let sum = 0;
    for (let i = 0; i < p.length; i++) sum += p[i] * p[i];
    return sum;
  };
  let bestAngle = 0;
  let bestScore = sharpness(profileAt(0));
  // Coarse search, then a fine one around the best coarse angle.
  const coarse = Math.max(step, 0.5);
  for (let a = -maxSkew; a <= maxSkew + 1e-9; a += coarse) {
    const score = sharpness(profileAt(a));
    if (score > bestScore) [bestScore, bestAngle] = [score, a];
  }
  const centre = bestAngle;
  for (let a = centre - coarse; a <= centre + coarse + 1e-9; a += step) {
    const score = sharpness(profileAt(a));
    if (score > bestScore) [bestScore, bestAngle] = [score, a];
  }
  return { skewDegrees: Math.round(bestAngle * 100) / 100, linePitch: linePitchOf(profileAt(bestAngle)) };
}

/** A well-mixed 32-bit hash of a pixel position (deterministic sampling). */
function positionHash(x: number, y: number): number {
  let h = Math.imul(x, 0x9e3779b1) ^ Math.imul(y, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

/** The period of a row profile: the lag of the highest autocorrelation peak after lag 0's lobe. */
export function linePitchOf(profile: Float64Array): number | null {
  let first = 0;
  while (first < profile.length && profile[first] === 0) first++;
  let last = profile.length - 1;
  while (last > first && profile[last] === 0) last--;
  const n = last - first + 1;
  if (n < 8) return null;
  let mean = 0;
  for (let i = first; i <= last; i++) mean += profile[i];
  mean /= n;
  const centred = new Float64Array(n);
  for (let i = 0; i < n; i++) centred[i] = profile[first + i] - mean;
  let zero = 0;
  for (let i = 0; i < n; i++) zero += centred[i] * centred[i];
  if (zero === 0) return null;
  const maxLag = Math.floor(n / 3);
  const correlation = new Float64Array(maxLag + 1);
  for (let lag = 1; lag <= maxLag; lag++) {
    let sum = 0;
    for (let i = 0; i + lag < n; i++) sum += centred[i] * centred[i + lag];
    correlation[lag] = sum / zero;
  }
  // Leave lag 0's lobe: walk down to the first minimum, then take the highest peak after it.
  let lag = 1;
  while (lag < maxLag && correlation[lag + 1] < correlation[lag]) lag++;
  let best = -1;
  let bestValue = 0.1; // weaker than this is not a regular pattern of lines
  for (let l = lag; l < maxLag; l++) {
    if (correlation[l] > correlation[l - 1] && correlation[l] >= correlation[l + 1] && correlation[l] > bestValue) {
      best = l;
      bestValue = correlation[l];
      // The first clear peak is the pitch; its multiples are echoes.
      break;
    }
  }
  return best > 0 ? best : null;
}

export interface Bounds {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The rectangle holding every pixel darker than `threshold`, widened by `margin` (within the
 * image); the whole image when it has no such pixel. Rows are scanned from each edge only as far
 * as the bounds found so far, so a page costs little more than its margins.
 */
export function contentBounds(image: GreyImage, threshold: number, margin = 0): Bounds {
  const { width, height, data } = image;
  const rowHasContent = (y: number) => {
    for (let i = y * width, end = i + width; i < end; i++) if (data[i] < threshold) return true;
    return false;
  };
  let top = 0;
  while (top < height && !rowHasContent(top)) top++;
  if (top === height) return { left: 0, top: 0, width, height };
  let bottom = height - 1;
  while (bottom > top && !rowHasContent(bottom)) bottom--;
  let left = width;
  let right = -1;
  for (let y = top; y <= bottom; y++) {
    const row = y * width;
    for (let x = 0; x < left; x++) {
      if (data[row + x] < threshold) {
        left = x;
        break;
      }
    }
    for (let x = width - 1; x > right; x--) {
      if (data[row + x] < threshold) {
        right = x;
        break;
      }
    }
  }
  left = Math.max(0, left - margin);
  top = Math.max(0, top - margin);
  right = Math.min(width - 1, right + margin);
  bottom = Math.min(height - 1, bottom + margin);
  return { left, top, width: right - left + 1, height: bottom - top + 1 };
}

/** The part of `image` inside `bounds` (the image itself when the bounds are all of it). */
export function cropTo(image: GreyImage, bounds: Bounds): GreyImage {
  if (bounds.width === image.width && bounds.height === image.height) return image;
  const data = new Uint8Array(bounds.width * bounds.height);
  for (let y = 0; y < bounds.height; y++) {
    const from = (bounds.top + y) * image.width + bounds.left;
    data.set(image.data.subarray(from, from + bounds.width), y * bounds.width);
  }
  return { width: bounds.width, height: bounds.height, data };
}
