/**
 * Cheap, bounded checks of a PDF before anything parses it for real. This runs in the PDF engine's
 * thread (pdf-engine.worker.ts), never on the web's event loop; pdf-document.adapter.ts is the
 * way in.
 *
 * Decompression bombs: a few hundred KB of Flate data can inflate to gigabytes, and pdfjs inflates
 * a content stream whole. So every stream is decoded here first through the filters its
 * dictionary names (pdf-filters.adapter.ts: Flate, LZW, RunLength, ASCIIHex, ASCII85, chained in
 * any order, and Flate even where no filter is named) — lazily, counted and thrown away, never
 * held — and every byte each stage produces is charged to a budget (inspection-budget.ts). The
 * file is refused as a 'decompression_bomb' as soon as one stream or all together pass the file's
 * allowance (an absolute size, and a ratio to the file's own size: a 1 MB file whose streams
 * inflate to 1 GB is a bomb even under the absolute limit), and as 'too_complex' when what is left
 * of its message's budget is spent or the time is up. Streams are found by their
 * `stream`/`endstream` keywords and a direct /Length, not through the xref table, so a file with a
 * broken or lying xref is checked all the same.
 *
 * Then pdfjs opens it (no scripts run) within the time left: password-protected → 'encrypted',
 * unparseable → 'corrupt', out of time (a page-tree loop, a huge object stream) → 'too_complex';
 * and the page count is compared with the limit. If pdfjs blocks the thread outright, the caller
 * stops the thread at the deadline (worker-thread.adapter.ts).
 */
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { constants as zlib, inflateSync } from 'node:zlib';
import { createInspectionBudget, type InspectionBudget } from './inspection-budget.js';
import { openPdf } from './pdfjs.adapter.js';
import { decoder, parseFilters, slices, type Chunks, type PdfFilter } from './pdf-filters.adapter.js';

export type PdfInspection =
  | { ok: true; pages: number; warnings: string[]; decodedBytes: number }
  | { ok: false; problem: 'decompression_bomb' | 'too_complex' | 'encrypted' | 'corrupt' | 'too_many_pages'; decodedBytes: number };

export interface PdfInspectionLimits {
  maxPages: number;
  /** Largest decoded size of one stream (counting the output of every filter of its chain). */
  maxStreamBytes: number;
  /** What this file's streams may decode to together: past it, the file is a bomb. */
  allowanceBytes: number;
  /** What is left of the message's budget: past it, the file is too complex for this message. */
  messageBytesLeft: number;
  /** Time the inspection may take. */
  maxMs: number;
}

const STREAM = Buffer.from('stream');
const ENDSTREAM = Buffer.from('endstream');
const DICT_LOOKBACK = 2048;

interface StreamSpan {
  start: number;
  end: number;
  /** The text before `stream` back to the previous object's end: where its dictionary is. */
  dictionary: string;
}

/** The data of every `stream … endstream` in the file, in file order. */
export function findStreams(pdf: Buffer): StreamSpan[] {
  return [...streamsOf(pdf)];
}

/** The same, one at a time: a file of a hundred thousand streams is never held as a list. */
function* streamsOf(pdf: Buffer): Generator<StreamSpan> {
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
    const previousEnd = Math.max(dictionary.lastIndexOf('endobj'), dictionary.lastIndexOf('endstream'));
    yield { start, end, dictionary: previousEnd >= 0 ? dictionary.slice(previousEnd) : dictionary };
    at = Math.max(end, keywordEnd);
  }
}

function looksLikeZlib(pdf: Buffer, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const cmf = pdf[start];
  const flg = pdf[start + 1];
  return (cmf & 0x0f) === 8 && (cmf >> 4) <= 7 && ((cmf << 8) | flg) % 31 === 0;
}

class Spent extends Error {
  constructor(readonly problem: 'decompression_bomb' | 'too_complex') {
    super(problem);
  }
}

const YIELD_EVERY = 1024 * 1024;
/**
 * Most streams one file may have: a 50-page letter has a few hundred (contents, fonts, images),
 * while each stream costs a decoder's set-up, so a file of a hundred thousand tiny ones spends its
 * whole time budget on set-ups alone.
 */
const MAX_STREAMS = 20_000;
/** Small Flate streams are inflated in one call (bounded by this), not through a stream pipeline. */
const SMALL_STREAM = 16 * 1024;
const SMALL_OUTPUT = 1024 * 1024;

