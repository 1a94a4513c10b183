/**
 * The CaseAnalyser of the intake pipeline (server/intake/case-analyser.ts), from the language
 * detector and the department routing: typed text counts fully, recognised pages by their OCR
 * confidence, and the intake's hints (form language, Content-Language, earlier cases) weigh in
 * where the text leaves doubt.
 */
import type { AnalysisInput, CaseAnalyser, CaseAnalysis } from './case-analyser.js';
import type { LanguageDetector, LanguageSample } from '../language/language-detector.js';
import type { DepartmentRouting } from '../routing/department-routing.js';

/** OCR confidence (0–100) → trust. Squared, so a poorly read page says little. */
function pageTrust(confidence: number | null): number {
  return confidence === null ? 1 : Math.max(0, Math.min(1, confidence / 100)) ** 2;
}

function languageSamples(input: Pick<AnalysisInput, 'subject' | 'body' | 'pages'>): LanguageSample[] {
  const typed = [input.subject, input.body].filter((t) => t.trim()).join('\n');
  return [
    ...(typed ? [{ text: typed, weight: 1 }] : []),
    ...input.pages.filter((p) => p.text.trim()).map((p) => ({ text: p.text, weight: pageTrust(p.confidence) })),
  ];
}

export function createCaseAnalyser(deps: { detector: LanguageDetector; routing: DepartmentRouting }): CaseAnalyser {
  return {
    async analyse(input): Promise<CaseAnalysis> {
      const language = deps.detector.detect({ samples: languageSamples(input), hints: input.hints });
      const routing = await deps.routing.route({ subject: input.subject, body: input.body, pages: input.pages });
      return {
        language: language.language,
        languageConfidence: language.confidence,
        replyLanguage: language.replyLanguage,
        languageNeedsReview: language.needsReview,
        departmentId: routing.departmentId,
        departmentConfidence: routing.confidence,
        top3: routing.top3,
        evidence: routing.evidence,
      };
    },
  };
}
