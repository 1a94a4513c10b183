/**
 * The CaseAnalyser port: given what a case says, which language it is in and which department
 * should handle it. create-case-analyser.ts builds it from the language detector and the
 * department routing; intake's jobs only see this.
 */
import type { Lang } from '../languages.js';

export interface AnalysisInput {
  subject: string;
  body: string;
  /** Recognised text, each with the OCR confidence (0–100) or null for a text layer. */
  pages: { text: string; confidence: number | null }[];
  hints: { formLanguage?: string | null; contentLanguage?: string | null; previousLanguages?: string[] };
}

export interface CaseAnalysis {
  language: string | null;
  languageConfidence: number;
  /** The language we answer in: the petition's when we serve it, otherwise the fallback. */
  replyLanguage: Lang;
  /** Below the threshold, or a language we do not serve: a clerk confirms. */
  languageNeedsReview: boolean;
  departmentId: string | null;
  departmentConfidence: number;
  top3: { departmentId: string; confidence: number }[];
  /** Words that drove the routing, for the triage screen. */
  evidence: string[];
}

export interface CaseAnalyser {
  analyse(input: AnalysisInput): Promise<CaseAnalysis>;
}
