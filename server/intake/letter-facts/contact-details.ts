/**
 * The e-mail address and telephone number a petitioner wrote, read from the lines that hold them.
 */

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,}/iu;
// OCR reads "@" as "Q", "©" or "(@" when the ring is faint; only a line that is nothing but an
// address is repaired, so "Q" inside a word of prose is never taken for one.
const DAMAGED_EMAIL_LINE = /^(?:(?:e-?mail|el\.\s?p(?:aštas)?|эл\.\s?почта|e-mail)[:.]?\s*)?([\p{Ll}\d._%+-]+)\s?(?:Q|©|\(@\)|\(at\)|\[at\])\s?([\p{Ll}\d-]+(?:\.[\p{Ll}\d-]+)*\.[a-z]{2,})$/u;

export function readEmail(line: string): string | null {
  const found = EMAIL.exec(line);
  if (found) return found[0].replace(/\.$/, '');
  const damaged = DAMAGED_EMAIL_LINE.exec(line.trim());
  return damaged ? `${damaged[1]}@${damaged[2]}` : null;
}

// Lithuanian numbers: +370 and eight digits, or the national 8 and eight digits, with the area code
// often in brackets ("(8 5) 244 10 72").
const NUMBER = /(?:\+\s?370|\(\s?8\s?\d{0,3}\s?\)|\b8)[\d\s()-]{6,16}\d/;
const LABEL = /(?:^|[\s(])(?:tel|tlf|mob|телефон|тел|phone|telefon|tel\.\s?nr|nr\.\s?tel)\.?\s?(?:nr\.?)?\s?[:.]?\s*$/i;

const digitCount = (s: string) => s.replace(/\D/g, '').length;
const plausible = (number: string) => {
  const digits = digitCount(number);
  return number.startsWith('+') ? digits === 11 : digits === 9;
};

/**
 * The number on a line that is a telephone line: the number alone, or after a label ("tel.",
 * "тел."). A number inside a sentence without a label (an account, a payer code) is not a phone.
 */
export function readPhone(line: string): string | null {
  const found = NUMBER.exec(line);
  if (!found) return null;
  const number = found[0].trim();
  if (!plausible(number)) return null;
  const before = line.slice(0, found.index);
  const after = line.slice(found.index + found[0].length).trim();
  const alone = before.trim() === '' && (after === '' || /^[,;.]?$/.test(after));
  return alone || LABEL.test(before) ? number : null;
}
