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
import type { UnreadableReason } from '../../ocr/unreadable-document.js';
import { sniffMediaType, type AcceptedMediaType } from './file-sniffing.adapter.js';
import { probeImage, type ImageFormat } from './image-probe.adapter.js';
import { guardPdf } from './pdf-guard.adapter.js';

/** Why a file is refused: the same reasons OCR gives for a document it cannot read. */
export type FileProblem = UnreadableReason;

export interface FileLimits extends PageLimits {
  /** Largest file, in bytes. */
  maxBytes: number;
  /** Largest inflated size of one PDF stream (a 600 dpi colour A4 page image is ~105 MB). */
  maxStreamBytes: number;
  /** Largest inflated size of all of a PDF's streams together. */
  maxDecompressedBytes: number;
}

export const DEFAULT_FILE_LIMITS: Readonly<FileLimits> = Object.freeze({
  maxBytes: 20 * 1024 * 1024,
  maxPages: 50,
  maxPixels: 100_000_000,
  maxStreamBytes: 128 * 1024 * 1024,
  maxDecompressedBytes: 1024 * 1024 * 1024,
});

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

export async function inspectFile(bytes: Uint8Array, filename: string, limits: FileLimits): Promise<FileInspection> {
  const safeName = safeDisplayName(filename);
  const problem = (reason: FileProblem): FileInspection => ({ ok: false, reason, safeName });
  if (bytes.byteLength === 0) return problem('empty');
  if (bytes.byteLength > limits.maxBytes) return problem('too_large');

  const mediaType = await sniffMediaType(bytes);
  if (!mediaType) return problem('unsupported_type');

  if (mediaType === 'application/pdf') {
    const pdf = await guardPdf(bytes, limits);
    return pdf.ok ? { ok: true, mediaType, pages: pdf.pages, safeName, warnings: pdf.warnings } : problem(pdf.problem);
  }
  const format = IMAGE_FORMATS[mediaType];
  if (!format) return problem('unsupported_type');
  const image = await probeImage(bytes, format, limits);
  return image.ok ? { ok: true, mediaType, pages: image.pages, safeName, warnings: image.warnings } : problem(image.problem);
}

