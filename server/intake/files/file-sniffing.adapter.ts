/**
 * What a file really is, by its content (never its name or the browser's word), and whether
 * the desk takes it. Issue #3 extends this with page, pixel and decompression limits.
 */
import { fileTypeFromBuffer } from 'file-type';

export const ACCEPTED_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'] as const;
export type AcceptedMediaType = (typeof ACCEPTED_MEDIA_TYPES)[number];

export async function sniffMediaType(bytes: Uint8Array): Promise<AcceptedMediaType | null> {
  const found = await fileTypeFromBuffer(bytes);
  return found && (ACCEPTED_MEDIA_TYPES as readonly string[]).includes(found.mime) ? (found.mime as AcceptedMediaType) : null;
}
