/**
 * The port for reading text off a page image. The desk's use cases know only this; the engine
 * (tesseract.js in a pool of worker threads) sits behind it in tesseract-pool.adapter.ts.
 */
import type { OcrLanguage } from './ocr-languages.js';
import type { GreyImage } from './page-geometry.js';

/**
 * One page ready to be read: 8-bit grey pixels (page-image.adapter.ts prepared them) and the
 * resolution its text now has. Raw pixels rather than an encoded file: encoding a PNG only for the
 * engine to decode it again cost ~100 ms of a page's ~1.1 s (bench/README.md).
 */
export interface PageImage extends GreyImage {
  dpi: number;
}

export interface RecognisedText {
  text: string;
  /** Mean word confidence, 0–100 (as the engine reports it). */
  confidence: number;
}

export interface TextRecognizer {
  /**
   * Reads one page image. `languages` are the ones the page may be written in, most likely
   * first; every language the page may mix in must be listed (Vilnius addresses are Lithuanian
   * inside Polish and Russian letters).
   */
  recognize(page: PageImage, languages: readonly OcrLanguage[]): Promise<RecognisedText>;
  /** Stops every worker; pending pages are rejected. */
  close(): Promise<void>;
}
