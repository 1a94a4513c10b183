/**
 * The jobs of the intake pipeline, as callers enqueue them (name, payload, key). Their handlers
 * are in extract-text.job.ts and analyse-case.job.ts.
 */
import { z } from 'zod';
import { defineJobSpec } from '../../jobs/job.js';

/** Read one document's text (PDF text layer or OCR). One job per document. */
export const EXTRACT_TEXT = defineJobSpec({
  name: 'extract-text',
  payload: z.object({ documentId: z.string().min(1) }),
  key: ({ documentId }) => `extract:${documentId}`,
});

/** Detect the language, route and register a case once its documents are read. One job per case. */
export const ANALYSE_CASE = defineJobSpec({
  name: 'analyse-case',
  payload: z.object({ caseId: z.string().min(1) }),
  key: ({ caseId }) => `analyse:${caseId}`,
});

/** Media types whose text we extract (by OCR or from a PDF's text layer). */
export function needsExtraction(mediaType: string): boolean {
  return mediaType === 'application/pdf' || mediaType.startsWith('image/');
}
