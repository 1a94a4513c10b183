/**
 * The lines of a letter as the fact readers see them, and what kind of line each one is: the
 * words that open a letter, close it, or name the office it is addressed to, in the four languages
 * the desk serves.
 */

/** NFC, one space between words, typographic dashes and quotes folded, empty lines dropped. */
export function letterLines(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\u00a0\u2000-\u200b\t]/g, ' ').replace(/[‐‑‒]/g, '-').replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
}

// Matched against the start of a line, case-insensitively; a salutation can share its line with
// the first sentence ("Hello, our bin was not emptied"), so only the opening words count.
const SALUTATIONS = [
  'gerbiam', 'laba diena', 'labas', 'sveiki', 'sveiki,',
  'szanown', 'dzień dobry', 'dzien dobry', 'witam',
  'уважаем', 'добрый день', 'здравствуй', 'доброе утро', 'добрый вечер',
  'dear', 'hello', 'hi,', 'hi ', 'good morning', 'good afternoon', 'to whom it may concern',
];

const CLOSINGS = [
  'su pagarba', 'pagarbiai', 'dėkoju', 'dekoju', 'iš anksto dėkoj', 'ačiū', 'aciu', 'linkėjimai',
  'z poważaniem', 'z powazaniem', 'z wyrazami szacunku', 'pozdrawiam', 'dziękuję', 'dziekuje', 'serdecznie',
  'с уважением', 'спасибо', 'заранее благодар', 'благодарю', 'всего доброго',
  'yours faithfully', 'yours sincerely', 'sincerely', 'regards', 'kind regards', 'best regards', 'best wishes',
  'thank you', 'thanks', 'many thanks', 'cheers',
];

// Words that name an office, never a person: the recipient block is made of them.
const ADDRESSEE_WORDS = [
  'savivaldyb', 'administracij', 'skyri', 'seniūnij', 'seniunij', 'departament', 'tarnyb', 'direktor',
  'merui', 'merei', 'tarybai', 'uab ', 'ab „', 'ab "', 'vši ', 'biudžetinė', 'įstaig',
  'administracja', 'samorząd', 'samorzad', 'urząd', 'urzad', 'wydział', 'wydzial', 'starostw', 'dyrektor', 'prezydent',
  'администрац', 'самоуправлен', 'департамент', 'отдел', 'староств', 'мэр', 'управлени',
  'municipality', 'administration', 'department', 'division', 'council', 'office', 'eldership', 'city hall', 'mayor',
];

const startsWithAny = (line: string, openings: readonly string[]) => {
  const lower = line.toLowerCase();
  return openings.some((opening) => lower.startsWith(opening));
};

export const isSalutation = (line: string) => startsWithAny(line, SALUTATIONS);

/** A closing stands alone on its line ("Su pagarba", "Thank you,"), not "Thank you for the reply ...". */
export const isClosing = (line: string) => startsWithAny(line, CLOSINGS) && line.split(' ').length <= 4;

export function isAddresseeLine(line: string): boolean {
  const lower = ` ${line.toLowerCase()} `;
  return ADDRESSEE_WORDS.some((word) => lower.includes(word));
}
