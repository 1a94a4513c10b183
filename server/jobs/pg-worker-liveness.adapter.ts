/**
 * Who is still alive, for graphile-worker. Graphile 0.17 has no heartbeat: the jobs of a worker
 * process that was killed stay locked for four hours. We make the question answerable instead:
 * each of our worker pools holds a session-level advisory lock named after its pool id (the value
 * graphile writes into jobs.locked_by) for as long as it lives. PostgreSQL drops that lock the moment
 * the session ends — process killed, container gone — so a sweeper that *can* take a pool's lock knows
 * the pool is dead and hands its jobs back with graphile's own force_unlock_workers().
 *
 * This only holds if every process running graphile workers on the database does so through
 * graphile-job-queue.adapter.ts: a pool that never held the lock looks dead. (Graphile's own
 * four-hour reset stays as the last resort.)
 */
import crypto from 'node:crypto';
import type pg from 'pg';
import { sleep } from './wait.js';

export interface WorkerLivenessOptions {
  /** graphile-worker's schema. */
  schema: string;
  /** How often to look for jobs locked by dead pools. */
  sweepIntervalMs: number;
  log: (message: string) => void;
}

export class WorkerLiveness {
  /** The session holding our pools' locks; checked out of the pool for as long as we live. */
  private session: pg.PoolClient | null = null;
  private readonly held = new Map<string, Promise<void>>();
  private sweepTimer: NodeJS.Timeout | null = null;
  private sweeping: Promise<unknown> | null = null;
  private released = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly options: WorkerLivenessOptions,
  ) {}

  /**
   * Resolves once this process holds poolId's lock. Graphile awaits it before the pool's first job
   * (startWorker hook), so no job is ever locked by a pool that looks dead. Retries until it succeeds:
   * a worker must not take jobs without the lock.
   */
  hold(poolId: string): Promise<void> {
    let acquired = this.held.get(poolId);
    if (!acquired) {
      acquired = this.acquire(poolId);
      this.held.set(poolId, acquired);
    }
    return acquired;
  }

  startSweeping(): void {
    const tick = () => {
      this.sweeping ??= this.sweep()
        .catch((error: Error) => this.options.log(`job queue: could not look for dead workers: ${error.message}`))
        .finally(() => (this.sweeping = null));
    };
    tick();
    this.sweepTimer = setInterval(tick, this.options.sweepIntervalMs);
  }

  /** Hands back the jobs of every dead pool; returns their ids. */
  async sweep(): Promise<string[]> {
    const { schema } = this.options;
    const { rows } = await this.pool.query<{ locked_by: string }>(`select distinct locked_by from ${schema}.jobs where locked_by is not null`);
    const dead: string[] = [];
    for (const { locked_by: poolId } of rows) {
      if (this.held.has(poolId)) continue;
      const probe = await this.pool.connect();
      let broken: Error | undefined;
      try {
        const { rows: [probed] } = await probe.query<{ free: boolean }>('select pg_try_advisory_lock($1::bigint) as free', [lockKey(poolId)]);
        if (!probed?.free) continue;
        try {
          await probe.query(`select ${schema}.force_unlock_workers($1::text[])`, [[poolId]]);
          dead.push(poolId);
          this.options.log(`job queue: worker pool ${poolId} is gone; its unfinished jobs are queued again`);
        } finally {
          await probe.query('select pg_advisory_unlock($1::bigint)', [lockKey(poolId)]);
        }
      } catch (error) {
        broken = error as Error;
        throw error;
      } finally {
        // A session that failed mid-probe might still hold the dead pool's lock: close it, do not reuse it.
        probe.release(broken);
      }
    }
    return dead;
  }

  /** Stops sweeping and lets go of the locks (after the pools have stopped). */
  async release(): Promise<void> {
    this.released = true;
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    await this.sweeping;
    const session = this.session;
    this.session = null;
    this.held.clear();
    // Ending the session drops every advisory lock it holds.
    session?.release(true);
  }

  private async acquire(poolId: string): Promise<void> {
    for (let delayMs = 100; !this.released; delayMs = Math.min(delayMs * 2, 5_000)) {
      let session: pg.PoolClient | null = null;
      try {
        session = await this.ensureSession();
        await session.query('select pg_advisory_lock($1::bigint)', [lockKey(poolId)]);
        return;
      } catch (error) {
        this.options.log(`job queue: could not register worker pool ${poolId} as alive (will retry): ${(error as Error).message}`);
        // A session that failed is not asked again ("not queryable"): the next try opens a new one.
        if (session && this.session === session) {
          this.session = null;
          session.release(true);
        }
        await sleep(delayMs);
      }
    }
  }

  private async ensureSession(): Promise<pg.PoolClient> {
    if (this.session) return this.session;
    const session = await this.pool.connect();
    session.on('error', (error) => {
      // Our locks went with the session: other sweepers may now hand our running jobs to another
      // worker (they are idempotent). Take the locks again at once to keep that window short.
      // A session we already gave back (closed, or dropped after a failed query) may still report
      // its connection's end: it is not ours to release again (pg-pool throws on a double release).
      if (this.session !== session) return;
      this.options.log(`job queue: lost the liveness session (${error.message}); registering again`);
      this.session = null;
      session.release(true);
      const poolIds = [...this.held.keys()];
      this.held.clear();
      if (!this.released) for (const poolId of poolIds) void this.hold(poolId);
    });
    this.session = session;
    return session;
  }
}

/** A 64-bit advisory lock key per pool id (hashtext's 32 bits would make collisions plausible). */
function lockKey(poolId: string): string {
  const digest = crypto.createHash('sha256').update(`petition-desk.job-pool:${poolId}`).digest();
  return digest.readBigInt64BE(0).toString();
}
