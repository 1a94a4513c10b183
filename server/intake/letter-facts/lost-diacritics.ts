/**
 * OCR drops the marks of Lithuanian and Polish letters more often than any other error it makes on
 * a sender block ("Seimyniškių" for "Šeimyniškių", "Polubinska" for "Połubińska"), while the same
 * word elsewhere in the letter (the body, the signature) usually comes through whole. A word read
 * without its marks takes them back from another spelling of it in the same letter.
 */

// The letters with marks in the Lithuanian and Polish alphabets: a spelling that has any other
// (OCR's "é" for "ė") is itself damaged and never lends its marks.
const MARKED = 'ąčęėįšųūžćłńóśźżĄČĘĖĮŠŲŪŽĆŁŃÓŚŹŻ';
const WORD = /[\p{L}'’-]+/gu;

const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[łŁ]/g, 'l').toLowerCase();
const marks = (word: string) => [...word].filter((ch) => MARKED.includes(ch)).length;
const wellFormed = (word: string) => [...word].every((ch) => ch.charCodeAt(0) < 128 || MARKED.includes(ch) || /\p{Script=Cyrillic}/u.test(ch));

/** The value with each word that lost its marks spelled as the letter spells it elsewhere. */
export function restoreDiacritics(value: string, letter: string): string {
  const spellings = new Map<string, string>();
  for (const word of letter.normalize('NFC').match(WORD) ?? []) {
    if (!wellFormed(word) || marks(word) === 0) continue;
    const key = fold(word);
    const known = spellings.get(key);
    if (known === undefined || marks(word) > marks(known)) spellings.set(key, word);
  }
  return value.replace(WORD, (word) => {
    const better = spellings.get(fold(word));
    if (better === undefined || marks(better) <= marks(word)) return word;
    // Keep the case the value has it in ("ŠEIMYNIŠKIŲ" stays in capitals).
    return word === word.toUpperCase() ? better.toUpperCase() : word[0] === word[0].toUpperCase() ? better[0].toUpperCase() + better.slice(1) : better;
  });
}
