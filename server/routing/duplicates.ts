/**
 * Petitions about the same matter, found by their text: MinHash signatures with locality-sensitive
 * hashing (LSH) bands, so that a new letter is compared with the few earlier ones that share a band
 * rather than with every case on file. Pure.
 *
 * Two readings of a letter's body (letter-body.ts sets the sender's block, the date, the salutation,
 * the closing and the signature aside first, so two residents' copies of one campaign text differ
 * only where they wrote something of their own):
 *  - **the same text**: the set of its word triples (shingles). Residents who sign one campaign
 *    text, or a resident who sends the same letter twice, share almost all of them; two letters
 *    written apart share almost none, however alike their subject.
 *  - **the same matter**: the set of its words. A resident writing again about the same broken
 *    lift, in other words, shares the street, the house, the lift, the repair; between one
 *    petitioner's letters a lower share counts (SAME_MATTER_SAME_PETITIONER), and the case page
 *    compares a letter with the petitioner's own other letters as well as with the band candidates.
 *
 * Words are compared in the router's one alphabet (normalise.ts: Latin diacritics folded, Cyrillic
 * transliterated) and cut to their first STEM_LENGTH letters, a light stemmer that works the same in
 * every language and on every OCR reading ("ogrzewania", "ogrzewanie" → "ogrzev"); words shorter
 * than MIN_WORD_LENGTH (mostly conjunctions, prepositions, numbers' remains) are not compared.
 *
 * The MinHash values of a set estimate its Jaccard similarity with another's; the band keys (ROWS
 * values hashed together, per band) are what the index stores: two letters whose similarity is s
 * share at least one band with probability 1 − (1 − s^ROWS)^BANDS. The bands only find candidates:
 * the sets of the candidates' texts are then compared exactly (compareLetters), so a chance
 * collision or an estimate's noise never makes two letters alike (bench/duplicates.ts prints what
 * the thresholds find on the corpus and on campaigns).
 */
import { readLetterBody, type LetterLineKinds } from './letter-body.js';
import { canonicalWords } from './normalise.js';

export const STEM_LENGTH = 6;
export const MIN_WORD_LENGTH = 4;
/** A letter with fewer compared words than this says too little to be called the same as another. */
export const MIN_WORDS = 8;

/** The same text: 20 bands of 3 (a pair at 0.5 shares a band 93 % of the time, at 0.7 100 %, at 0.1 2 %). */
export const TEXT_BANDS = 20;
export const TEXT_ROWS = 3;
/** The same matter: 20 bands of 2 (a pair at 0.3 shares a band 86 % of the time, at 0.1 18 %). */
export const WORD_BANDS = 20;
export const WORD_ROWS = 2;

/** Jaccard of the word triples at or above which two letters are the same text (a campaign). */
export const SAME_TEXT = 0.5;
/** Jaccard of the words at or above which two letters are about the same matter. */
export const SAME_MATTER = 0.3;
/**
 * The same, between two letters of one petitioner: a resident writing again says it in other words.
 * The campaign fixtures' two repeats share 0.235 and 0.247 of their words; the corpus's unrelated
 * letters at most 0.211 (and those are of different people, held to SAME_MATTER): bench/duplicates.ts.
 */
export const SAME_MATTER_SAME_PETITIONER = 0.22;

export interface Fingerprint {
  /** TEXT_BANDS × TEXT_ROWS MinHash values over the word triples. */
  text: number[];
  /** WORD_BANDS × WORD_ROWS MinHash values over the words. */
  words: number[];
  /** How many words were compared. */
  wordCount: number;
}

/**
 * The letter's subject line and body, each page and the typed body read as a letter (letter-body.ts).
 * The recipient's lines stay, as the router keeps them: setting them aside was measured to lower a
 * resident's second letter's likeness to the first as much as an unrelated pair's (bench/duplicates.ts).
 */
export function comparableText(text: { subject: string; parts: string[] }, kinds: LetterLineKinds | undefined): string {
  const out = [text.subject];
  for (const part of text.parts) {
    if (!kinds) {
      out.push(part);
      continue;
    }
    const letter = readLetterBody(part, kinds);
    out.push(letter.subject, letter.body);
  }
  return out.filter((s) => s.trim()).join('\n');
}

