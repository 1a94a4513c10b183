/**
 * The petitioner's facts read from the text of a letter: the OCR of a scan, or a typed or e-mailed
 * text. The sender block stands at the top (name, address, phone, e-mail), or, in an e-mail, as a
 * signature at the bottom. Every fact is taken from the letter as written or left null: a clerk
 * checks what the desk read, and a wrong address on a case is worse than an empty one.
 */
import { readEmail, readPhone } from './contact-details.js';
import { readLetterDate } from './letter-date.js';
import { restoreDiacritics } from './lost-diacritics.js';
import { isAddresseeLine, isClosing, isSalutation, letterLines } from './letter-lines.js';
import { isPersonName } from './person-name.js';
import type { FactsFromLetter } from '../../cases/index.js';
import { isOwnAddress, isPostcodeLine, isStreetLine, readAddressAt } from './postal-address.js';

/**
 * What a letter gives (null where it has none): the shape the case file pre-fills. The address is one
 * line, "street, postcode city", as written (OCR confusions in the postcode corrected); the phone as
 * written; the date ISO yyyy-mm-dd.
 */
export type LetterFacts = FactsFromLetter;

export interface ReadLetterFactsOptions {
  /** The recipient's addresses, never the sender's. Default: the municipality's. */
  ownAddresses?: readonly string[];
}

export const MUNICIPALITY_ADDRESSES: readonly string[] = ['Konstitucijos pr. 3, LT-09601 Vilnius'];

// A sender block has a name, an address of up to two lines, a phone and an e-mail: the header of a
// letter is seldom longer than this before the recipient block.
const HEADER_LINES = 16;
const SIGNATURE_LINES = 8;

interface SenderBlock {
  name: string | null;
  address: string | null;
  email: string | null;
  phone: string | null;
  /** Index of the first line after the block. */
  end: number;
}

const isContactLine = (line: string) => readEmail(line) !== null || readPhone(line) !== null;

/** A long line of running text: the body has begun. */
const isProse = (line: string) => line.split(' ').length > 10 && !isStreetLine(line);

/** The address and contact lines under a name at lines[start], up to (not including) `end`. */
function blockUnder(lines: readonly string[], start: number, end: number, own: readonly string[]): Omit<SenderBlock, 'name'> {
  const block: Omit<SenderBlock, 'name'> = { address: null, email: null, phone: null, end: start };
  let i = start;
  while (i < end) {
    const line = lines[i];
    const address = readAddressAt(lines, i);
    if (address && block.address === null) {
      if (!isOwnAddress(address.address, own)) block.address = address.address;
      i += address.lines;
    } else if (isContactLine(line)) {
      block.email ??= readEmail(line);
      block.phone ??= readPhone(line);
      i++;
    } else break;
  }
  block.end = i;
  return block;
}

/** Skips a recipient block: the addressee line(s) and the office's address under them. */
function skipRecipient(lines: readonly string[], start: number): number {
  let i = start + 1;
  while (i < lines.length && isAddresseeLine(lines[i]) && !isProse(lines[i])) i++;
  while (i < lines.length && (isStreetLine(lines[i]) || isPostcodeLine(lines[i]))) i++;
  return i;
}

function readSenderAt(lines: readonly string[], from: number, to: number, own: readonly string[]): SenderBlock | null {
  let i = from;
  while (i < to) {
    const line = lines[i];
    if (isAddresseeLine(line)) {
      i = skipRecipient(lines, i);
      continue;
    }
    if (isProse(line) || isSalutation(line)) return null;
    if (isPersonName(line)) return { name: line.replace(/,$/, ''), ...blockUnder(lines, i + 1, Math.min(lines.length, i + 7), own) };
    i++;
  }
  return null;
}

/** The signature of an e-mail: the lines after the last closing ("Su pagarba", "Regards,"). */
function readSignature(lines: readonly string[], own: readonly string[]): SenderBlock | null {
  let closing = -1;
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - SIGNATURE_LINES - 4); i--) {
    if (isClosing(lines[i])) {
      closing = i;
      break;
    }
  }
  const from = closing === -1 ? Math.max(0, lines.length - SIGNATURE_LINES) : closing + 1;
  for (let i = from; i < lines.length; i++) {
    if (isPersonName(lines[i])) return { name: lines[i].replace(/,$/, ''), ...blockUnder(lines, i + 1, lines.length, own) };
  }
  return null;
}

