/** What the router proposed at registration, one row per case (see RoutingSuggestion). */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { suggestedDepartmentId, type RoutingSuggestion } from './case.js';
import { rankedDepartmentSchema } from './case-events.js';
import { z } from 'zod';

const top3Schema = z.array(rankedDepartmentSchema);
const evidenceSchema = z.array(z.string());

export async function insertRoutingSuggestion(trx: Kysely<DB>, caseId: string, s: RoutingSuggestion, at: Date): Promise<void> {
  await trx
    .insertInto('routing_suggestions')
    .values({
      case_id: caseId,
      suggested_department_id: suggestedDepartmentId(s),
      department_confidence: s.departmentConfidence,
      top3: JSON.stringify(s.top3),
      evidence: JSON.stringify(s.evidence),
      detected_language: s.detectedLanguage ?? null,
      language_confidence: s.languageConfidence ?? null,
      language_needs_review: s.languageNeedsReview === undefined || s.languageNeedsReview === null ? null : Number(s.languageNeedsReview),
      created_at: at.toISOString(),
    })
    .execute();
}

export type StoredRoutingSuggestion = Required<RoutingSuggestion> & { suggestedDepartmentId: string | null };

export async function findRoutingSuggestion(db: Kysely<DB>, caseId: string): Promise<StoredRoutingSuggestion | null> {
  const row = await db.selectFrom('routing_suggestions').selectAll().where('case_id', '=', caseId).executeTakeFirst();
  if (!row) return null;
  return {
    suggestedDepartmentId: row.suggested_department_id,
    departmentConfidence: Number(row.department_confidence),
    top3: top3Schema.parse(JSON.parse(row.top3)),
    evidence: evidenceSchema.parse(JSON.parse(row.evidence)),
    detectedLanguage: row.detected_language,
    languageConfidence: row.language_confidence === null ? null : Number(row.language_confidence),
    languageNeedsReview: row.language_needs_review === null ? null : Boolean(Number(row.language_needs_review)),
  };
}
