/**
 * The one signing path: lay out and sign one letter — for delivery to the resident
 * (send-reply.ts) and for `desk letter` (write-letter.ts) alike. Template rendering and case
 * data are the caller's; this takes a finished LetterContent and any Signer.
 */
import type { Signer, SignatureInfo } from './signing/signer.js';
import type { LetterContent } from './pdf/letter-content.js';
import { writeFileAtomically } from './pdf/letter-file.store.js';
import { renderLetterPdf } from './pdf/render-letter-pdf.js';

export interface SignLetterOptions {
  /** PDF /Location of the signature. */
  location?: string;
  /** Signing time (defaults to the signer's clock) and the document's creation date. */
  now?: Date;
}

/** What the signature dictionary and the stamp say, taken from the letter itself. */
export function signatureInfoFor(letter: LetterContent, options: SignLetterOptions = {}): SignatureInfo {
  const email = letter.letterhead.contacts.map((c) => /[^\s:]+@[^\s,;]+/.exec(c)?.[0]).find(Boolean);
  return {
    reason: letter.documentTitle,
    location: options.location ?? 'Vilnius',
    signerName: [letter.signature.name, letter.signature.title].filter((s) => s.trim() !== '').join(', '),
    contactInfo: email,
    lang: letter.lang,
    signingTime: options.now,
  };
}

/** Renders and signs: the bytes a resident receives (also what delivery stores as a blob). */
export async function signLetter(letter: LetterContent, signer: Signer, options: SignLetterOptions = {}): Promise<Uint8Array> {
  const unsigned = await renderLetterPdf(letter, { now: options.now });
  return signer.sign(unsigned, signatureInfoFor(letter, options));
}

export async function writeSignedLetter(
  letter: LetterContent,
  signer: Signer,
  outPath: string,
  options: SignLetterOptions = {},
): Promise<{ outPath: string; byteLength: number }> {
  const signed = await signLetter(letter, signer, options);
  await writeFileAtomically(outPath, signed);
  return { outPath, byteLength: signed.byteLength };
}
