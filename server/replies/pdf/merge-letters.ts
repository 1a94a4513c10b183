/**
 * The dispatch list's print file: the signed letters one after another, their pages copied with
 * pdf-lib. Copying drops their signatures' validity (the bytes change), so the file is for the
 * printer only; the signed letters stay as they were stored.
 */
import { PDFDocument } from 'pdf-lib';

export async function mergeLettersForPrinting(letters: readonly Uint8Array[]): Promise<Uint8Array> {
  const merged = await PDFDocument.create({ updateMetadata: false });
  merged.setTitle('Dispatch');
  merged.setCreator('Petition Desk');
  for (const bytes of letters) {
    const letter = await PDFDocument.load(bytes, { updateMetadata: false });
    const pages = await merged.copyPages(letter, letter.getPageIndices());
    for (const page of pages) merged.addPage(page);
  }
  return merged.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
}
