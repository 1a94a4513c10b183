/**
 * Whether the desk takes a file, decided at intake by cheap, bounded checks: its type by content
 * (never by name or declared type), its size, its pages, its pixels, and — for PDFs — encryption,
 * damage and decompression bombs. Nothing here decodes a whole image or renders a page.
 *
 * The file's name is only ever displayed, never used as a path (blobs are stored by hash); it is
 * made safe to display: no directory parts, no control or bidirectional-override characters
 * (`skundas_<U+202E>fdp.exe` would otherwise show as "skundas_exe.pdf"), no Windows device name.
 */
import type { PageLimits } from '../../ocr/page-limits.js';
import { inspectPdf } from '../../ocr/pdf-document.adapter.js';
import type { UnreadableReason } from '../../ocr/unreadable-document.js';
import { sniffMediaType, type AcceptedMediaType } from './file-sniffing.adapter.js';
import { probeImage, type ImageFormat } from './image-probe.adapter.js';
import { createInspectionBudget, type InspectionBudget } from '../../ocr/inspection-budget.js';

/** Why a file is refused: the same reasons OCR gives for a document it cannot read. */
export type FileProblem = UnreadableReason;

export interface FileLimits extends PageLimits {
  /** Largest file, in bytes. */
  maxBytes: number;
  /** Largest decoded size of one PDF stream (a 600 dpi colour A4 page image is ~105 MB). */
  maxStreamBytes: number;
  /** Largest decoded size of all of one PDF's streams together, every filter stage counted. */
  maxDecompressedBytes: number;
  /** A PDF's streams may decode to at most this many times the file's size... */
  maxInflationRatio: number;
  /** ...but a small file may always decode to this much (one blank page image compresses ~1000×). */
  minDecodedAllowance: number;
  /** Time one file's inspection may take. */
  maxInspectionMs: number;
  /** Decoded bytes all the files of one message (an e-mail, a form) may cost together. */
  maxMessageDecodedBytes: number;
  /** Time the inspection of all the files of one message may take. */
  maxMessageInspectionMs: number;
}

const MiB = 1024 * 1024;

/**
 * Measured on this machine: inflating costs ~0.3 s per 100 MB, so a message's 768 MiB is ~2–3 s
 * of work, where twenty 1 MB files each inflating to 1 GB once took 66 s. A legitimate text PDF
 * inflates 3–10×, a scanned one (JPEG pages) hardly at all: 100× and 32 MiB leave a wide margin.
 */
export const DEFAULT_FILE_LIMITS: Readonly<FileLimits> = Object.freeze({
  maxBytes: 20 * MiB,
  maxPages: 50,
  maxPixels: 100_000_000,
  maxStreamBytes: 128 * MiB,
  maxDecompressedBytes: 384 * MiB,
  maxInflationRatio: 100,
  minDecodedAllowance: 32 * MiB,
  maxInspectionMs: 5_000,
  maxMessageDecodedBytes: 768 * MiB,
  maxMessageInspectionMs: 20_000,
});

/** One budget for all the files of one message: pass it to every inspectFile of that message. */
export function createMessageBudget(limits: Pick<FileLimits, 'maxMessageDecodedBytes' | 'maxMessageInspectionMs'>, now?: () => number): InspectionBudget {
  return createInspectionBudget({ maxDecodedBytes: limits.maxMessageDecodedBytes, maxMs: limits.maxMessageInspectionMs }, now);
}

export interface InspectOptions {
  /** The message's shared budget (createMessageBudget); a file inspected alone gets its own. */
  budget?: InspectionBudget;
}

export type FileInspection =
  | { ok: true; mediaType: AcceptedMediaType; pages: number; safeName: string; warnings: string[] }
  | { ok: false; reason: FileProblem; safeName: string };

const MAX_NAME_LENGTH = 120;
/** Control characters, bidirectional controls and invisible formatting characters. */
const UNSAFE_CHARACTERS = /[\p{Cc}\p{Cf}]/gu;
/** Characters Windows does not allow in names, and path separators. */
const RESERVED_CHARACTERS = /[<>:"/\\|?*]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;

/** A name that is safe to display (and harmless even if someone used it as a file name). */
export function safeDisplayName(filename: string): string {
  const lastPart = filename.normalize('NFC').split(/[/\\]/).pop() ?? '';
  let name = lastPart
    .replace(/[\t\n\v\f\r\u2028\u2029]/g, ' ')
    .replace(UNSAFE_CHARACTERS, '')
    .replace(RESERVED_CHARACTERS, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (WINDOWS_DEVICE.test(name)) name = `_${name}`;
  if (name.length > MAX_NAME_LENGTH) {
    // Keep the real extension visible: shorten the stem, not the end.
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = Array.from(name.slice(0, name.length - extension.length)).slice(0, MAX_NAME_LENGTH - extension.length).join('') + extension;
  }
  return name || 'document';
}

const IMAGE_FORMATS: Partial<Record<AcceptedMediaType, ImageFormat>> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/tiff': 'tiff',
};

export async function inspectFile(bytes: Uint8Array, filename: string, limits: FileLimits, options: InspectOptions = {}): Promise<FileInspection> {
  const safeName = safeDisplayName(filename);
  const problem = (reason: FileProblem): FileInspection => ({ ok: false, reason, safeName });
  if (bytes.byteLength === 0) return problem('empty');
  if (bytes.byteLength > limits.maxBytes) return problem('too_large');
  const message = options.budget ?? createMessageBudget(limits);
  // The message's budget spent on earlier files: this one cannot be inspected within it.
  if (message.decodedBytesLeft <= 0 || message.msLeft() <= 0) return problem('too_complex');

  const mediaType = await sniffMediaType(bytes);
  if (!mediaType) return problem('unsupported_type');

  if (mediaType === 'application/pdf') {
    const allowance = Math.min(limits.maxDecompressedBytes, Math.max(limits.minDecodedAllowance, limits.maxInflationRatio * bytes.byteLength));
    // Parsed in the PDF engine's thread, within what is left of the message's budget; its cost is charged here.
    const pdf = await inspectPdf(bytes, {
      maxPages: limits.maxPages,
      maxStreamBytes: limits.maxStreamBytes,
      allowanceBytes: allowance,
      messageBytesLeft: message.decodedBytesLeft,
      maxMs: Math.min(limits.maxInspectionMs, message.msLeft()),
    });
    message.spend(pdf.decodedBytes);
    return pdf.ok ? { ok: true, mediaType, pages: pdf.pages, safeName, warnings: pdf.warnings } : problem(pdf.problem);
  }
  const format = IMAGE_FORMATS[mediaType];
  if (!format) return problem('unsupported_type');
  const file = message.share({ maxDecodedBytes: Infinity, maxMs: limits.maxInspectionMs });
  const image = await probeImage(bytes, format, limits, () => file.msLeft());
  if (!image.ok) return problem(image.problem);
  // Its pixels are decoded later, by OCR: charged to the message now, while it can still be refused.
  if (!file.spend(image.decodedBytes)) return problem('too_complex');
  return { ok: true, mediaType, pages: image.pages, safeName, warnings: image.warnings };
}

