/**
 * Turns one page picture (a scan, a phone photo, a rendered PDF page) into the image tesseract
 * reads best, with sharp: EXIF orientation applied, greyscale, the light flattened, the skew
 * removed, and the page scaled so that its text has one known size.
 *
 * Why scale by the text and not by a nominal 300 dpi: the files carry no trustworthy resolution
 * (the corpus JPEGs and PNGs all say 72 dpi; phone photos are ~150 dpi of a page), and tesseract's
 * LSTM reads each line at a fixed height whatever the input size, so extra pixels only slow its
 * layout analysis. Measured on ../shared/corpus/scans (bench/README.md): a baseline-to-baseline
 * pitch of ~28 px (about 150 dpi for 11 pt text) reads as well as 300 dpi, ~25 % faster.
 *
 * sharp's work runs on libuv's thread pool; the JavaScript pixel loops here touch only the
 * scaled page (~1–2 Mpixel) and stay in the low tens of milliseconds.
 */
import sharp from 'sharp';
import { estimateBackground, flattenLight, measureTextGeometry, type GreyImage } from '../server/ocr/page-geometry.ts';

/** The baseline-to-baseline distance body text is scaled to (see the note above). */
export const TARGET_LINE_PITCH = 28;
/** Points between baselines of typical 11 pt body text; used to state the page's resolution. */
const TYPICAL_PITCH_POINTS = 13.2;
/** Width of the copy the geometry is measured on: enough for ~18 px line pitch at 300 dpi. */
const ANALYSIS_WIDTH = 800;
/** The background is estimated on a copy this many times smaller. */
const BACKGROUND_SHRINK = 8;
/** Skew below this is left alone: rotating costs time and blurs the glyphs slightly. */
const MIN_DESKEW_DEGREES = 0.15;
/** No page image handed to OCR is larger than this, whatever the input. */
const MAX_OUTPUT_PIXELS = 24_000_000;

export type PagePicture =
  | { kind: 'encoded'; bytes: Uint8Array; /** 0-based page of a multi-page TIFF. */ page?: number }
  | { kind: 'grey'; image: GreyImage };

export interface PreparedPage {
  png: Buffer;
  width: number;
  height: number;
  skewDegrees: number;
  scale: number;
}

export interface PreparePageOptions {
  /** Refuse to decode pictures larger than this (pixel floods). */
  maxPixels: number;
  targetLinePitch?: number;
  noFlatten?: boolean; noDeskew?: boolean; noScale?: boolean; noDensity?: boolean; kernel?: string; maxScale?: number; band?: number;
}

function fromGrey(image: GreyImage): sharp.Sharp {
  return sharp(image.data, { raw: { width: image.width, height: image.height, channels: 1 } });
}

async function toGrey(pipeline: sharp.Sharp): Promise<GreyImage> {
  const { data, info } = await pipeline.toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  // b-w output has one channel; an alpha channel would make two: keep the first.
  if (info.channels === 1) return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
  const grey = new Uint8Array(info.width * info.height);
  for (let i = 0; i < grey.length; i++) grey[i] = data[i * info.channels];
  return { width: info.width, height: info.height, data: grey };
}

/** The picture decoded, upright (EXIF orientation), greyscale, optionally resized. */
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

/** Paper made white everywhere: divide by a smooth estimate of the paper's brightness. */
async function flattened(image: GreyImage): Promise<GreyImage> {
  const small = await toGrey(
    fromGrey(image).resize({
      width: Math.max(1, Math.ceil(image.width / BACKGROUND_SHRINK)),
      height: Math.max(1, Math.ceil(image.height / BACKGROUND_SHRINK)),
      fit: 'fill',
      kernel: 'linear',
    }),
  );
  const paper = estimateBackground(small, 3);
  const full = await toGrey(fromGrey(paper).blur(1.5).resize({ width: image.width, height: image.height, fit: 'fill', kernel: 'linear' }));
  return flattenLight(image, full);
}

/** How much to scale the page so that its body text has the target pitch. */
function scaleFor(pitch: number | null, size: { width: number; height: number }, target: number): number {
  let scale: number;
  if (pitch) {
    scale = target / pitch;
  } else {
    // No regular lines to measure (a short note, a form): treat the picture as a whole A4 page.
    const assumedDpi = Math.max(size.width, size.height) / 11.69;
    scale = (target * 72) / TYPICAL_PITCH_POINTS / assumedDpi;
  }
  scale = Math.min(3, Math.max(0.2, scale));
  const pixels = size.width * size.height * scale * scale;
  if (pixels > MAX_OUTPUT_PIXELS) scale *= Math.sqrt(MAX_OUTPUT_PIXELS / pixels);
  return scale;
}

export async function preparePage(picture: PagePicture, options: PreparePageOptions): Promise<PreparedPage> {
  const target = options.targetLinePitch ?? TARGET_LINE_PITCH;
  const size = await uprightSize(picture, options.maxPixels);
  if (size.width < 1 || size.height < 1) throw new Error('picture has no pixels');

  // Measure on a small, flattened copy: skew and line pitch.
  const analysisWidth = Math.min(ANALYSIS_WIDTH, size.width);
  const analysis = await flattened(await toGrey(decode(picture, options.maxPixels, analysisWidth)));
  const geometry = measureTextGeometry(analysis);
  const pitch = geometry.linePitch === null ? null : geometry.linePitch * (size.width / analysis.width);
  let scale = Math.min(options.maxScale ?? 3, scaleFor(pitch, size, target));
  if (options.band && Math.abs(scale - 1) < options.band) scale = 1;

  const width = Math.max(1, Math.round(size.width * scale));
  const dec = await toGrey(decode(picture, options.maxPixels, !options.noScale && Math.abs(scale - 1) > 0.03 ? width : undefined));
  let page = options.noFlatten ? dec : await flattened(dec);
  if (!options.noDeskew && Math.abs(geometry.skewDegrees) >= MIN_DESKEW_DEGREES) {
    page = await toGrey(fromGrey(page).rotate(-geometry.skewDegrees, { background: '#ffffff' }));
  }
  // Tell tesseract the resolution the text now has, so it need not guess from the glyphs.
  const density = Math.round((target * 72) / TYPICAL_PITCH_POINTS);
  const png = options.noDensity ? await fromGrey(page).png({ compressionLevel: 1 }).toBuffer() : await fromGrey(page).withMetadata({ density }).png({ compressionLevel: 1 }).toBuffer();
  return { png, width: page.width, height: page.height, skewDegrees: geometry.skewDegrees, scale };
}
