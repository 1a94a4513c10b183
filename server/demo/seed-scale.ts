/**
 * `desk seed-scale --cases N [--seed S]`: N realistic cases on top of a seeded desk (its departments,
 * services and users), for the benchmark of issue 12. Five years back from the clock's today; about two
 * thirds Lithuanian, then Russian, Polish, English and a few in other languages (language null); every
 * channel and kind; ~6 % open (all in the last two months, some overdue, some waiting for information),
 * the rest answered, closed, forwarded or merged; about 30 % of petitioners write more than once.
 *
 * Texts are the shared corpus's petitions with their names, numbers and addresses varied, plus a passage of
 * the same language. Every case's audit trail is a real hash chain (eventHash), numbers follow the per-year
 * counters (which end consistent), due dates come from the legal calendar. Deterministic for a given --seed
 * and clock, whatever the number of threads.
 *
 * The cases are generated in chunks (seed-scale-generate.ts) by worker threads, search texts stemmed
 * there too; the main thread writes each chunk, in order, through seed-scale.store.ts while the workers
 * make the next ones. The search index is written with the cases; the report rollups are rebuilt while
 * the secondary indexes are built again.
 */
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Services } from '../services.js';
import { createGenerator, ScalePlan, type ScaleContext } from './seed-scale-generate.js';
import { chunkForTransfer, type ReadyChunk } from './seed-scale-format.js';
import { openScaleStore } from './seed-scale.store.js';

export { prng, scaleTrackingCode } from './seed-scale-generate.js';

export interface SeedScaleOptions {
  cases: number;
  seed?: number;
  /** Where the petition corpus is (JSON Lines); the demo cases are the templates when it is missing. */
  corpusDir?: string;
  /** Cases per chunk (one transaction). Default 2,000. The data depend on it. */
  batchSize?: number;
  /** Generator threads; 0 generates on the main thread. Default: one per core, at most 2. */
  workers?: number;
  /** Rebuild the report rollups afterwards (the search index is always written). Default true. */
  afterLoad?: boolean;
  log?: (line: string) => void;
}

export interface SeedScaleResult {
  cases: number;
  events: number;
  documents: number;
  pages: number;
  replies: number;
  petitioners: number;
  searchTexts: number;
  rows: number;
  seconds: number;
  loadSeconds: number;
  /**
   * Seconds per phase: waiting for the generators, writing chunks, finishing (indexes, search tsvectors,
   * analyze, and the rollups, which run beside the index builds), and the rollups alone (inside finish).
   */
  phases: { waitGenerate: number; write: number; finish: number; afterLoad: number };
}