/**
 * Charges one stage's output to the stream's and the file's budgets. The file's budget is the
 * tighter of its own allowance and the message's; running out of the file's own allowance makes a
 * bomb, running out of the message's or of time makes the file too complex.
 */
async function* counted(input: Chunks, charge: (bytes: number) => void): Chunks {
  let sinceYield = 0;
  for await (const chunk of input) {
    charge(chunk.length);
    sinceYield += chunk.length;
    if (sinceYield >= YIELD_EVERY) {
      sinceYield = 0;
      // Let the thread answer its other calls (another document's pages) between pieces of a long decode.
      await yieldToEventLoop();
    }
    yield chunk;
  }
}

/** Inflated size of a small stream in one bounded call; null when it is bigger than SMALL_OUTPUT. */
function inflateSmall(data: Buffer): number | null {
  try {
    return inflateSync(data, { finishFlush: zlib.Z_SYNC_FLUSH, maxOutputLength: SMALL_OUTPUT }).length;
  } catch {
    // Past the bound, or broken: the stream pipeline counts it piece by piece, as far as it goes.
    return null;
  }
}

/** The filters a stream's dictionary names (Flate when none and the data looks like zlib). */
function streamFilters(pdf: Buffer, dictionary: string, start: number, end: number): { filters: PdfFilter[]; earlyChange: 0 | 1 } {
  const named = parseFilters(dictionary);
  if (named && named.filters.length > 0) return named;
  return { filters: looksLikeZlib(pdf, start, end) ? ['flate'] : [], earlyChange: 1 };
}

async function checkDecodedSizes(pdf: Buffer, limits: Pick<PdfInspectionLimits, 'maxStreamBytes'>, file: InspectionBudget, isOwnLimit: () => boolean): Promise<'decompression_bomb' | 'too_complex' | null> {
  try {
    let count = 0;
    for (const { start, end, dictionary } of streamsOf(pdf)) {
      if (++count > MAX_STREAMS || file.msLeft() <= 0) return 'too_complex';
      const { filters, earlyChange } = streamFilters(pdf, dictionary, start, end);
      if (filters.length === 0) continue;
      let streamBytes = 0;
      const charge = (bytes: number) => {
        streamBytes += bytes;
        if (streamBytes > limits.maxStreamBytes) throw new Spent('decompression_bomb');
        if (!file.spend(bytes)) throw new Spent(isOwnLimit() ? 'decompression_bomb' : 'too_complex');
        if (file.msLeft() <= 0) throw new Spent('too_complex');
      };
      if (filters.length === 1 && filters[0] === 'flate' && end - start <= SMALL_STREAM) {
        const small = inflateSmall(pdf.subarray(start, end));
        if (small !== null) {
          charge(small);
          continue;
        }
      }
      let chunks: Chunks = slices(pdf.subarray(start, end));
      for (const filter of filters) chunks = counted(decoder(filter, earlyChange)(chunks), charge);
      for await (const _ of chunks) {
        // Counted and thrown away.
      }
    }
    return null;
  } catch (error) {
    if (error instanceof Spent) return error.problem;
    throw error;
  }
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

/** Inspects a PDF within its limits; `decodedBytes` is what its streams cost, for the caller's budget. */
export async function inspectPdfHere(bytes: Uint8Array, limits: PdfInspectionLimits): Promise<PdfInspection> {
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const message = createInspectionBudget({ maxDecodedBytes: limits.messageBytesLeft, maxMs: limits.maxMs });
  const file = message.share({ maxDecodedBytes: limits.allowanceBytes, maxMs: limits.maxMs });
  const spentSoFar = () => limits.messageBytesLeft - message.decodedBytesLeft;
  const refused = (problem: Exclude<PdfInspection, { ok: true }>['problem']): PdfInspection => ({ ok: false, problem, decodedBytes: spentSoFar() });
  const spent = await checkDecodedSizes(pdf, limits, file, () => message.decodedBytesLeft >= 0);
  if (spent) return refused(spent);
  if (file.msLeft() <= 0) return refused('too_complex');
  const opened = await openPdf(bytes, { timeoutMs: Math.max(1, Math.floor(file.msLeft())) });
  if (!opened.ok) return refused(file.msLeft() <= 0 ? 'too_complex' : opened.problem);
  try {
    const pages = opened.document.pageCount;
    if (pages < 1) return refused('corrupt');
    if (pages > limits.maxPages) return refused('too_many_pages');
    return { ok: true, pages, warnings: pdfWarnings(pdf), decodedBytes: spentSoFar() };
  } finally {
    await opened.document.close();
  }
}
