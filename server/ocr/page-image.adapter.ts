/**
 * Turns one page picture (a scan, a phone photo, a rendered PDF page) into the image tesseract
 * reads best, with sharp: EXIF orientation applied, greyscale, uneven light flattened, the skew
 * removed, oversized pages scaled down by the size of their own text, blank margins cut off. Each
 * correction is made only when the page needs it: a clean page goes through at its size (measured:
 * every resampling or filter costs a clean page a little accuracy, and CPU).
 *
 * Why scale by the text and not by a nominal 300 dpi: the files carry no trustworthy resolution
 * (the corpus JPEGs and PNGs all say 72 dpi; phone photos are ~150 dpi of a page), and tesseract's
 * LSTM reads each line at a fixed height whatever the input size, so extra pixels only slow its
 * layout analysis. Measured on ../shared/corpus/scans (bench/README.md): a baseline-to-baseline
 * pitch of 40 px (≈ 220 dpi for 11 pt text) reads as well as 300 dpi with less CPU; scaling
 * further down loses small glyphs (@ read as Q); scaling up a 150 dpi photo gains nothing.
 *
 * sharp's work runs on libuv's thread pool. The JavaScript pixel loops touch an 800-pixel-wide
 * copy, except the light flattening of a whole photo, which is done in slices that yield to the
 * event loop.
 */
import sharp from 'sharp';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { PageImage } from './text-recognizer.js';
import { contentBounds, cropTo, estimateBackground, flattenLightRows, lightSpread, measureTextGeometry, type GreyImage } from './page-geometry.js';

/** The baseline-to-baseline distance body text is scaled down to (see the note above). */
const TARGET_LINE_PITCH = 40;
/** Pages within this factor of the target are left at their size. */
const SCALE_TOLERANCE = 0.2;
/** Points between baselines of typical 11 pt body text: turns a pitch into a resolution. */
const TYPICAL_PITCH_POINTS = 13.2;
/** Width of the copy the geometry is measured on: enough for ~18 px line pitch at 300 dpi. */
const ANALYSIS_WIDTH = 800;
/** The background is estimated on a copy this many times smaller than the page. */
const BACKGROUND_SHRINK = 8;
/** Paper brightness varying by more grey levels than this is uneven light (photos: 70+, scans: < 15). */
const UNEVEN_LIGHT_SPREAD = 30;
/** Skew below this is left alone: rotating costs time and blurs the glyphs slightly. */
const MIN_DESKEW_DEGREES = 0.15;
/** No page image handed to OCR is larger than this, whatever the input. */
const MAX_OUTPUT_PIXELS = 24_000_000;
/**
 * Blank paper around the text is cut off, down to this much white (pixels at the target pitch):
 * tesseract's layout analysis costs by the pixel, and the margins hold none of the text. Measured
 * on the corpus pages (bench/README.md): ~8 % less OCR time, the same text.
 */
const KEPT_MARGIN = 20;
/** A pixel this many grey levels darker than white is content, not paper. */
const TRIM_THRESHOLD = 60;
/** Pixels flattened between two yields to the event loop (~5 ms of work). */
const FLATTEN_SLICE_PIXELS = 1_000_000;

export type PagePicture =
  | { kind: 'encoded'; bytes: Uint8Array; /** 0-based page of a multi-page TIFF. */ page?: number }
  | { kind: 'grey'; image: GreyImage; /** Known resolution (a rendered PDF page). */ dpi?: number };

export interface PreparedPage {
  image: PageImage;
  skewDegrees: number;
  scale: number;
  flattened: boolean;
}

export interface PreparePageOptions {
  /** Refuse to decode pictures larger than this (pixel floods). */
  maxPixels: number;
  targetLinePitch?: number;
}

function fromGrey(image: GreyImage): sharp.Sharp {
  return sharp(image.data, { raw: { width: image.width, height: image.height, channels: 1 } });
}

async function toGrey(pipeline: sharp.Sharp): Promise<GreyImage> {
  const { data, info } = await pipeline.toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  if (info.channels === 1) return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
  // An alpha channel survived: keep the grey one.
  const grey = new Uint8Array(info.width * info.height);
  for (let i = 0; i < grey.length; i++) grey[i] = data[i * info.channels];
  return { width: info.width, height: info.height, data: grey };
}

/** The picture decoded, upright (EXIF orientation), on white, greyscale, optionally resized. */
function decode(picture: PagePicture, maxPixels: number, width?: number): sharp.Sharp {
  const pipeline =
    picture.kind === 'encoded'
      ? sharp(picture.bytes, { page: picture.page ?? 0, limitInputPixels: maxPixels, failOn: 'error' }).rotate()
      : fromGrey(picture.image);
  const grey = pipeline.flatten({ background: '#ffffff' }).greyscale();
  return width === undefined ? grey : grey.resize({ width, kernel: 'lanczos3' });
}

