/**
 * A letter read as a letter before it is routed: the sender's block, the recipient's block (the
 * municipality's own name and address stand in almost every letter, and would pull every letter
 * towards whichever department the catalogue ties those words to), the date, the salutation, the
 * closing and the signature are set aside; what is left is the subject line and the body, which
 * say what the petition is about. Pure.
 *
 * What kind of line a line is (a name, an address, a salutation, the recipient office) is known
 * to the letter-facts reader in intake, which sits above routing and so cannot be imported here;
 * it is handed in as `LetterLineKinds`, whose members have the names letter-facts exports them
 * under, so the composition root passes them through as they are.
 */

/** What the letter-facts reader knows about the lines of a letter. */
export interface LetterLineKinds {
  /** The letter's non-empty lines, normalised. */
  lines(text: string): string[];
  isSalutation(line: string): boolean;
  /** A closing alone on its line ("Su pagarba", "Спасибо, Константин Фомин"). */
  isClosing(line: string): boolean;
  /** A line naming an office (the recipient). */
  isAddresseeLine(line: string): boolean;
  isPersonName(line: string): boolean;
  isStreetLine(line: string): boolean;
  isPostcodeLine(line: string): boolean;
  readEmail(line: string): string | null;
  readPhone(line: string): string | null;
  readLetterDate(line: string): string | null;
}

export interface LetterBody {
  /** The subject line(s) the letter gives itself (may be empty). */
  subject: string;
  /** The running text: what the resident asks, complains of or reports (the recipient lines first). */
  body: string;
  /**
   * The recipient lines of the header ("Antakalnio seniūnijai"): the office the resident chose to
   * write to, which names the matter's department as a subject line does (also in `body`).
   */
  addressee: string;
}

/** A sender block, a recipient block and a date seldom take more lines than this before the letter begins. */
const HEADER_LINES = 16;
/** A signature (closing, name, address, phone, e-mail, date) seldom takes more lines than this. */
const SIGNATURE_LINES = 10;
/** A recipient line is short ("Vilniaus miesto savivaldybės administracijai"); a sentence mentioning an office is not one. */
const ADDRESSEE_MAX_WORDS = 8;
/** A subject is a heading, not a sentence. */
const SUBJECT_MAX_WORDS = 14;
/** A salutation sharing its line with fewer words than this is a salutation alone ("Dear Sir or Madam,"). */
const SHARED_SALUTATION_MIN_WORDS = 3;

/** An e-mail line is the address and perhaps a label; a sentence that mentions an address is prose. */
const CONTACT_MAX_WORDS = 4;

const wordCount = (line: string) => line.split(' ').filter(Boolean).length;
/** A line that is an e-mail address, a phone number or the date, perhaps with its label ("tel.", "el. paštas:"). */
function isContactOrDate(line: string, kinds: LetterLineKinds): boolean {
  return kinds.readLetterDate(line) !== null || kinds.readPhone(line) !== null || (kinds.readEmail(line) !== null && wordCount(line) <= CONTACT_MAX_WORDS);
}

/** A line standing alone as an address, a contact or a date (the city alone counts: "Vilnius", "Wilno, 2026-03-02"). */
function isFurniture(line: string, kinds: LetterLineKinds): boolean {
  return (
    kinds.isPersonName(line) ||
    kinds.isStreetLine(line) ||
    kinds.isPostcodeLine(line) ||
    isContactOrDate(line, kinds)
  );
}

/**
 * A recipient line ("Vilniaus miesto savivaldybės administracijai", "Antakalnio seniūnijai"): passed
 * over as header, but kept as text. The municipality's own name is a letter's furniture (its words
 * are stop words of the features), while an office the resident chose to write to says where the
 * petition belongs.
 */
const isRecipient = (line: string, kinds: LetterLineKinds) => kinds.isAddresseeLine(line) && wordCount(line) <= ADDRESSEE_MAX_WORDS && !/[.!?]$/.test(line);

/** The words after a salutation that shares its line with the first sentence ("Hello, our bin was not emptied"). */
function afterSalutation(line: string): string {
  const cut = line.search(/[,.!:]\s/);
  if (cut === -1) return '';
  const rest = line.slice(cut + 1).trim();
  return wordCount(rest) >= SHARED_SALUTATION_MIN_WORDS ? rest : '';
}

const looksLikeHeading = (line: string) => wordCount(line) <= SUBJECT_MAX_WORDS && !/[.,;!?]$/.test(line);

export function readLetterBody(text: string, kinds: LetterLineKinds): LetterBody {
  const lines = kinds.lines(text);
  // The header: furniture lines at the top, up to the first line of the letter itself.
  let start = 0;
  const recipient: string[] = [];
  while (start < Math.min(lines.length, HEADER_LINES) && !kinds.isSalutation(lines[start])) {
    if (isRecipient(lines[start], kinds)) recipient.push(lines[start]);
    else if (!isFurniture(lines[start], kinds)) break;
    start++;
  }
  if (start === lines.length) return { subject: '', body: recipient.join('\n'), addressee: recipient.join('\n') }; // nothing but the header

  // The end: the last closing near the bottom, and everything after it (name, contacts, date).
  let end = lines.length;
  for (let i = lines.length - 1; i >= Math.max(start, lines.length - SIGNATURE_LINES); i--) {
    if (kinds.isClosing(lines[i])) {
      end = i;
      break;
    }
  }
  while (end > start && isFurniture(lines[end - 1], kinds)) end--;

  const salutation = lines.findIndex((line, i) => i >= start && i < end && kinds.isSalutation(line));
  const subject: string[] = [];
  const body: string[] = [...recipient];
  let i = start;
  if (salutation !== -1) {
    // Between the header and the salutation stands the subject ("Dėl ...", "Re: ...", a heading).
    for (; i < salutation; i++) {
      if (isFurniture(lines[i], kinds)) continue;
      if (isRecipient(lines[i], kinds)) {
        body.push(lines[i]);
        recipient.push(lines[i]);
      } else subject.push(lines[i]);
    }
    const rest = afterSalutation(lines[salutation]);
    if (rest) body.push(rest);
    i = salutation + 1;
  } else if (end - start > 1 && looksLikeHeading(lines[start]) && !/^\p{Ll}/u.test(lines[start + 1])) {
    // A heading, not the first line of a sentence the printer wrapped (which goes on in lower case).
    subject.push(lines[start]);
    i = start + 1;
  }
  for (; i < end; i++) {
    const line = lines[i];
    // A date or a contact line inside the body is furniture too; a street inside a sentence is not a line of its own.
    if (!isContactOrDate(line, kinds)) body.push(line);
  }
  return { subject: subject.join('\n'), body: body.join('\n'), addressee: recipient.join('\n') };
}
