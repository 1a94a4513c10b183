/**
 * The port for reading text off a page image. The desk's use cases know only this; the engine
 * (tesseract.js in a pool of worker threads) sits behind it in tesseract-pool.adapter.ts.
 */
import type { Lang } from '../languages.js';

export interface RecognisedText {
  text: string;
  /** Mean word confidence, 0–100 (as the engine reports it). */
  confidence: number;
}

export interface TextRecognizer {
  /**
   * Reads one page image (PNG). `languages` are the ones the page may be written in, most likely
   * first; every language the page may mix in must be listed (Vilnius addresses are Lithuanian
   * inside Polish and Russian letters).
   */
  recognize(png: Buffer, languages: readonly Lang[]): Promise<RecognisedText>;
  /** Stops every worker; pending pages are rejected. */
  close(): Promise<void>;
}
