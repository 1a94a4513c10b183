/**
 * Cheap, bounded checks of a PDF before we accept it: a Flate "decompression bomb" guard and the
 * page count / encryption as pdfjs-dist reads them (no rendering, no scripts).
 */
import { inflateSync } from 'node:zlib';

export type PdfProbe =
  | { ok: true; pages: number }
  | { ok: false; reason: 'encrypted' | 'corrupt' | 'decompression_bomb' };

const STREAM = /stream\r?\n/g;

/**
 * Inflates every Flate-compressed stream with a hard output cap (node:zlib stops at
 * maxOutputLength instead of allocating what the file asks for). A stream that would grow past
 * the cap, or all of them together past the budget, marks the file as a bomb.
 */
export function exceedsInflateBudget(bytes: Uint8Array, perStream: number, total: number): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buffer.toString('latin1');
  let used = 0;
  for (const match of text.matchAll(STREAM)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    const dictionary = text.slice(Math.max(0, match.index - 400), match.index);
    if (!/\/FlateDecode/.test(dictionary.slice(dictionary.lastIndexOf('<<')))) continue;
    try {
      used += inflateSync(buffer.subarray(start, end), { maxOutputLength: perStream + 1 }).length;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || /maxOutputLength|buffer/i.test(String(error))) return true;
      continue; // a damaged stream is the parser's business, not a bomb
    }
    if (used > total) return true;
  }
  return false;
}

export async function probePdf(bytes: Uint8Array, limits: { maxInflatedBytes: number }): Promise<PdfProbe> {
  if (exceedsInflateBudget(bytes, limits.maxInflatedBytes, limits.maxInflatedBytes * 4)) return { ok: false, reason: 'decompression_bomb' };
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // pdfjs takes ownership of (detaches) the buffer it gets
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const pages = doc.numPages;
    await doc.destroy();
    return { ok: true, pages };
  } catch (error) {
    const name = (error as { name?: string }).name ?? '';
    return { ok: false, reason: name === 'PasswordException' ? 'encrypted' : 'corrupt' };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
