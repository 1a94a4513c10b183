/**
 * What a job is, independent of the queue that runs it. Definitions live beside their slice
 * (`*.job.ts`); the queue (job-queue.ts) stores and runs them.
 */
import type { z } from 'zod';

export interface JobContext {
  jobId: string;
  /** 1 on the first try; a job taken over from a dead worker counts that worker's try too. */
  attempt: number;
  /** Aborted when the queue shuts down past its grace period, or when this worker lost the job. */
  signal: AbortSignal;
}

/**
 * A job's name, payload and idempotency key: all a caller needs to enqueue it, without the
 * handler (so enqueueing a job never imports what the job does). `any` by default so one list
 * can hold jobs of different payload types.
 */
export interface JobSpec<P = any> {
  /** e.g. 'extract-text'; stored with every job, so renaming one strands the jobs already queued. */
  name: string;
  /** Validated when enqueued and before run; an invalid payload is a permanent failure. */
  payload: z.ZodType<P>;
  /** The idempotency key of a payload: no second job is queued while one with this key waits or runs. */
  key?(payload: P): string;
}

export function defineJobSpec<P>(spec: JobSpec<P>): JobSpec<P> {
  return Object.freeze(spec);
}

export interface JobDefinition<P = any> extends JobSpec<P> {
  /** Default DEFAULT_MAX_ATTEMPTS; an enqueue may set its own. */
  maxAttempts?: number;
  /** Must be idempotent: a worker that dies after the work but before recording it means a second run. */
  run(payload: P, ctx: JobContext): Promise<void>;
  /**
   * Called once when the job will not be tried again (attempts exhausted or PermanentJobError), e.g. to
   * send the case to "needs review". Not called for an invalid payload: there is no payload to give it.
   * If the process dies in the middle of it, it is called again, so it must be idempotent too.
   */
  onFailed?(payload: P, error: Error): Promise<void>;
}

export const DEFAULT_MAX_ATTEMPTS = 5;

/**
 * A brand that survives module duplication (tests and the web bundle may load two copies of this
 * file), so the queue recognises a permanent failure without trusting `instanceof`.
 */
const PERMANENT = Symbol.for('petition-desk.permanent-job-error');

/** Thrown by a job when trying again cannot help (the document is not a PDF, the case is gone). */
export class PermanentJobError extends Error {
  readonly [PERMANENT] = true;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PermanentJobError';
  }
}

export function isPermanentJobError(value: unknown): value is PermanentJobError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[PERMANENT] === true;
}
