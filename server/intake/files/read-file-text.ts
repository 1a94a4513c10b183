import { extractText, UnreadableDocumentError, type ExtractedPage, type ExtractTextDeps, type ExtractTextOptions } from '../../ocr/extract-text.js';
import { inspectFile, type FileLimits } from './inspect-file.js';
import type { AcceptedMediaType } from './file-sniffing.adapter.js';

/**
 * The text of a file that never went through a case (the `ocr` command, benchmarks): inspected
 * here, then read by OCR. A refused file throws UnreadableDocumentError with the refusal's reason.
 */
export async function readFileText(
  deps: ExtractTextDeps & { limits: FileLimits },
  bytes: Uint8Array,
  options: ExtractTextOptions,
): Promise<{ mediaType: AcceptedMediaType; pages: ExtractedPage[] }> {
  const inspected = await inspectFile(bytes, 'document', deps.limits);
  if (!inspected.ok) throw new UnreadableDocumentError(inspected.reason);
  const { pages } = await extractText(deps, { bytes, mediaType: inspected.mediaType, pages: inspected.pages }, options);
  return { mediaType: inspected.mediaType, pages };
}
