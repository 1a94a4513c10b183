/* Frozen in time: Kysely<any>, no imports from the app. Runs on SQLite and PostgreSQL.
   Facts that are read again later get columns instead of living only in event JSON:
   - on cases, what intake knew that analysis needs (the e-mail's Content-Language, and whether
     the message could be read at all);
   - routing_suggestions, what the router proposed when a case was registered (triage shows it,
     and a clerk's correction is learned against it).
   Cases that already exist get the same facts from their trail, so nothing changes for them. */
import type { Kysely } from 'kysely';

const INTAKE_PROBLEMS = ['email_unreadable', 'too_many_parts'];

function parsed(json: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const number = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cases').addColumn('content_language', 'text').execute();
  await db.schema.alterTable('cases').addColumn('intake_problem', 'text').execute();

  await db.schema
    .createTable('routing_suggestions')
    .addColumn('case_id', 'text', (c) => c.primaryKey().references('cases.id'))
    .addColumn('suggested_department_id', 'text')
    .addColumn('department_confidence', 'double precision', (c) => c.notNull())
    .addColumn('top3', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('detected_language', 'text')
    .addColumn('language_confidence', 'double precision')
    .addColumn('language_needs_review', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // The facts of existing cases, from their first event and their registration.
  const received = await db.selectFrom('case_events').select(['case_id', 'data']).where('type', '=', 'case_received').execute();
  for (const row of received) {
    const data = parsed(row.data);
    const contentLanguage = text(data?.contentLanguage);
    const problem = text(data?.problem);
    const intakeProblem = problem && INTAKE_PROBLEMS.includes(problem) ? problem : null;
    if (contentLanguage === null && intakeProblem === null) continue;
    await db.updateTable('cases').set({ content_language: contentLanguage, intake_problem: intakeProblem }).where('id', '=', row.case_id).execute();
  }

  const registered = await db
    .selectFrom('case_events')
    .select(['case_id', 'data', 'created_at'])
    .where('type', '=', 'case_registered')
    .orderBy('case_id')
    .orderBy('seq')
    .execute();
  const done = new Set<string>();
  for (const row of registered) {
    const data = parsed(row.data);
    if (!data || !Array.isArray(data.top3) || done.has(row.case_id)) continue;
    done.add(row.case_id);
    const top3 = data.top3
      .filter((t): t is { departmentId: string; confidence: number } => typeof t?.departmentId === 'string' && typeof t?.confidence === 'number')
      .map((t) => ({ departmentId: t.departmentId, confidence: t.confidence }));
    const evidence = Array.isArray(data.evidence) ? data.evidence.filter((w): w is string => typeof w === 'string') : [];
    await db
      .insertInto('routing_suggestions')
      .values({
        case_id: row.case_id,
        suggested_department_id: top3[0]?.departmentId ?? null,
        department_confidence: number(data.departmentConfidence) ?? top3[0]?.confidence ?? 0,
        top3: JSON.stringify(top3),
        evidence: JSON.stringify(evidence),
        detected_language: text(data.detectedLanguage),
        language_confidence: number(data.languageConfidence),
        language_needs_review: typeof data.languageNeedsReview === 'boolean' ? Number(data.languageNeedsReview) : null,
        created_at: row.created_at,
      })
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('routing_suggestions').ifExists().execute();
  await db.schema.alterTable('cases').dropColumn('intake_problem').execute();
  await db.schema.alterTable('cases').dropColumn('content_language').execute();
}
