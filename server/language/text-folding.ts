/**
 * Text folding shared by language detection and routing: residents type the same word with and
 * without diacritics ("pažyma" / "pazyma", "proszę" / "prosze"), and Russian in either alphabet
 * ("счётчик" / "schetchik"). Pure functions, no I/O.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const LATIN_LETTER = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Letters NFD does not decompose. */
const LATIN_SPECIALS: Readonly<Record<string, string>> = { ł: 'l', Ł: 'L', ß: 'ss', đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', æ: 'ae', œ: 'oe' };

/**
 * Removes diacritics from Latin letters only ("žolė" → "zole", "żółć" → "zolc"). Cyrillic is left
 * alone on purpose: NFD would turn "й" into "и" and "ї" into "і", erasing what tells
 * Ukrainian, Belarusian and Russian apart.
 */
export function foldLatinDiacritics(text: string): string {
  let out = '';
  for (const ch of text) out += ch.charCodeAt(0) < 0x80 ? ch : foldChar(ch);
  return out;
}

/** Per-character answers are memoised: a text has few distinct letters, and regexes per letter are slow. */
const MEMO_LIMIT = 10_000;
const foldMemo = new Map<string, string>();
const scriptMemo = new Map<string, LetterScript | null>();

function foldChar(ch: string): string {
  let folded = foldMemo.get(ch);
  if (folded === undefined) {
    folded = LATIN_SPECIALS[ch] ?? (LATIN_LETTER.test(ch) ? ch.normalize('NFD').replace(COMBINING_MARKS, '') : ch);
    if (foldMemo.size < MEMO_LIMIT) foldMemo.set(ch, folded);
  }
  return folded;
}

export type LetterScript = 'latin' | 'cyrillic';

/** The script of one character, or null when it is not a Latin or Cyrillic letter. */
export function letterScript(ch: string): LetterScript | null {
  const code = ch.charCodeAt(0);
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return 'latin';
  if (code < 0xc0) return null;
  let script = scriptMemo.get(ch);
  if (script === undefined) {
    script = CYRILLIC.test(ch) ? 'cyrillic' : LATIN_LETTER.test(ch) ? 'latin' : null;
    if (scriptMemo.size < MEMO_LIMIT) scriptMemo.set(ch, script);
  }
  return script;
}

/**
 * One Latin spelling for Russian, Ukrainian and Belarusian letters, close to what residents type
 * (and to the catalogue's transliterated keywords): "щ" → "shch", "ж" → "zh", "я" → "ya".
 */
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi',
  й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'u', ф: 'f', х: 'kh',
  ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};
const APOSTROPHES = new Set(["'", '’', 'ʼ']);

export function transliterateCyrillic(text: string): string {
  let out = '';
  let previous = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const mapped = CYRILLIC_TO_LATIN[lower];
    // The apostrophe inside a Ukrainian or Belarusian word ("п'ять") is a letter sign, not punctuation.
    if (APOSTROPHES.has(ch) && letterScript(previous) === 'cyrillic') out += '';
    else if (mapped === undefined) out += ch;
    else out += lower === ch ? mapped : mapped.charAt(0).toUpperCase() + mapped.slice(1);
    previous = ch;
  }
  return out;
}

/** Lower-case, Latin diacritics removed, Cyrillic transliterated: the routing's one alphabet. */
export function foldToAscii(text: string): string {
  return foldLatinDiacritics(transliterateCyrillic(text.toLowerCase()));
}

export interface WordToken {
  /** As written. */
  text: string;
  /** Offset of the first character in the source text. */
  start: number;
}

/** Letters, combining marks and the apostrophes Ukrainian and Belarusian write inside words. */
const WORD = /[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*/gu;

export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(WORD)) out.push({ text: m[0], start: m.index ?? 0 });
  return out;
}
