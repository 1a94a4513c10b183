/**
 * After a case's documents are read: detect its language, route it, and register it — or send it
 * to "needs review" when there is nothing a person or a machine could read. Idempotent: a case
 * that is no longer "received" is left alone.
 */
import type { z } from 'zod';
import { caseDocumentsSettled, loadCaseForAnalysis, recordLetterFacts, registerAnalysedCase, sendCaseToReview, type CaseForAnalysis } from '../../cases/index.js';
import type { JobDefinition } from '../../jobs/job.js';
import { isServedLanguage } from '../../languages.js';
import type { IntakeDeps } from '../deps.js';
import { readLetterFacts } from '../letter-facts/read-letter-facts.js';
import { ANALYSE_CASE } from './intake-jobs.js';

export function analyseCaseJob(deps: IntakeDeps): JobDefinition<z.infer<typeof ANALYSE_CASE.payload>> {
  return {
    ...ANALYSE_CASE,
    maxAttempts: 5,
    async run({ caseId }) {
      const a = await loadCaseForAnalysis(deps, caseId);
      if (a.kase.status !== 'received') return;
      if (!(await caseDocumentsSettled(deps, caseId))) return; // the last extraction enqueues us again
      const pages = a.pages.filter((p) => p.text.trim());
      if (a.intake.problem) {
        // The message itself could not be read (only its headers): a person reads the original.
        await sendCaseToReview(deps, caseId, 'unreadable_documents', { problems: [{ filename: 'message.eml', problem: a.intake.problem }] });
        return;
      }
      const hasText = Boolean(a.kase.subject.trim() || a.kase.body.trim() || pages.length);
      if (!hasText) {
        const problems = a.documents.filter((d) => d.problem).map((d) => ({ filename: d.filename, problem: d.problem }));
        await sendCaseToReview(deps, caseId, problems.length ? 'unreadable_documents' : 'no_text', { problems });
        return;
      }
      await prefillFromLetter(deps, a);
      const analysis = await deps.analyser.analyse({
        subject: a.kase.subject,
        body: a.kase.body,
        pages: pages.map((p) => ({ text: p.text, confidence: p.confidence })),
        hints: {
          formLanguage: a.kase.channel === 'web' ? a.kase.language : null,
          contentLanguage: a.intake.contentLanguage,
        },
      });
      if (a.kase.channel === 'email' && !a.petitioner.email) {
        await sendCaseToReview(deps, caseId, 'no_reply_address');
        return;
      }
      await registerAnalysedCase(deps, caseId, {
        language: isServedLanguage(analysis.language) ? analysis.language : null,
        replyLanguage: analysis.replyLanguage,
        departmentId: a.kase.departmentId ?? analysis.departmentId,
        routing: {
          detectedLanguage: analysis.language,
          languageConfidence: analysis.languageConfidence,
          languageNeedsReview: analysis.languageNeedsReview,
          departmentConfidence: analysis.departmentConfidence,
          top3: analysis.top3,
          evidence: analysis.evidence.slice(0, 12),
        },
      });
    },
    async onFailed({ caseId }, error) {
      await sendCaseToReview(deps, caseId, 'analysis_failed', { error: error.message.slice(0, 300) });
    },
  };
}

/**
 * A paper letter names its sender at the top, an e-mail in its signature: what it gives is
 * pre-filled where nothing is known yet, marked as read from the letter for a clerk to confirm.
 * The letter is the first document's text (further files of the same letter are later pages).
 */
async function prefillFromLetter(deps: IntakeDeps, a: CaseForAnalysis): Promise<void> {
  if (a.kase.channel !== 'letter' && a.kase.channel !== 'email') return;
  const first = a.documents.find((d) => d.role !== 'reply' && a.pages.some((p) => p.documentId === d.id));
  const text = a.kase.channel === 'email' && a.kase.body.trim()
    ? a.kase.body
    : a.pages.filter((p) => p.documentId === first?.id).map((p) => p.text).join('\n');
  if (!text.trim()) return;
  await recordLetterFacts(deps, a.kase.id, readLetterFacts(text));
}