/** The worker entry, run through tsx's loader (the CLI and the tests run TypeScript). */
function startWorker(ctx: ScaleContext, format: 'rows' | 'copy'): Worker {
  const file = new URL('./seed-scale-worker.ts', import.meta.url).href;
  // tsx's loader registered inside the thread, then the TypeScript entry imported.
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(file)}); }).catch((e) => { throw e; });`;
  return new Worker(boot, { eval: true, workerData: { ctx, format } });
}

export async function seedScale(services: Services, options: SeedScaleOptions): Promise<SeedScaleResult> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const seed = options.seed ?? 1;
  const chunkSize = options.batchSize ?? 2000;
  const store = await openScaleStore(services.config.database);
  const format = services.config.database.dialect === 'sqlite' ? 'rows' : 'copy';
  const workers: Worker[] = [];
  try {
    const ref = await store.reference();
    if (ref.departments.length === 0 || ref.users.length === 0) throw new Error('seed-scale needs a seeded desk: run `desk seed` first');
    const ctx: ScaleContext = {
      seed,
      cases: options.cases,
      now: services.clock.now().getTime(),
      secret: services.secret,
      corpusDir: options.corpusDir ?? path.resolve('..', 'shared', 'corpus'),
      reference: { departments: ref.departments, services: ref.services, users: ref.users, counters: [...ref.counters] },
      chunkSize,
    };
    const plan = new ScalePlan(ctx, ref.counters);
    const chunks = Math.ceil(options.cases / chunkSize);
    const threads = Math.min(chunks, options.workers ?? Math.min(2, os.availableParallelism?.() ?? os.cpus().length));

    // Chunks are asked for round-robin, at most AHEAD per worker in flight, and written in order.
    const pending = new Map<number, { resolve: (c: ReadyChunk) => void; reject: (e: unknown) => void; promise: Promise<ReadyChunk> }>();
    const slot = (index: number) => {
      let p = pending.get(index);
      if (!p) {
        let resolve!: (c: ReadyChunk) => void, reject!: (e: unknown) => void;
        const promise = new Promise<ReadyChunk>((res, rej) => ((resolve = res), (reject = rej)));
        promise.catch(() => {});
        p = { resolve, reject, promise };
        pending.set(index, p);
      }
      return p;
    };
    let nextAsk = 0;
    const AHEAD = 2;
    const ask = () => {
      while (threads > 0 && nextAsk < chunks && nextAsk < written + threads * AHEAD) {
        const index = nextAsk++;
        slot(index);
        workers[index % threads]!.postMessage(index);
      }
    };
    let generate: ((index: number) => ReadyChunk) | undefined;
    if (threads === 0) {
      const g = createGenerator(ctx);
      generate = (index) => chunkForTransfer(g(index), format);
    }
    for (let w = 0; w < threads; w++) {
      const worker = startWorker(ctx, format);
      worker.on('message', (c: ReadyChunk) => slot(c.index).resolve(c));
      worker.on('error', (e) => { for (const p of pending.values()) p.reject(e); });
      workers.push(worker);
    }

    await store.begin();
    const totals = { cases: 0, events: 0, documents: 0, pages: 0, replies: 0, petitioners: 0, searchTexts: 0, rows: 0 };
    const phases = { waitGenerate: 0, write: 0, finish: 0, afterLoad: 0 };
    let written = 0;
    let lastReport = Date.now();
    for (; written < chunks; ) {
      ask();
      let t = Date.now();
      const chunk = generate ? generate(written) : await slot(written).promise;
      pending.delete(written);
      written += 1;
      ask();
      phases.waitGenerate += Date.now() - t;
      t = Date.now();
      await store.write(chunk);
      phases.write += Date.now() - t;
      for (const k of Object.keys(chunk.totals) as (keyof typeof chunk.totals)[]) totals[k] += chunk.totals[k];
      totals.searchTexts += Array.isArray(chunk.search) ? chunk.search.length : chunk.search.split('\n').length - 1;
      totals.rows += chunk.rowCount;
      if (Date.now() - lastReport > 10_000 || written === chunks) {
        lastReport = Date.now();
        const s = (Date.now() - started) / 1000;
        log(`seed-scale: ${totals.cases.toLocaleString('en')} / ${options.cases.toLocaleString('en')} cases, ${totals.rows.toLocaleString('en')} rows, ${s.toFixed(0)} s, rss ${Math.round(process.memoryUsage().rss / 1e6)} MB`);
      }
    }
    for (const w of workers) await w.terminate();
    workers.length = 0;
    const t = Date.now();
    const loadSeconds = (t - started) / 1000;
    log('seed-scale: recreating the indexes, analyzing, and the rollups beside them');
    let afterLoad = 0;
    const steps = await store.finish(plan.counters(), options.afterLoad === false ? undefined : async () => {
      const a = Date.now();
      await afterBulkLoad(services, log);
      afterLoad = Date.now() - a;
    });
    phases.finish = Date.now() - t;
    log(`seed-scale: finished in ${((Date.now() - t) / 1000).toFixed(0)} s; steps (s): ${JSON.stringify(steps)}`);
    const sec = (ms: number) => Math.round(ms / 100) / 10;
    return {
      ...totals, seconds: (Date.now() - started) / 1000, loadSeconds,
      phases: { waitGenerate: sec(phases.waitGenerate), write: sec(phases.write), finish: sec(phases.finish), afterLoad: sec(afterLoad) },
    };
  } finally {
    for (const w of workers) await w.terminate();
    await store.close();
  }
}

/**
 * What must follow a bulk load: the single call site for the derived data other slices keep. The search
 * index is written by the load itself; the report rollups are rebuilt from the case table.
 */
export async function afterBulkLoad(services: Services, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  const reports = (services as Services & { reports?: { rebuildRollups?: () => Promise<unknown> } }).reports;
  if (typeof reports?.rebuildRollups === 'function') {
    await reports.rebuildRollups();
    log(`seed-scale: report rollups rebuilt in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
}
