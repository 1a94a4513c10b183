/**
 * How much each word of a petition may say about its language. A Polish or Russian letter from
 * Vilnius is full of Lithuanian names — "Žirmūnų g. 12", "UAB „Vilniaus vandenys“",
 * "Naujamiesčio seniūnija" — and those must not pull the vote. Names next to an address or
 * institution marker weigh nothing; other capitalised words weigh little (at the start of a
 * sentence a little more, as they are usually ordinary words there). Pure.
 */
import { fixMixedScriptWord } from './alphabets.js';
import { foldLatinDiacritics, letterScript, wordTokens } from './text-folding.js';

export interface WeightedWord {
  /** As written, with Latin look-alikes inside Cyrillic words repaired. */
  text: string;
  /** Lower-case, Latin diacritics folded. */
  folded: string;
  /** 0–1. */
  weight: number;
}

/** Markers that stand after a street name ("Baltupio g.", "Konstitucijos pr.") — folded, lower-case. */
const AFTER_NAME = new Set(['g', 'gatve', 'gatves', 'gatveje', 'pr', 'prospektas', 'prospekto', 'al', 'aleja', 'skg', 'skersgatvis', 'kel', 'pl', 'seniunija', 'seniunijos', 'seniunijai', 'seniunijoje', 'mikrorajonas', 'mikrorajone']);
/** Markers that stand before an institution's or street's name ("UAB „…“", "ul. …", "ул. …"). */
const BEFORE_NAME = new Set(['uab', 'ab', 'si', 'vsi', 'ul', 'ulica', 'ulicy', 'ulice', 'ул', 'улица', 'улице', 'улицы', 'пр', 'проспект', 'проспекте', 'street', 'st', 'str', 'ave', 'avenue']);
/** Capitalised Lithuanian word endings (genitive place names, surnames) — folded. */
const LITHUANIAN_NAME_ENDING = /(?:aus|ies|ių|iu|ų|ės|io|ienė|iene|aitė|aite|ytė|yte|utė|ute|ūnų|unu|skis|kas|as|is|ys|us)$/;

const SENTENCE_END = /[.!?…:\n]\s*["'„“«(]*\s*$/;
const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/gi;

/** Web addresses and e-mail addresses are blanked out: "gmail", "www" are no language. */
function stripAddresses(text: string): string {
  return text.replace(URL_OR_EMAIL, (m) => ' '.repeat(m.length));
}

function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

export function weighWords(text: string): WeightedWord[] {
  const clean = stripAddresses(text);
  const tokens = wordTokens(clean);
  const words: WeightedWord[] = tokens.map((t) => {
    const fixed = fixMixedScriptWord(t.text);
    return { text: fixed, folded: foldLatinDiacritics(fixed.toLowerCase()), weight: 1 };
  });
  // In a headline or a text in capitals, capitals say nothing about names.
  const longWords = words.filter((w) => w.text.length > 1);
  const capitalisedShare = longWords.filter((w) => isCapitalised(w.text)).length / Math.max(1, longWords.length);
  const capitalsMeanNames = capitalisedShare < 0.6;
  for (let i = 0; i < tokens.length; i++) {
    const word = words[i];
    const sentenceStart = i === 0 || SENTENCE_END.test(clean.slice(tokens[i - 1].start + tokens[i - 1].text.length, tokens[i].start));
    const followedByDot = clean.charAt(tokens[i].start + tokens[i].text.length) === '.';
    if (!capitalsMeanNames) word.weight = isAllCaps(word.text) && word.text.length <= 4 ? 0.5 : 1;
    else if (isAllCaps(word.text)) word.weight = 0.1;
    else if (isCapitalised(word.text) && letterScript(word.text.charAt(0)) === 'cyrillic') {
      // A name in Cyrillic is spelled the writer's way ("Жирмуну", "Михайло"): it still speaks.
      word.weight = 0.8;
    } else if (isCapitalised(word.text)) {
      const lithuanianLooking = LITHUANIAN_NAME_ENDING.test(word.text.toLowerCase());
      word.weight = sentenceStart ? (lithuanianLooking ? 0.3 : 0.7) : lithuanianLooking ? 0 : 0.15;
    }
    // Markers themselves are names' furniture, not language.
    if (AFTER_NAME.has(word.folded) && (followedByDot || word.folded.length > 2)) {
      word.weight = Math.min(word.weight, 0.1);
      for (let j = i - 1; j >= Math.max(0, i - 2) && isCapitalised(words[j].text); j--) words[j].weight = 0;
    }
    if (BEFORE_NAME.has(word.folded) && (followedByDot || word.folded.length > 2 || isAllCaps(word.text))) {
      word.weight = Math.min(word.weight, 0.1);
      for (let j = i + 1; j <= Math.min(words.length - 1, i + 3) && isCapitalised(words[j].text); j++) words[j].weight = 0;
    }
  }
  return words;
}
