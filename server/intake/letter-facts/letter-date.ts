/**
 * The date a petitioner wrote on the letter, in the forms each language writes it: 2026-11-03,
 * 2026 m. lapkričio 3 d., 3 listopada 2026 r., 3 ноября 2026 г., 3 November 2026, November 3, 2026,
 * 03.11.2026.
 */

// Month names as they stand in a date (genitive in lt/pl/ru), with and without diacritics, each
// at its month's index; matched by prefix, so "lapkr." or "Nov" count too.
const MONTHS: readonly (readonly string[])[] = [
  ['sausio', 'stycznia', 'января', 'january', 'jan'],
  ['vasario', 'lutego', 'февраля', 'february', 'feb'],
  ['kovo', 'marca', 'марта', 'march', 'mar'],
  ['balandžio', 'balandzio', 'kwietnia', 'апреля', 'april', 'apr'],
  ['gegužės', 'geguzes', 'maja', 'мая', 'may'],
  ['birželio', 'birzelio', 'czerwca', 'июня', 'june', 'jun'],
  ['liepos', 'lipca', 'июля', 'july', 'jul'],
  ['rugpjūčio', 'rugpjucio', 'sierpnia', 'августа', 'august', 'aug'],
  ['rugsėjo', 'rugsejo', 'września', 'wrzesnia', 'сентября', 'september', 'sep'],
  ['spalio', 'października', 'pazdziernika', 'октября', 'october', 'oct'],
  ['lapkričio', 'lapkricio', 'listopada', 'ноября', 'november', 'nov'],
  ['gruodžio', 'gruodzio', 'grudnia', 'декабря', 'december', 'dec'],
];

function monthOf(word: string): number | null {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return null;
  const index = MONTHS.findIndex((names) => names.some((name) => name === lower || name.startsWith(lower)));
  return index === -1 ? null : index + 1;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const M = String.raw`([\p{L}]{3,}\.?)`;
const PATTERNS: readonly { pattern: RegExp; date(m: RegExpExecArray): string | null }[] = [
  { pattern: /(\d{4})\s?[-.\/]\s?(\d{1,2})\s?[-.\/]\s?(\d{1,2})(?!\d)/u, date: (m) => isoDate(+m[1], +m[2], +m[3]) },
  { pattern: /(?<!\d)(\d{1,2})\s?[.\/]\s?(\d{1,2})\s?[.\/]\s?(\d{4})/u, date: (m) => isoDate(+m[3], +m[2], +m[1]) },
  // 2026 m. lapkričio 3 d.
  { pattern: new RegExp(String.raw`(\d{4})\s?m\.?\s${M}\s(\d{1,2})\s?d\.?`, 'u'), date: (m) => withMonth(m[2], +m[1], +m[3]) },
  // 3 listopada 2026 r., 3 ноября 2026 г., 3 November 2026, 3rd of November 2026
  { pattern: new RegExp(String.raw`(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?${M}\s(\d{4})`, 'u'), date: (m) => withMonth(m[2], +m[3], +m[1]) },
  // November 3, 2026
  { pattern: new RegExp(String.raw`${M}\s(\d{1,2})(?:st|nd|rd|th)?,?\s(\d{4})`, 'u'), date: (m) => withMonth(m[1], +m[3], +m[2]) },
];

function withMonth(word: string, year: number, day: number): string | null {
  const month = monthOf(word);
  return month === null ? null : isoDate(year, month, day);
}

// What may stand beside a date on its own line: the place, a label, the year's marker.
const DATE_LINE_REST = /^[\s,.:;-]*(?:(?:Vilnius|Vilniuje|Wilno|Вильнюс|date|data|дата|\p{Lu}\p{Ll}+)[\s,.:;-]*)?(?:m\.|d\.|r\.|г\.|года|roku|year)?[\s,.:;-]*(?:m\.|d\.|r\.|г\.|года|roku)?[\s,.]*$/iu;

/**
 * The letter's date: a date standing on its own line (perhaps after the place: "Wilno, 4 lutego
 * 2026 r."). A date inside a sentence is what the letter is about (a fire, a payment), not when it
 * was written, and is never taken.
 */
export function readLetterDate(line: string): string | null {
  for (const { pattern, date } of PATTERNS) {
    const found = pattern.exec(line);
    if (!found) continue;
    const iso = date(found);
    if (iso === null) continue;
    const rest = line.slice(0, found.index) + ' ' + line.slice(found.index + found[0].length);
    if (DATE_LINE_REST.test(rest.replace(/\s+/g, ' '))) return iso;
  }
  return null;
}
