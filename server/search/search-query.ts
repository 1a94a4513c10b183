/**
 * What a person typed into search, parsed; and the one way text becomes search terms.
 *
 * Stemming happens here, in the application, for both databases alike (the Snowball stemmers of
 * nlp.js): at index time each word is stored as itself and its stems, at query time a word asks for
 * any of its stems under the four languages. So `ogrzewania` finds `ogrzewanie` (both stem to
 * `ogrzew` in Polish), and the engines (FTS5, tsvector 'simple') only ever compare plain tokens.
 * Terms are lower-case with diacritics folded, letters and digits only: safe in either query syntax.
 */
import { StemmerEn } from '@nlpjs/lang-en';
import { StemmerLt } from '@nlpjs/lang-lt';
import { StemmerPl } from '@nlpjs/lang-pl';
import { StemmerRu } from '@nlpjs/lang-ru';

export type StemLang = 'lt' | 'pl' | 'ru' | 'en';
export const STEM_LANGS: readonly StemLang[] = ['lt', 'pl', 'ru', 'en'];

const STEMMERS: Record<StemLang, { stemWord(w: string): string }> = {
  lt: new StemmerLt(),
  pl: new StemmerPl(),
  ru: new StemmerRu(),
  en: new StemmerEn(),
};

/** Letters that do not decompose under NFD but are read as their base letter. */
const EXTRA_FOLD: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ё: 'е', й: 'и' };

/** Lower case, diacritics off (š → s, ą → a, ł → l, ё → е): what both sides of a match compare. */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  // Fast path: plain ASCII needs nothing more.
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łđøßæœёй]/g, (c) => EXTRA_FOLD[c] ?? c);
}

/** The words of a text, as typed (lower-cased, NFC), in order. */
export function wordsOf(text: string): string[] {
  return text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const LITHUANIAN_ONLY = /[ėįųūč]/; // letters Polish has not
const POLISH_ONLY = /[łńóśźżć]/; // letters Lithuanian has not

/**
 * The languages whose stemmer a word of a text in `lang` is put through: the text's language when
 * known (a Cyrillic word is Russian whatever the text), else a cheap guess by the word's letters.
 */
function languagesOf(word: string, lang: string | null | undefined): readonly StemLang[] {
  if (CYRILLIC.test(word)) return ['ru'];
  if (!LATIN.test(word)) return [];
  if (lang === 'lt' || lang === 'pl' || lang === 'en') return [lang];
  if (LITHUANIAN_ONLY.test(word)) return ['lt'];
  if (POLISH_ONLY.test(word)) return ['pl'];
  return ['lt', 'pl', 'en'];
}

/** A word and its stems in those languages, folded, without repeats. */
function termsOfWord(word: string, langs: readonly StemLang[]): string[] {
  const out = [fold(word)];
  for (const l of langs) {
    const s = fold(STEMMERS[l].stemWord(word));
    if (s.length > 0 && !out.includes(s)) out.push(s);
  }
  return out;
}

const MAX_INDEXED_WORDS = 20_000;

/**
 * The stored form of a text: its words and their stems, space-separated, in order (a word's
 * repeats kept, so the engines' term frequency still ranks). Digits-only and one-letter words are
 * kept as they are.
 */
export function indexTermsOf(text: string, lang?: string | null): string {
  const words = wordsOf(text).slice(0, MAX_INDEXED_WORDS);
  const cache = new Map<string, string>();
  const out: string[] = [];
  for (const w of words) {
    let t = cache.get(w);
    if (t === undefined) {
      t = w.length < 3 || /^\p{N}+$/u.test(w) ? fold(w) : termsOfWord(w, languagesOf(w, lang)).join(' ');
      cache.set(w, t);
    }
    out.push(t);
  }
  return out.join(' ');
}

/** Every term a query word may have been stored as: itself and its stems under all four stemmers. */
export function queryVariantsOf(word: string): string[] {
  if (word.length < 3 || /^\p{N}+$/u.test(word)) return [fold(word)];
  if (CYRILLIC.test(word)) return termsOfWord(word, ['ru']);
  return termsOfWord(word, STEM_LANGS);
}

export interface SearchWord {
  /** As typed (lower-cased). */
  word: string;
  /** Folded, for matching names and addresses (no stemming: names are not inflected here). */
  folded: string;
  /** Folded stems under the four stemmers, any of which matches. */
  variants: string[];
}

export interface SearchQuery {
  raw: string;
  /** A case number, whole (`VLN-2026-000123`), by year and sequence (`2026-000123`, `2026-123`). */
  number?: { exact: string | null; year: number | null; seq: number };
  /** Digits only, ≥ 3: case numbers whose sequence ends with them (`000123`, `123`). */
  numberSuffix?: string;
  /** An e-mail address, lower case: matched exactly. */
  email?: string;
  /** The last 8 digits of a phone number: +370 612 34567 and 8 612 34567 are the same mobile. */
  phoneKey?: string;
  /** The words, all of which must match. */
  words: SearchWord[];
}

export const PHONE_KEY_DIGITS = 8;
const MAX_WORDS = 8;

/** The query a person typed, or null when there is nothing to search for. */
export function parseSearchQuery(input: string): SearchQuery | null {
  const raw = input.normalize('NFC').trim().slice(0, 200);
  if (!raw) return null;
  const q: SearchQuery = { raw, words: [] };

  const email = raw.match(/^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/);
  if (email) {
    q.email = raw.toLowerCase();
    return q;
  }

  const number = raw.match(/^(?:([A-Za-z]{2,5})-?)?(\d{4})-(\d{1,9})$/);
  if (number) {
    const [, prefix, year, seq] = number;
    q.number = {
      exact: prefix && seq!.length >= 6 ? `${prefix.toUpperCase()}-${year}-${seq}` : null,
      year: Number(year),
      seq: Number(seq),
    };
    return q;
  }

  if (/^\+?[\d\s\-().\/]+$/.test(raw)) {
    const digits = raw.replace(/\D/g, '');
    if (/^\d{3,9}$/.test(raw)) q.numberSuffix = raw;
    if (digits.length >= PHONE_KEY_DIGITS && digits.length <= 15) q.phoneKey = digits.slice(-PHONE_KEY_DIGITS);
    if (q.numberSuffix || q.phoneKey) return q;
    if (digits.length < 3) return null;
  }

  const seen = new Set<string>();
  for (const word of wordsOf(raw)) {
    if (word.length < 2 || seen.has(word)) continue;
    seen.add(word);
    q.words.push({ word, folded: fold(word), variants: queryVariantsOf(word) });
    if (q.words.length === MAX_WORDS) break;
  }
  return q.words.length > 0 ? q : null;
}

/**
 * The variants of the words of texts, remembered: snippets test every word of fifty cases' texts (OCR
 * pages too) under four stemmers, and the same few thousand words come back in every text. Bounded:
 * emptied when full.
 */
const TEXT_WORD_VARIANTS = new Map<string, string[]>();
const TEXT_WORD_VARIANTS_MAX = 50_000;

/** Does a word of a text match a query word? (the snippets' test: the word under any stemmer). */
export function wordMatches(textWord: string, q: SearchWord): boolean {
  let variants = TEXT_WORD_VARIANTS.get(textWord);
  if (!variants) {
    if (TEXT_WORD_VARIANTS.size >= TEXT_WORD_VARIANTS_MAX) TEXT_WORD_VARIANTS.clear();
    variants = queryVariantsOf(textWord);
    TEXT_WORD_VARIANTS.set(textWord, variants);
  }
  return variants.some((v) => q.variants.includes(v));
}
