/**
 * The LanguageDetector on franc: the only file that imports franc. franc is asked only about the
 * candidates of the text's script (`only:`), never about its ~190 other languages, which is what
 * makes its default mistake Scots for English or Bulgarian for Russian.
 */
import { francAll } from 'franc';
import { detectLanguage, type DetectionSettings } from './detect-language.js';
import { FRANC_CODES, type DetectableLanguage } from './language.js';
import type { LanguageDetector, TrigramScorer } from './language-detector.js';

const FROM_FRANC = new Map(Object.entries(FRANC_CODES).map(([language, code]) => [code, language as DetectableLanguage]));

export const francScorer: TrigramScorer = (text, candidates) => {
  const scores: Partial<Record<DetectableLanguage, number>> = {};
  const only = candidates.map((c) => FRANC_CODES[c]);
  for (const [code, score] of francAll(text, { only, minLength: 1 })) {
    const language = FROM_FRANC.get(code);
    if (language) scores[language] = score;
  }
  return scores;
};

export function createFrancLanguageDetector(settings: DetectionSettings): LanguageDetector {
  return { detect: (input) => detectLanguage(input, francScorer, settings) };
}
