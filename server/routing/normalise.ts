/**
 * One alphabet for every language, so one model serves Lithuanian, Polish, Russian (in either
 * alphabet) and English: lower case, Latin diacritics folded, Cyrillic transliterated, and the
 * spelling differences between transliteration habits and between Lithuanian and Polish
 * smoothed over ("shch"/"sch"/"szcz" → "s", "ja"/"ya"/"ia" → "ia", "w" → "v"), so cognates meet:
 * "deklaracija", "deklaracja", "декларация" all become "deklaracia". Pure.
 */
import { foldToAscii } from '../language/text-folding.js';

const DIGRAPHS: Readonly<Record<string, string>> = { zh: 'z', rz: 'z', sz: 's', cz: 'c', sh: 's', ts: 'c', ph: 'f', th: 't', x: 'ks', q: 'k', w: 'v' };

/** Applied in order, on a folded word. */
const SPELLING_RULES: readonly [RegExp, string | ((match: string) => string)][] = [
  [/shch|szcz|sch/g, 's'],
  [/kh|ch/g, 'h'],
  [/zh|rz|sz|cz|sh|ts|ph|th|x|q|w/g, (m) => DIGRAPHS[m] ?? m],
  [/yo/g, 'e'], // "ё" typed as "yo" ("schyotchik"); the transliteration writes it "e"
  [/[jy]/g, 'i'],
  [/(.)\1+/g, '$1'],
];

export function canonicalWord(folded: string): string {
  let word = folded;
  for (const [pattern, replacement] of SPELLING_RULES) {
    word = typeof replacement === 'string' ? word.replace(pattern, replacement) : word.replace(pattern, replacement);
  }
  return word;
}

const WORD = /[a-z]+/g;

/** The canonical words of a text, in order. Digits and punctuation are dropped. */
export function canonicalWords(text: string): string[] {
  return (foldToAscii(text).match(WORD) ?? []).map(canonicalWord);
}
