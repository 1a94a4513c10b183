import { describe, expect, it } from 'vitest';
import { contentBounds, cropTo, estimateBackground, flattenLight, linePitchOf, measureTextGeometry, otsuThreshold, type GreyImage } from '../../server/ocr/page-geometry';

/**
 * A synthetic page: lines of "words" (dark dashes 8 px high) every `pitch` px, sloping by
 * `skewDegrees` (positive: down to the right), on paper of the given brightness function.
 */
function page(options: { width?: number; height?: number; pitch: number; skewDegrees?: number; paper?: (x: number, y: number) => number }): GreyImage {
  const width = options.width ?? 800;
  const height = options.height ?? 1000;
  const slope = Math.tan(((options.skewDegrees ?? 0) * Math.PI) / 180);
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const paper = options.paper ? options.paper(x, y) : 245;
      const baseY = y - x * slope; // where this pixel's line would be on a level page
      const inMargin = x < 80 || x > width - 80 || baseY < 100 || baseY > height - 100;
      const inLine = ((baseY % options.pitch) + options.pitch) % options.pitch < 8;
      const inWord = x % 50 < 38; // gaps between words
      data[y * width + x] = !inMargin && inLine && inWord ? Math.round(paper * 0.2) : paper;
    }
  }
  return { width, height, data };
}

describe('text geometry', () => {
  it.each([0, 1.5, -2.5, 4])('finds a skew of %f°', (skew) => {
    const geometry = measureTextGeometry(page({ pitch: 30, skewDegrees: skew }));
    expect(geometry.skewDegrees).toBeCloseTo(skew, 0);
    expect(Math.abs(geometry.skewDegrees - skew)).toBeLessThanOrEqual(0.2);
  });

  it.each([18, 24, 40])('finds a line pitch of %i px', (pitch) => {
    const geometry = measureTextGeometry(page({ pitch, skewDegrees: 1 }));
    expect(geometry.linePitch).not.toBeNull();
    expect(Math.abs((geometry.linePitch ?? 0) - pitch)).toBeLessThanOrEqual(1);
  });

  it('reports no pitch and no skew for a blank page', () => {
    const blank: GreyImage = { width: 200, height: 300, data: new Uint8Array(200 * 300).fill(250) };
    expect(measureTextGeometry(blank)).toEqual({ skewDegrees: 0, linePitch: null });
  });

  it('finds no pitch in a profile without repetition', () => {
    const profile = new Float64Array(300);
    profile.fill(5, 100, 140);
    expect(linePitchOf(profile)).toBeNull();
  });
});

describe('light flattening', () => {
  it('makes paper white under a strong light gradient and keeps the ink dark', () => {
    // Light falls from 250 on the left to 120 on the right, as on a phone photo.
    const image = page({ pitch: 30, paper: (x) => Math.round(250 - (130 * x) / 800) });
    // Before: the paper on the right is darker than half of the paper on the left.
    expect(image.data[500 * 800 + 790]).toBeLessThan(130);

    const small: GreyImage = { width: 100, height: 125, data: new Uint8Array(100 * 125) };
    for (let y = 0; y < 125; y++) for (let x = 0; x < 100; x++) small.data[y * 100 + x] = image.data[y * 8 * 800 + x * 8];
    const paperSmall = estimateBackground(small, 3);
    const paperFull = new Uint8Array(image.data.length);
    for (let y = 0; y < 1000; y++) for (let x = 0; x < 800; x++) paperFull[y * 800 + x] = paperSmall.data[Math.min(124, y >> 3) * 100 + Math.min(99, x >> 3)];
    const flat = flattenLight(image, { width: 800, height: 1000, data: paperFull });

    expect(flat.data[500 * 800 + 790]).toBeGreaterThan(240); // right margin: paper
    expect(flat.data[500 * 800 + 10]).toBeGreaterThan(240); // left margin: paper
    const inkRight = flat.data[(30 * 14 + 2) * 800 + 700]; // a word of the line at y = 420
    expect(inkRight).toBeLessThan(90);
  });

  it('splits a bimodal histogram between its modes', () => {
    const data = new Uint8Array(1000);
    data.fill(30, 0, 200);
    data.fill(220, 200);
    const t = otsuThreshold({ width: 1000, height: 1, data });
    expect(t).toBeGreaterThanOrEqual(30);
    expect(t).toBeLessThan(220);
  });
});

describe('blank margins', () => {
  it('finds the content and keeps the asked margin around it', () => {
    // Lines of words from x 80 to 720, every 30 px from y 120 to ~900 (see page()).
    const image = page({ pitch: 30 });
    const bounds = contentBounds(image, 195, 10);
    expect(bounds.left).toBe(70);
    expect(bounds.top).toBe(110); // the first line starts at y 120
    expect(bounds.left + bounds.width).toBeGreaterThanOrEqual(700);
    expect(bounds.left + bounds.width).toBeLessThanOrEqual(731);
    expect(bounds.top + bounds.height).toBeGreaterThan(870);
    expect(bounds.top + bounds.height).toBeLessThanOrEqual(911);
    const cropped = cropTo(image, bounds);
    expect([cropped.width, cropped.height]).toEqual([bounds.width, bounds.height]);
    // Every dark pixel of the page is still there.
    const dark = (g: GreyImage) => g.data.reduce((n, v) => n + (v < 195 ? 1 : 0), 0);
    expect(dark(cropped)).toBe(dark(image));
  });

  it('never goes past the edge, and leaves a blank page whole', () => {
    const edge = new Uint8Array(100 * 50).fill(255);
    edge[0] = 0;
    edge[100 * 50 - 1] = 0;
    expect(contentBounds({ width: 100, height: 50, data: edge }, 195, 20)).toEqual({ left: 0, top: 0, width: 100, height: 50 });
    const blank: GreyImage = { width: 100, height: 50, data: new Uint8Array(100 * 50).fill(250) };
    expect(contentBounds(blank, 195, 20)).toEqual({ left: 0, top: 0, width: 100, height: 50 });
    expect(cropTo(blank, contentBounds(blank, 195))).toBe(blank);
  });
});
