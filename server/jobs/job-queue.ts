/**
 * The JobQueue port. Two adapters: the embedded queue on our `jobs` table (SQLite, one machine) and
 * graphile-worker (PostgreSQL, many machines); create-job-queue.ts picks one. Use cases only see this.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { JobDefinition, JobSpec } from './job.js';

export interface EnqueueOptions {
  /** Idempotent enqueue: no second job is added while one with this key is queued or running. */
  key?: string;
  /** Not before this instant (default: now). */
  runAt?: Date;
  /** Overrides the definition's maxAttempts for this one job. */
  maxAttempts?: number;
}

export interface JobQueue {
  /**
   * Adds a job inside the caller's open transaction (trx), so e.g. a new case and its first job
   * commit together — or, on rollback, neither exists.
   */
  enqueue(trx: Kysely<DB>, name: string, payload: unknown, options?: EnqueueOptions): Promise<void>;
  /** Runs jobs in this process until stop(). Only jobs named in `definitions` are taken. */
  start(definitions: readonly JobDefinition[], options: { concurrency: number }): Promise<void>;
  /** Graceful: stop taking jobs, wait for running ones (up to a timeout, then abort their signals). */
  stop(): Promise<void>;
  /** stop(), then release what the queue itself holds (graphile's connection pool); not the shared database. */
  close(): Promise<void>;
  /** Tests/CLI: resolves when nothing is queued-and-due or running (or rejects after timeoutMs). */
  drain(timeoutMs?: number): Promise<void>;
  /** For the UI/ops: counts by state (queued includes jobs waiting for a retry or a later run_at). */
  stats(): Promise<{ queued: number; running: number; failed: number }>;
}

/**
 * Typed enqueue, the one way use cases add a job: the payload is checked against the job's schema
 * before it is stored, so a mistake fails the caller's transaction now instead of a worker later,
 * and the idempotency key is the job's own (never retyped at the call site).
 */
export function enqueueJob<P>(queue: JobQueue, trx: Kysely<DB>, job: JobSpec<P>, payload: P, options: EnqueueOptions = {}): Promise<void> {
  const checked = job.payload.parse(payload);
  return queue.enqueue(trx, job.name, checked, { ...(job.key ? { key: job.key(checked) } : {}), ...options });
}

/** For the adapters' start(): one definition per name, or the queue could not tell which to run. */
export function definitionsByName(definitions: readonly JobDefinition[]): Map<string, JobDefinition> {
  const byName = new Map<string, JobDefinition>();
  for (const definition of definitions) {
    if (byName.has(definition.name)) throw new Error(`two job definitions are named "${definition.name}"`);
    byName.set(definition.name, definition);
  }
  return byName;
}

/** For the adapters' enqueue(): the options are the caller's, checked before anything is stored. */
export function checkEnqueueOptions(options: EnqueueOptions): void {
  if (options.maxAttempts !== undefined && (!Number.isInteger(options.maxAttempts) || options.maxAttempts < 1)) {
    throw new Error(`maxAttempts must be a positive integer (got ${options.maxAttempts})`);
  }
  if (options.key === '') throw new Error('a job key must not be empty');
  if (options.runAt && Number.isNaN(options.runAt.getTime())) throw new Error('runAt is not a valid date');
}
