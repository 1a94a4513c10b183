/**
 * Language detection as the sum of independent signals, each in the same unit (a log-odds-like
 * score per candidate language):
 *   - the alphabet: Cyrillic or Latin decides the candidates, letters outside a language's
 *     alphabet count against it ("ї" against Russian, "ā" against Lithuanian, "w" against Latvian);
 *   - the trigram engine (franc), run on the text without its proper nouns, weighted by length;
 *   - function words, stored folded so text typed without diacritics finds them, plus Russian in
 *     Latin letters (words and spelling patterns: "zh", "-iy", "-aya");
 *   - hints: the web form's language, the e-mail's Content-Language, earlier cases — small priors
 *     that decide only when the text does not;
 *   - OCR pages count by their recognition confidence.
 * The scores become probabilities with a softmax; below a threshold a clerk confirms. Pure: the
 * trigram engine comes in as a function.
 */
import { countScripts, foreignLetterPenalties, letterLogLikelihoods } from './alphabets.js';
import { DETECTABLE_LANGUAGES, languageFromTag, type DetectableLanguage } from './language.js';
import { isServedLanguage, type Lang } from '../languages.js';
import type { LanguageDetection, LanguageDetectionInput, LanguageHints, TrigramScorer } from './language-detector.js';
import { LEXICON, RU_LATIN_PATTERNS } from './lexicon.js';
import { letterScript } from './text-folding.js';
import { weighWords, type WeightedWord } from './word-weights.js';

export interface DetectionWeights {
  /** Per letter of text, times (1 − franc's normalised score). */
  franc: number;
  /** Per non-ASCII Latin letter outside the candidate's alphabet. */
  foreignLetter: number;
  /** Times the log-likelihood of the signature letters ("і", "ы", "ў"; "w", "v", "y"). */
  letters: number;
  /** Per word found in the candidate's lexicon. */
  lexicon: number;
  /** Per word spelled like Russian in Latin letters. */
  ruLatinPattern: number;
  /** Priors from the intake channel and the petitioner's history. */
  formLanguage: number;
  contentLanguage: number;
  previousLanguages: number;
  /** Softmax temperature: higher gives less certain probabilities. */
  temperature: number;
  /**
   * How much worse it is to take a Ukrainian or Belarusian letter for Russian than to make any
   * other mistake: answering a Ukrainian in Russian offends. Russian must then be this many times
   * likelier than Ukrainian and Belarusian together to be chosen.
   */
  russianForUkrainianCost: number;
}

const DEFAULT_WEIGHTS: Readonly<DetectionWeights> = Object.freeze({
  franc: 0.3,
  foreignLetter: 5,
  letters: 1.2,
  lexicon: 2.5,
  ruLatinPattern: 1,
  formLanguage: 1.5,
  contentLanguage: 1.5,
  previousLanguages: 1,
  temperature: 1,
  russianForUkrainianCost: 3,
});

/** Below this confidence a clerk is asked to confirm the language. */
export const DEFAULT_REVIEW_BELOW = 0.8;

export interface DetectionSettings {
  fallbackLanguage: Lang;
  /** Below this confidence a clerk confirms the language. */
  reviewBelow: number;
  weights?: Partial<DetectionWeights>;
}

const CYRILLIC_CANDIDATES: readonly DetectableLanguage[] = ['ru', 'uk', 'be'];
const LATIN_CANDIDATES: readonly DetectableLanguage[] = ['lt', 'pl', 'en', 'lv', 'de'];
const MAX_TRIGRAM_TEXT = 2048;
/** A language shows in its first pages; a 30 MB e-mail need not be read to the end. */
const MAX_TEXT = 20_000;
const NON_ASCII_LATIN = /[^\u0000-\u007f]/;

type Scores = Partial<Record<DetectableLanguage, number>>;

function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/** Text for the trigram engine: the words that may speak, unless too little would be left. */
function trigramText(words: readonly WeightedWord[]): string {
  const all = words.map((w) => w.text).join(' ');
  const kept = words.filter((w) => w.weight >= 0.5).map((w) => w.text).join(' ');
  const keptLetters = letterCount(kept);
  return keptLetters >= 30 || keptLetters >= 0.6 * letterCount(all) ? kept : all;
}

