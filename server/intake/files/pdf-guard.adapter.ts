/**
 * Cheap, bounded checks of a PDF before anything parses it for real.
 *
 * Decompression bombs: a few hundred KB of Flate data can inflate to gigabytes, and pdfjs inflates
 * a content stream whole, in this process. So every stream whose data starts with a zlib header is
 * inflated here first — streamed on libuv's thread pool, counted and thrown away, never held — and
 * the file is refused as soon as one stream or all of them together pass the limit. Streams are
 * found by their `stream`/`endstream` keywords and a direct /Length, not through the xref table, so
 * a file with a broken or lying xref is checked all the same. (Only Flate is checked: it is what
 * PDF producers use and what bombs are made of; LZW is rare and bounded by a smaller ratio.)
 *
 * Then pdfjs opens it (no scripts run): password-protected → 'encrypted', unparseable → 'corrupt',
 * and the page count is compared with the limit.
 */
import { createInflate, constants as zlib } from 'node:zlib';
import { openPdf } from '../../ocr/pdf-document.adapter.js';

export type PdfGuardResult =
  | { ok: true; pages: number; warnings: string[] }
  | { ok: false; problem: 'decompression_bomb' | 'encrypted' | 'corrupt' | 'too_many_pages' };

export interface PdfGuardLimits {
  maxPages: number;
  /** Largest inflated size of one stream. */
  maxStreamBytes: number;
  /** Largest inflated size of all streams together. */
  maxDecompressedBytes: number;
}

const STREAM = Buffer.from('stream');
const ENDSTREAM = Buffer.from('endstream');
const DICT_LOOKBACK = 2048;

interface StreamSpan {
  start: number;
  end: number;
}

/** The data of every `stream … endstream` in the file, in file order. */
export function findStreams(pdf: Buffer): StreamSpan[] {
  const spans: StreamSpan[] = [];
  let at = 0;
  while ((at = pdf.indexOf(STREAM, at)) !== -1) {
    const keywordEnd = at + STREAM.length;
    const isEnd = at >= 3 && pdf.toString('latin1', at - 3, at) === 'end';
    let start = keywordEnd;
    if (pdf[start] === 0x0d) start++;
    if (pdf[start] === 0x0a) start++;
    if (isEnd || start === keywordEnd) {
      at = keywordEnd;
      continue;
    }
    // The data ends at the next endstream or where a direct /Length says, whichever is later: a
    // parser may believe either, and an "endstream" planted inside the data must not hide the rest.
    const dictionary = pdf.toString('latin1', Math.max(0, at - DICT_LOOKBACK), at);
    const dictStart = dictionary.lastIndexOf('<<');
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dictStart >= 0 ? dictionary.slice(dictStart) : '');
    const byLength = length ? Math.min(start + Number(length[1]), pdf.length) : start;
    const byKeyword = pdf.indexOf(ENDSTREAM, start);
    const end = Math.max(byLength, byKeyword === -1 ? pdf.length : byKeyword);
    spans.push({ start, end });
    at = Math.max(end, keywordEnd);
  }
  return spans;
}

function looksLikeZlib(pdf: Buffer, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const cmf = pdf[start];
  const flg = pdf[start + 1];
  return (cmf & 0x0f) === 8 && (cmf >> 4) <= 7 && ((cmf << 8) | flg) % 31 === 0;
}

/** Inflated size of one stream, stopping (and reporting `limit + 1`) once past the limit. */
function inflatedSize(data: Buffer, limit: number): Promise<number> {
  return new Promise((resolve) => {
    // Sync flush: a truncated stream yields what it has instead of an error.
    const inflate = createInflate({ finishFlush: zlib.Z_SYNC_FLUSH, chunkSize: 64 * 1024 });
    let size = 0;
    let settled = false;
    const settle = (value: number) => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        settle(limit + 1);
        inflate.destroy();
      }
    });
    // Broken data inflates as far as it goes: that much pdfjs would inflate too.
    inflate.on('error', () => settle(size));
    inflate.on('end', () => settle(size));
    inflate.on('close', () => settle(size));
    inflate.end(data);
  });
}

async function isDecompressionBomb(pdf: Buffer, limits: Pick<PdfGuardLimits, 'maxStreamBytes' | 'maxDecompressedBytes'>): Promise<boolean> {
  let total = 0;
  for (const { start, end } of findStreams(pdf)) {
    if (!looksLikeZlib(pdf, start, end)) continue;
    const budget = Math.min(limits.maxStreamBytes, limits.maxDecompressedBytes - total);
    const size = await inflatedSize(pdf.subarray(start, end), budget);
    if (size > budget) return true;
    total += size;
  }
  return false;
}

const ACTIVE_CONTENT = /\/(JavaScript|JS|Launch|OpenAction|AA|URI|SubmitForm|ImportData|RichMedia|EmbeddedFile)\b/;

/** Things worth telling a clerk about a PDF that is otherwise taken. */
function pdfWarnings(pdf: Buffer): string[] {
  const warnings: string[] = [];
  const text = pdf.toString('latin1');
  if (ACTIVE_CONTENT.test(text)) warnings.push('active_content_ignored');
  const eof = text.lastIndexOf('%%EOF');
  if (eof !== -1 && text.slice(eof + 5).trim().length > 0) warnings.push('data_after_end_of_file');
  return warnings;
}

export async function guardPdf(bytes: Uint8Array, limits: PdfGuardLimits): Promise<PdfGuardResult> {
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (await isDecompressionBomb(pdf, limits)) return { ok: false, problem: 'decompression_bomb' };
  const opened = await openPdf(bytes);
  if (!opened.ok) return { ok: false, problem: opened.problem };
  try {
    const pages = opened.document.pageCount;
    if (pages < 1) return { ok: false, problem: 'corrupt' };
    if (pages > limits.maxPages) return { ok: false, problem: 'too_many_pages' };
    return { ok: true, pages, warnings: pdfWarnings(pdf) };
  } finally {
    await opened.document.close();
  }
}
