/**
 * Reads one document: its PDF text layer, or OCR page by page (progress recorded for the live
 * view). An unreadable file is recorded as such — the original stays — and never retried in a
 * loop. When the case's last document is settled, analysis is queued. Idempotent.
 */
import {
  caseDocumentsSettled,
  getDocumentForProcessing,
  markDocumentExtracting,
  recordDocumentProblem,
  recordExtractionProgress,
  saveExtractedText,
} from '../../cases/index.js';
import type { z } from 'zod';
import type { JobDefinition } from '../../jobs/job.js';
import { SERVED_LANGUAGES } from '../../languages.js';
import { extractText, isUnreadableDocument, UnreadableDocumentError } from '../../ocr/extract-text.js';
import { isReadableMediaType } from '../../ocr/page-limits.js';
import type { TextRecognizer } from '../../ocr/text-recognizer.js';
import type { IntakeDeps } from '../deps.js';
import { ANALYSE_CASE, EXTRACT_TEXT } from './intake-jobs.js';
import { enqueueJob } from '../../jobs/job-queue.js';

async function analyseWhenSettled(deps: IntakeDeps, caseId: string, caseStatus: string): Promise<void> {
  if (caseStatus === 'received' && (await caseDocumentsSettled(deps, caseId))) {
    await enqueueJob(deps.jobs, deps.db, ANALYSE_CASE, { caseId });
  }
}

export function extractTextJob(deps: IntakeDeps & { recognizer: TextRecognizer }): JobDefinition<z.infer<typeof EXTRACT_TEXT.payload>> {
  return {
    ...EXTRACT_TEXT,
    maxAttempts: 3,
    async run({ documentId }) {
      const { document, kase, bytes } = await getDocumentForProcessing(deps, documentId);
      if (document.status === 'stored' || document.status === 'extracting') {
        await markDocumentExtracting(deps, documentId, document.pageCount);
        try {
          // The type and pages intake found by content when the file came in: never inspected twice.
          if (!isReadableMediaType(document.mediaType) || !document.pageCount) throw new UnreadableDocumentError('unsupported_type');
          const file = { bytes, mediaType: document.mediaType, pages: document.pageCount };
          const languages = kase.language ? [kase.language] : [...SERVED_LANGUAGES];
          const { pages } = await extractText({ recognizer: deps.recognizer, limits: deps.fileLimits }, file, {
            languages,
            onPage: (done, total) => void recordExtractionProgress(deps, documentId, done, total).catch(() => undefined),
          });
          await saveExtractedText(deps, document, pages);
        } catch (error) {
          if (!isUnreadableDocument(error)) throw error;
          await recordDocumentProblem(deps, document, error.reason);
        }
      }
      await analyseWhenSettled(deps, kase.id, kase.status);
    },
    async onFailed({ documentId }) {
      const { document, kase } = await getDocumentForProcessing(deps, documentId);
      await recordDocumentProblem(deps, document, 'extraction_failed');
      await analyseWhenSettled(deps, kase.id, kase.status);
    },
  };
}
