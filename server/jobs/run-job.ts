/**
 * One try of one job, the same for both queues: validate the payload, run, and decide what happens
 * next — done, try again later, or give up (after telling the definition via onFailed).
 * The queues only store the outcome; the retry policy lives here once.
 */
import { DEFAULT_MAX_ATTEMPTS, PermanentJobError, isPermanentJobError, type JobDefinition } from './job.js';

export interface ClaimedJob {
  id: string;
  name: string;
  /** As stored (parsed JSON), not yet validated. */
  payload: unknown;
  /** This try, counting from 1; includes tries by workers that died. */
  attempt: number;
  /** Set at enqueue to override the definition's; null when the definition decides. */
  maxAttempts: number | null;
}

export type JobOutcome =
  | { kind: 'done' }
  /** Failed, attempts remain: schedule another try. */
  | { kind: 'retry'; error: Error; maxAttempts: number }
  /** Will not be tried again; onFailed has been called (unless the payload was invalid). */
  | { kind: 'failed'; error: Error; maxAttempts: number };

function maxAttemptsOf(definition: JobDefinition, job: Pick<ClaimedJob, 'maxAttempts'>): number {
  return job.maxAttempts ?? definition.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
}

export async function runJob(definition: JobDefinition, job: ClaimedJob, signal: AbortSignal): Promise<JobOutcome> {
  const maxAttempts = maxAttemptsOf(definition, job);
  const parsed = definition.payload.safeParse(job.payload);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`).join('; ');
    return { kind: 'failed', error: new PermanentJobError(`invalid payload for job "${job.name}": ${issues}`), maxAttempts };
  }
  const payload: unknown = parsed.data;

  // A worker died during the last allowed try (its lease ran out, or its database session ended):
  // running again would exceed the limit, and a job that kills its worker must not loop forever.
  if (job.attempt > maxAttempts) {
    const error = new Error(`no attempts left: the worker running try ${job.attempt - 1} of ${maxAttempts} stopped before finishing`);
    return { kind: 'failed', error: await reportFailure(definition, payload, error), maxAttempts };
  }

  try {
    await definition.run(payload, { jobId: job.id, attempt: job.attempt, signal });
    return { kind: 'done' };
  } catch (thrown) {
    const error = toError(thrown);
    if (!isPermanentJobError(thrown) && job.attempt < maxAttempts) return { kind: 'retry', error, maxAttempts };
    return { kind: 'failed', error: await reportFailure(definition, payload, error), maxAttempts };
  }
}

/** Calls onFailed; if that throws too, both messages are kept for the person reading the job row. */
async function reportFailure(definition: JobDefinition, payload: unknown, error: Error): Promise<Error> {
  if (!definition.onFailed) return error;
  try {
    await definition.onFailed(payload, error);
    return error;
  } catch (thrown) {
    return new Error(`${error.message} (and onFailed failed: ${toError(thrown).message})`, { cause: error });
  }
}

function toError(value: unknown): Error {
  if (value instanceof Error) return value;
  return new Error(typeof value === 'string' ? value : JSON.stringify(value) ?? String(value));
}

/** What is stored as last_error: enough for a person to act on, bounded so a huge stack cannot bloat the row. */
export function describeError(error: Error): string {
  const text = error.stack ?? `${error.name}: ${error.message}`;
  return text.length > 4_000 ? `${text.slice(0, 4_000)}…` : text;
}
