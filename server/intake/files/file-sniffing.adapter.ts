/**
 * What a file really is, by its content (never its name or the browser's word), and whether
 * the desk takes it: the kinds whose text it can read. Limits are inspect-file.ts's.
 */
import { fileTypeFromBuffer } from 'file-type';
import { READABLE_MEDIA_TYPES, type ReadableMediaType } from '../../ocr/page-limits.js';

const ACCEPTED_MEDIA_TYPES = READABLE_MEDIA_TYPES;
export type AcceptedMediaType = ReadableMediaType;

export async function sniffMediaType(bytes: Uint8Array): Promise<AcceptedMediaType | null> {
  const found = await fileTypeFromBuffer(bytes);
  return found && (ACCEPTED_MEDIA_TYPES as readonly string[]).includes(found.mime) ? (found.mime as AcceptedMediaType) : null;
}