async function uprightSize(picture: PagePicture, maxPixels: number): Promise<{ width: number; height: number }> {
  if (picture.kind === 'grey') return { width: picture.image.width, height: picture.image.height };
  const meta = await sharp(picture.bytes, { page: picture.page ?? 0, limitInputPixels: maxPixels }).metadata();
  const swapped = (meta.orientation ?? 1) >= 5;
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  return swapped ? { width: height, height: width } : { width, height };
}

/** A smooth estimate of the paper's brightness behind every pixel of `image`. */
async function paperBehind(image: GreyImage): Promise<{ small: GreyImage; full: () => Promise<GreyImage> }> {
  const shrunk = await toGrey(
    fromGrey(image).resize({
      width: Math.max(1, Math.ceil(image.width / BACKGROUND_SHRINK)),
      height: Math.max(1, Math.ceil(image.height / BACKGROUND_SHRINK)),
      fit: 'fill',
      kernel: 'linear',
    }),
  );
  const small = estimateBackground(shrunk, 3);
  return {
    small,
    full: () => toGrey(fromGrey(small).blur(1.5).resize({ width: image.width, height: image.height, fit: 'fill', kernel: 'linear' })),
  };
}

/** Paper made white everywhere, in slices so that a large page never holds the event loop. */
async function flattened(image: GreyImage, paper: GreyImage): Promise<GreyImage> {
  const out = new Uint8Array(image.data.length);
  const rowsPerSlice = Math.max(1, Math.floor(FLATTEN_SLICE_PIXELS / image.width));
  for (let row = 0; row < image.height; row += rowsPerSlice) {
    flattenLightRows(image, paper, out, row, row + rowsPerSlice);
    await yieldToEventLoop();
  }
  return { width: image.width, height: image.height, data: out };
}

/** How much to scale the page so that its body text has at most the target pitch. */
function scaleFor(pitch: number | null, size: { width: number; height: number }, target: number): number {
  let scale: number;
  if (pitch) {
    scale = target / pitch;
  } else {
    // No regular lines to measure (a short note, a form): treat the picture as a whole A4 page.
    const assumedDpi = Math.max(size.width, size.height) / 11.69;
    scale = (target * 72) / TYPICAL_PITCH_POINTS / assumedDpi;
  }
  // Never enlarge; leave a page near the target as it is.
  scale = Math.min(1, Math.max(0.1, scale));
  if (scale > 1 - SCALE_TOLERANCE) scale = 1;
  const pixels = size.width * size.height * scale * scale;
  if (pixels > MAX_OUTPUT_PIXELS) scale *= Math.sqrt(MAX_OUTPUT_PIXELS / pixels);
  return scale;
}

export async function preparePage(picture: PagePicture, options: PreparePageOptions): Promise<PreparedPage> {
  const target = options.targetLinePitch ?? TARGET_LINE_PITCH;
  const size = await uprightSize(picture, options.maxPixels);
  if (size.width < 1 || size.height < 1) throw new Error('picture has no pixels');

  // Measure on a small copy: how uneven the light is, then (light flattened) skew and line pitch.
  const analysis = await toGrey(decode(picture, options.maxPixels, Math.min(ANALYSIS_WIDTH, size.width)));
  const analysisPaper = await paperBehind(analysis);
  const unevenLight = lightSpread(analysisPaper.small) > UNEVEN_LIGHT_SPREAD;
  const geometry = measureTextGeometry(await flattened(analysis, await analysisPaper.full()));
  const pitch = geometry.linePitch === null ? null : geometry.linePitch * (size.width / analysis.width);
  const scale = scaleFor(pitch, size, target);

  let page = await toGrey(decode(picture, options.maxPixels, scale < 1 ? Math.max(1, Math.round(size.width * scale)) : undefined));
  if (unevenLight) page = await flattened(page, await (await paperBehind(page)).full());
  if (Math.abs(geometry.skewDegrees) >= MIN_DESKEW_DEGREES) {
    page = await toGrey(fromGrey(page).rotate(-geometry.skewDegrees, { background: '#ffffff' }));
  }
  page = cropTo(page, contentBounds(page, 255 - TRIM_THRESHOLD, KEPT_MARGIN));
  // Tell tesseract the resolution the text now has rather than let it guess (and warn): from the
  // measured pitch, else the rendering's, else as if the picture were a whole A4 page.
  const dpi = pitch
    ? (pitch * 72) / TYPICAL_PITCH_POINTS
    : picture.kind === 'grey' && picture.dpi
      ? picture.dpi
      : Math.max(size.width, size.height) / 11.69;
  return { image: { ...page, dpi: dpi * scale }, skewDegrees: geometry.skewDegrees, scale, flattened: unevenLight };
}