const SUBJECT_LABEL = /^(?:re|subject|subj|temat|dotyczy|тема|tema|по вопросу)\s?:\s*(.+)$/iu;
const SUBJECT_OPENING = /^(?:dėl|del|prašymas dėl|prašymas del|skundas dėl|skundas del|pranešimas dėl)\s\S/iu;

/** A heading that names only the kind of document ("PRAŠYMAS", "WNIOSEK") says nothing of what it is about. */
const BARE_DOCUMENT_KIND = /^(?:prašymas|skundas|pareiškimas|kreipimasis|wniosek|skarga|podanie|pismo|заявление|жалоба|обращение|просьба|request|complaint|application|petition|letter)\.?$/iu;

function readSubject(lines: readonly string[], after: number, bodyStart: number): string | null {
  const subject = readSubjectLine(lines, after, bodyStart);
  return subject && BARE_DOCUMENT_KIND.test(subject.trim()) ? null : subject;
}

function readSubjectLine(lines: readonly string[], after: number, bodyStart: number): string | null {
  const limit = Math.min(lines.length, Math.max(bodyStart, after) + 2);
  for (let i = after; i < limit; i++) {
    const labelled = SUBJECT_LABEL.exec(lines[i]);
    if (labelled) return labelled[1].trim();
    if (SUBJECT_OPENING.test(lines[i])) return lines[i];
  }
  const candidate = lines[bodyStart - 1];
  if (bodyStart > after && candidate !== undefined && isSalutation(lines[bodyStart] ?? '') && looksLikeHeading(candidate)) return candidate;
  const first = lines[after];
  if (first !== undefined && after < lines.length - 1 && looksLikeHeading(first) && first === first.toUpperCase() && /\p{Lu}{3}/u.test(first)) return first;
  return null;
}

function looksLikeHeading(line: string): boolean {
  return (
    line.split(' ').length <= 14 &&
    !/[,;:]$/.test(line) &&
    !isAddresseeLine(line) &&
    !isStreetLine(line) &&
    !isPostcodeLine(line) &&
    !isContactLine(line) &&
    !isPersonName(line) &&
    !isSalutation(line) &&
    readLetterDate(line) === null
  );
}

export function readLetterFacts(text: string, options: ReadLetterFactsOptions = {}): LetterFacts {
  const own = options.ownAddresses ?? MUNICIPALITY_ADDRESSES;
  const lines = letterLines(text);
  const salutation = lines.findIndex((line, i) => i < HEADER_LINES + 4 && isSalutation(line));
  const headerEnd = Math.min(lines.length, salutation === -1 ? HEADER_LINES : salutation);

  const top = readSenderAt(lines, 0, headerEnd, own);
  const signature = readSignature(lines, own);
  const sender = top ?? signature;
  // A sender block that gives only the name may have its address under the signature.
  const sameSigner = signature && sender && signature.name === sender.name ? signature : null;

  let afterHeader = 0;
  if (top) {
    afterHeader = top.end;
    while (afterHeader < headerEnd && isAddresseeLine(lines[afterHeader])) afterHeader = skipRecipient(lines, afterHeader);
  }
  const name = sender?.name ?? null;
  const address = sender?.address ?? sameSigner?.address ?? null;
  return {
    name: name === null ? null : restoreDiacritics(name, text),
    address: address === null ? null : restoreDiacritics(address, text),
    email: sender?.email ?? sameSigner?.email ?? signature?.email ?? null,
    phone: sender?.phone ?? sameSigner?.phone ?? signature?.phone ?? null,
    letterDate: lines.map(readLetterDate).find((date) => date !== null) ?? null,
    subject: readSubject(lines, afterHeader, salutation === -1 ? afterHeader : salutation),
  };
}