/** The evidence of one text, or null when it has no letters to go by. */
function scoreText(text: string, scorer: TrigramScorer, weights: DetectionWeights = DEFAULT_WEIGHTS): Scores | null {
  const words = weighWords(text.slice(0, MAX_TEXT));
  const scripts = countScripts(words.map((w) => ({ text: w.text, weight: Math.max(w.weight, 0.2) })));
  if (scripts.cyrillic + scripts.latin < 2) return null;
  const cyrillic = scripts.cyrillic > scripts.latin;
  const script = cyrillic ? 'cyrillic' : 'latin';
  const isScriptWord = (w: WeightedWord) => [...w.text].some((ch) => letterScript(ch) === script);
  const scriptWords = words.filter(isScriptWord);
  const trigramCandidates = cyrillic ? CYRILLIC_CANDIDATES : LATIN_CANDIDATES;
  const scores: Scores = {};

  const sample = trigramText(scriptWords).slice(0, MAX_TRIGRAM_TEXT);
  const letters = letterCount(sample);
  const trigram = scorer(sample, trigramCandidates);
  for (const c of trigramCandidates) scores[c] = -(1 - (trigram[c] ?? 0)) * letters * weights.franc;

  if (!cyrillic) {
    // Russian typed in Latin letters: the trigram engine has no model for it, so it starts level
    // with the average Latin candidate and must win on its words, spelling and letters.
    scores.ru = trigramCandidates.reduce((sum, c) => sum + scores[c]!, 0) / trigramCandidates.length;
    for (const w of scriptWords) {
      if (NON_ASCII_LATIN.test(w.text)) scores.ru -= weights.foreignLetter * w.weight * letterCount(w.text.replace(/[a-z]/gi, ''));
      else if (RU_LATIN_PATTERNS.some((p) => p.test(w.folded))) scores.ru += weights.ruLatinPattern * w.weight;
    }
    const penalties = foreignLetterPenalties(scriptWords, trigramCandidates);
    for (const c of trigramCandidates) scores[c]! -= weights.foreignLetter * penalties[c];
  }
  const letterModel = cyrillic ? CYRILLIC_CANDIDATES : [...LATIN_CANDIDATES, 'ruLatin' as const];
  const letterLl = letterLogLikelihoods(scriptWords, letterModel, script);
  for (const c of letterModel) scores[c === 'ruLatin' ? 'ru' : c]! += weights.letters * letterLl[c];

  for (const w of scriptWords) {
    if (w.weight === 0) continue;
    for (const c of cyrillic ? CYRILLIC_CANDIDATES : LATIN_CANDIDATES) {
      if (LEXICON[c].has(cyrillic ? w.text.toLowerCase() : w.folded)) scores[c]! += weights.lexicon * w.weight;
    }
    if (!cyrillic && LEXICON.ruLatin.has(w.folded)) scores.ru! += weights.lexicon * w.weight;
  }
  return scores;
}

function hintScores(hints: LanguageHints | undefined, weights: DetectionWeights): Scores {
  const scores: Scores = {};
  const add = (language: DetectableLanguage | null, amount: number) => {
    if (language) scores[language] = (scores[language] ?? 0) + amount;
  };
  add(languageFromTag(hints?.formLanguage), weights.formLanguage);
  add(languageFromTag(hints?.contentLanguage), weights.contentLanguage);
  const previous = (hints?.previousLanguages ?? []).slice(0, 5);
  for (const tag of previous) add(languageFromTag(tag), weights.previousLanguages / previous.length);
  return scores;
}

function softmax(scores: Scores, temperature: number): { language: DetectableLanguage; probability: number }[] {
  const entries = Object.entries(scores) as [DetectableLanguage, number][];
  const max = Math.max(...entries.map(([, s]) => s));
  const exps = entries.map(([language, s]) => [language, Math.exp((s - max) / temperature)] as const);
  const total = exps.reduce((sum, [, e]) => sum + e, 0);
  return exps.map(([language, e]) => ({ language, probability: e / total })).sort((a, b) => b.probability - a.probability);
}

/** The label with the least expected cost (see `russianForUkrainianCost`). */
export function chooseLanguage(
  ranking: readonly { language: DetectableLanguage; probability: number }[],
  russianForUkrainianCost: number,
): { language: DetectableLanguage; probability: number } {
  const p = (language: DetectableLanguage) => ranking.find((r) => r.language === language)?.probability ?? 0;
  const cost = (language: DetectableLanguage) =>
    1 - p(language) + (language === 'ru' ? (russianForUkrainianCost - 1) * (p('uk') + p('be')) : 0);
  return ranking.reduce((best, r) => (cost(r.language) < cost(best.language) ? r : best), ranking[0]);
}

export function detectLanguage(input: LanguageDetectionInput, scorer: TrigramScorer, settings: DetectionSettings): LanguageDetection {
  const weights = { ...DEFAULT_WEIGHTS, ...settings.weights };
  const total: Scores = {};
  let textSeen = false;
  for (const sample of input.samples) {
    if (sample.weight <= 0 || !sample.text.trim()) continue;
    const scores = scoreText(sample.text, scorer, weights);
    if (!scores) continue;
    textSeen = true;
    // A language this text's script rules out scores below its worst candidate.
    const floor = Math.min(...Object.values(scores)) - letterCount(sample.text) * weights.franc * 0.1;
    for (const language of DETECTABLE_LANGUAGES) total[language] = (total[language] ?? 0) + sample.weight * (scores[language] ?? floor);
  }
  const hints = hintScores(input.hints, weights);

  if (!textSeen) {
    const ranking = Object.keys(hints).length ? softmax(hints, weights.temperature) : [];
    const language = ranking[0]?.language ?? null;
    return {
      language,
      confidence: ranking[0]?.probability ?? 0,
      replyLanguage: language && isServedLanguage(language) ? language : settings.fallbackLanguage,
      needsReview: true,
      reviewReason: 'no_text',
      ranking,
    };
  }
  for (const [language, amount] of Object.entries(hints) as [DetectableLanguage, number][]) total[language] = (total[language] ?? 0) + amount;
  const ranking = softmax(total, weights.temperature);
  const { language, probability } = chooseLanguage(ranking, weights.russianForUkrainianCost);
  const served = isServedLanguage(language);
  const reviewReason = !served ? 'not_served' : probability < settings.reviewBelow ? 'low_confidence' : null;
  return {
    language,
    confidence: probability,
    replyLanguage: served ? language : settings.fallbackLanguage,
    needsReview: reviewReason !== null,
    reviewReason,
    ranking,
  };
}
