/**
 * The LanguageDetector port: which language a petition is written in, how sure we are, and the
 * language we answer in. The franc adapter (franc.adapter.ts) is the production implementation.
 */
import type { Lang } from '../languages.js';
import type { DetectableLanguage } from './language.js';

/** One piece of text with how much it is trusted: 1 for typed text, the OCR confidence for a scan. */
export interface LanguageSample {
  text: string;
  /** 0–1. */
  weight: number;
}

export interface LanguageHints {
  /** The language of the web form the petition came through. */
  formLanguage?: string | null;
  /** The e-mail's Content-Language header. */
  contentLanguage?: string | null;
  /** Languages of the petitioner's earlier cases, newest first. */
  previousLanguages?: readonly string[];
}

export interface LanguageDetectionInput {
  samples: readonly LanguageSample[];
  hints?: LanguageHints;
}

export type LanguageReviewReason = 'no_text' | 'low_confidence' | 'not_served';

export interface LanguageDetection {
  /** Null only when there is neither text nor a hint to go by. */
  language: DetectableLanguage | null;
  /** 0–1: the probability of `language` among the candidates. */
  confidence: number;
  /** The petition's language when the desk serves it, otherwise the configured fallback. */
  replyLanguage: Lang;
  /** A clerk should confirm the language (and so the reply language). */
  needsReview: boolean;
  reviewReason: LanguageReviewReason | null;
  /** Every candidate with its probability, best first. */
  ranking: { language: DetectableLanguage; probability: number }[];
}

export interface LanguageDetector {
  detect(input: LanguageDetectionInput): LanguageDetection;
}

/**
 * What the trigram engine says about one text: for each candidate of the text's script, a score
 * in 0–1 where the best candidate has 1 (franc's normalised distance). Languages of the other
 * script are absent.
 */
export type TrigramScorer = (text: string, candidates: readonly DetectableLanguage[]) => Partial<Record<DetectableLanguage, number>>;
