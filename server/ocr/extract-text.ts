/**
 * Use case: the text of a document, page by page — from a PDF's text layer where it has one,
 * otherwise by OCR through the TextRecognizer port.
 *
 * The file comes already inspected (type by content, pages counted, bombs refused: intake's
 * files/inspect-file.ts); its page limits are applied again while rendering. An unreadable document
 * throws UnreadableDocumentError (a reason for the clerk, no retry); an engine failure (a worker
 * that died) throws as itself, so the job is retried.
 *
 * A page whose first reading looks Ukrainian, Belarusian, German or Latvian is read again with
 * that language's model and the surer reading kept (ocr-language-choice.ts); every other page is
 * read once.
 */
import { documentPages } from './rasterize.adapter.js';
import type { InspectedFile, PageLimits } from './page-limits.js';
import type { PageImage, RecognisedText, TextRecognizer } from './text-recognizer.js';
import { betterReading, chooseRereading } from './ocr-language-choice.js';
import { TESSERACT_MODELS, type OcrLanguage } from './ocr-languages.js';
import { UnreadableDocumentError } from './unreadable-document.js';

export { isUnreadableDocument, UnreadableDocumentError } from './unreadable-document.js';

export interface ExtractTextDeps {
  recognizer: TextRecognizer;
  limits: PageLimits;
}

export interface ExtractedPage {
  page: number;
  text: string;
  /** 0–100: the engine's mean word confidence; 100 for a text layer. */
  confidence: number;
  source: 'text-layer' | 'ocr';
  /** The models an OCR page was read with in the end ("lit+pol+rus+eng", "ukr+lit"). */
  readWith?: string;
}

export interface ExtractTextOptions {
  /** Languages the document may be in, most likely first (all served languages when unknown). */
  languages: readonly OcrLanguage[];
  onPage?(done: number, total: number): void;
  /**
   * Pages handed to the recogniser at once. Three keep a two-worker pool busy while the next page
   * is rasterised; more only hold more page images (1–5 MB each) in memory.
   */
  pagesInFlight?: number;
  /**
   * Read a page that looks Ukrainian, Belarusian, German or Latvian again with its own model
   * (default). Off only to measure what the first reading alone gives (bench/language.ts).
   */
  rereadForeign?: boolean;
}

/** OCR output tidied for reading: no trailing spaces, no runs of blank lines. */
export function tidyRecognisedText(text: string): string {
  return text
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The one confusion of tesseract's worth correcting after the fact: the capital I read as a
 * vertical bar ("| rent a flat", "the municipality | should"). A bar standing alone between words
 * (at the start of a line or after a word, before a lower-case word) is never what a letter means,
 * and I is a word in English and Polish. A bar beside anything else (a table rule, a number) is
 * left as read.
 */
export function correctRecognitionSlips(text: string): string {
  return text.replace(/(^[ \t]*|[\p{L}.,;:!?][ \t]+)\|(?=\s+\p{Ll})/gmu, '$1I');
}

/** One page through the recogniser: read once, and again in its own language when it looks foreign. */
async function readPage(
  recognizer: TextRecognizer,
  image: PageImage,
  languages: readonly OcrLanguage[],
  rereadForeign: boolean,
): Promise<RecognisedText & { readWith: readonly OcrLanguage[] }> {
  const first = { ...(await recognizer.recognize(image, languages)), readWith: languages };
  const rereading = rereadForeign ? chooseRereading(first.text, languages) : null;
  if (!rereading) return first;
  const second = { ...(await recognizer.recognize(image, rereading.languages)), readWith: rereading.languages };
  return betterReading(first, second);
}

export async function extractText(
  deps: ExtractTextDeps,
  file: InspectedFile,
  options: ExtractTextOptions,
): Promise<{ pages: ExtractedPage[] }> {
  if (file.pages > deps.limits.maxPages) throw new UnreadableDocumentError('too_many_pages');
  const total = file.pages;
  const pages: ExtractedPage[] = [];
  const inFlight = new Set<Promise<void>>();
  const limit = Math.max(1, options.pagesInFlight ?? 3);
  let failure: unknown = null;
  const report = () => options.onPage?.(pages.length, total);

  for await (const page of documentPages(file.bytes, file.mediaType, total, deps.limits)) {
    if (failure) break;
    if (page.source === 'text-layer') {
      pages.push({ page: page.page, text: tidyRecognisedText(page.text), confidence: 100, source: 'text-layer' });
      report();
      continue;
    }
    const work = readPage(deps.recognizer, page.image, options.languages, options.rereadForeign ?? true).then(
      (result) => {
        pages.push({
          page: page.page,
          text: tidyRecognisedText(correctRecognitionSlips(result.text)),
          confidence: result.confidence,
          source: 'ocr',
          readWith: result.readWith.map((l) => TESSERACT_MODELS[l]).join('+'),
        });
        report();
      },
      (error: unknown) => {
        failure ??= error;
      },
    );
    const tracked: Promise<void> = work.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    if (inFlight.size >= limit) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failure) throw failure;
  pages.sort((a, b) => a.page - b.page);
  return { pages };
}
