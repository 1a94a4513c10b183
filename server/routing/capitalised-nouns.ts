/**
 * Whether a text is written in a language that capitalises every noun (German): there a capital
 * letter inside a sentence marks "Müllabfuhr" and "Container" as nouns, not as names, so the
 * features keep them. Told by German's own function words ("und", "der", "nicht", "für"): those
 * of the language lexicon that no other Latin-script lexicon has, so that an English "in" or a
 * Latvian "ar" counts for nothing. The router is not told the detected language (it routes before
 * and apart from the detector), so it looks for itself. Pure.
 */
import { LEXICON, type LexiconLanguage } from '../language/lexicon.js';
import { foldToAscii, wordTokens } from '../language/text-folding.js';

const OTHER_LATIN: readonly LexiconLanguage[] = ['lt', 'pl', 'lv', 'en', 'ruLatin'];

const GERMAN_ONLY: ReadonlySet<string> = new Set([...LEXICON.de].filter((w) => !OTHER_LATIN.some((l) => LEXICON[l].has(w))));

/** At least this many German function words, and this share of the Latin-script words. */
const MIN_HITS = 3;
const MIN_SHARE = 0.15;

const LATIN_WORD = /^\p{Script=Latin}+$/u;

export function capitalisesNouns(text: string): boolean {
  let words = 0;
  let hits = 0;
  for (const token of wordTokens(text)) {
    if (!LATIN_WORD.test(token.text)) continue;
    words++;
    if (GERMAN_ONLY.has(foldToAscii(token.text))) hits++;
  }
  return hits >= MIN_HITS && hits >= MIN_SHARE * words;
}