/** The letter's compared words, in order. */
export function comparedWords(text: string): string[] {
  return canonicalWords(text)
    .filter((w) => w.length >= MIN_WORD_LENGTH)
    .map((w) => w.slice(0, STEM_LENGTH));
}

/** FNV-1a, 32 bits: a token's one hash, from which every permutation is mixed. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: a good 32-bit mix, so seed ^ hash behaves as an independent permutation. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const seeds = (n: number, salt: number) => Array.from({ length: n }, (_, i) => mix((i + 1) * 0x9e3779b1 + salt));
const TEXT_SEEDS = seeds(TEXT_BANDS * TEXT_ROWS, 0x51);
const WORD_SEEDS = seeds(WORD_BANDS * WORD_ROWS, 0x77);

function minHash(tokens: ReadonlySet<string>, seedList: readonly number[]): number[] {
  const hashes = [...tokens].map(hashString);
  return seedList.map((seed) => {
    let min = 0xffffffff;
    for (const h of hashes) {
      const v = mix(h ^ seed);
      if (v < min) min = v;
    }
    return min;
  });
}

/** What two letters are compared by: the sets of their word triples and of their words. */
export interface LetterSets {
  triples: ReadonlySet<string>;
  words: ReadonlySet<string>;
  /** How many words were compared (with repeats). */
  wordCount: number;
}

export function letterSets(text: string): LetterSets {
  const words = comparedWords(text);
  const triples = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) triples.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return { triples, words: new Set(words), wordCount: words.length };
}

/** The letter's fingerprint, or null when it says too little (fewer than MIN_WORDS compared words). */
export function fingerprintOf(sets: LetterSets): Fingerprint | null {
  if (sets.wordCount < MIN_WORDS) return null;
  return { text: minHash(sets.triples, TEXT_SEEDS), words: minHash(sets.words, WORD_SEEDS), wordCount: sets.wordCount };
}

/** |A ∩ B| / |A ∪ B|; 0 for two empty sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const x of small) if (large.has(x)) common++;
  return common / (a.size + b.size - common);
}

/** The share of equal positions: the estimated Jaccard similarity of the two sets. */
export function estimatedJaccard(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * The band keys the index stores and looks up: one signed 32-bit integer per band (both
 * databases store it as a plain integer), the band's number mixed in so that equal values in
 * different bands do not meet. Different bands may collide by chance; a candidate is always checked
 * against its signature.
 */
export function bandKeys(fingerprint: Fingerprint): number[] {
  const keys: number[] = [];
  const band = (values: readonly number[], rows: number, bands: number, salt: number) => {
    for (let b = 0; b < bands; b++) {
      let h = mix(salt + b);
      for (let r = 0; r < rows; r++) h = mix(h ^ values[b * rows + r]);
      keys.push(h | 0);
    }
  };
  band(fingerprint.text, TEXT_ROWS, TEXT_BANDS, 0x1000);
  band(fingerprint.words, WORD_ROWS, WORD_BANDS, 0x2000);
  return keys;
}

export type Likeness = 'same_text' | 'same_matter';

export interface Similarity {
  /** Jaccard similarity of the word triples. */
  text: number;
  /** Jaccard similarity of the words. */
  words: number;
  /** What the two letters are to each other, or null when neither threshold is reached. */
  likeness: Likeness | null;
}

/**
 * Two letters compared exactly: the bands only find the candidates, the sets decide. A letter
 * that says too little (fewer than MIN_WORDS words) is like no other.
 */
export function compareLetters(a: LetterSets, b: LetterSets, options: { samePetitioner?: boolean } = {}): Similarity {
  if (a.wordCount < MIN_WORDS || b.wordCount < MIN_WORDS) return { text: 0, words: 0, likeness: null };
  const text = jaccard(a.triples, b.triples);
  const words = jaccard(a.words, b.words);
  const matter = options.samePetitioner ? SAME_MATTER_SAME_PETITIONER : SAME_MATTER;
  const likeness = text >= SAME_TEXT ? 'same_text' : words >= matter ? 'same_matter' : null;
  return { text, words, likeness };
}
