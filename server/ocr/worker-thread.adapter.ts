/**
 * Runs a module of ours in a worker thread of plain Node, and calls its operations with a hard
 * time limit.
 *
 * Why plain Node: the desk runs its TypeScript through tsx, whose loader parses every module it
 * loads and keeps a fine-grained source map of it; for pdfjs (3 MB of JavaScript) that costs
 * ~350 MB of memory, in every thread that loads it. So the entry module is bundled here, once per
 * process, with esbuild, into one JavaScript module held in memory: our code inlined, packages in
 * node_modules imported by absolute file URL. The thread loads it from a `data:` URL with no
 * loader hooks (`execArgv: []`) — nothing is written to disk.
 *
 * Why a thread: work on hostile input (a PDF's page tree, its object streams) may block for as long
 * as the input makes it. In a thread it blocks nobody else, and a call that runs past its time is
 * ended by stopping the thread: the call rejects with WorkerCallTimeout, every other call then
 * running rejects with WorkerRestarted (its caller may try again), and the next call starts a
 * fresh thread. A thread that exhausts its heap (`maxHeapMb`) or crashes ends the same way. With
 * nothing to do, and nothing held (`hold()`), the thread stops after `idleMs` and gives its memory
 * back.
 */
import { builtinModules, createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CallAnswer, CallRequest } from './worker-protocol.js';

export class WorkerCallTimeout extends Error {
  override name = 'WorkerCallTimeout';
}

/** The thread stopped while this call ran, because another call ran out of time or the thread crashed. */
export class WorkerRestarted extends Error {
  override name = 'WorkerRestarted';
}

/** The operation itself threw, in the thread. */
export class WorkerCallFailed extends Error {
  override name = 'WorkerCallFailed';
  constructor(
    readonly remoteName: string,
    message: string,
  ) {
    super(message);
  }
}

export interface WorkerThreadOptions {
  /** The worker's entry module (absolute path); it calls serveOperations (worker-protocol.ts). */
  entry: string;
  /** How long a call may run beyond its own timeout (for the operation to answer it) before the thread is stopped. */
  graceMs?: number;
  /** Stop the thread after this long with no calls and nothing held. */
  idleMs?: number;
  /** The thread's old-generation heap, in MB: past it, the thread ends (not the process). */
  maxHeapMb?: number;
}

export interface WorkerThread {
  call<T>(op: string, args: unknown[], options: { timeoutMs: number; transfer?: ArrayBuffer[] }): Promise<T>;
  /** Keeps the thread from its idle stop while state lives in it (an open document); call the result to let go. */
  hold(): () => void;
  /** Increments whenever the thread stops: state held in an earlier generation is gone. */
  readonly generation: number;
  close(): Promise<void>;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

const bundles = new Map<string, Promise<URL>>();

/** The entry and everything of ours it imports, as one ES module (a data: URL). */
function bundled(entry: string): Promise<URL> {
  let url = bundles.get(entry);
  if (!url) {
    url = bundle(entry);
    bundles.set(entry, url);
    url.catch(() => bundles.delete(entry));
  }
  return url;
}

async function bundle(entry: string): Promise<URL> {
  const esbuild = await import('esbuild');
  const require = createRequire(entry);
  const builtins = new Set(builtinModules);
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'packages-by-absolute-url',
        setup(build) {
          // A module loaded from a data: URL can import only builtins and absolute URLs.
          build.onResolve({ filter: /^[^./]/ }, (args) => {
            const bare = args.path.replace(/^node:/, '');
            if (builtins.has(bare) || builtins.has(bare.split('/')[0])) return { path: `node:${bare}`, external: true };
            return { path: pathToFileURL(require.resolve(args.path)).href, external: true };
          });
        },
      },
    ],
  });
  const code = result.outputFiles[0].text;
  return new URL(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

export function createWorkerThread(options: WorkerThreadOptions): WorkerThread {
  const graceMs = options.graceMs ?? 1_000;
  const idleMs = options.idleMs ?? 60_000;
  let worker: Promise<Worker> | null = null;
  let generation = 0;
  let nextId = 1;
  let holds = 0;
  let idleTimer: NodeJS.Timeout | null = null;
  const pending = new Map<number, Pending>();

  const stop = (failure: (id: number) => Error) => {
    const stopping = worker;
    worker = null;
    generation++;
    for (const [id, call] of pending) {
      clearTimeout(call.timer);
      call.reject(failure(id));
    }
    pending.clear();
    return stopping?.then((w) => w.terminate()).catch(() => undefined);
  };

  const settle = () => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    if (!worker) return;
    if (pending.size > 0) {
      void worker.then((w) => w.ref());
      return;
    }
    // Idle: the thread no longer keeps the process alive, and stops after a while.
    void worker.then((w) => w.unref());
    if (holds === 0) {
      idleTimer = setTimeout(() => void stop(() => new WorkerRestarted('idle')), idleMs);
      idleTimer.unref();
    }
  };

  const start = async (): Promise<Worker> => {
    const url = await bundled(options.entry);
    const thread = new Worker(url, {
      execArgv: [],
      resourceLimits: options.maxHeapMb ? { maxOldGenerationSizeMb: options.maxHeapMb } : undefined,
    });
    const own = generation;
    thread.on('message', (answer: CallAnswer) => {
      const call = pending.get(answer.id);
      if (!call) return;
      pending.delete(answer.id);
      clearTimeout(call.timer);
      if (answer.ok) call.resolve(answer.value);
      else call.reject(new WorkerCallFailed(answer.error.name, answer.error.message));
      settle();
    });
    const ended = (why: string) => {
      if (generation !== own) return;
      void stop(() => new WorkerRestarted(why));
    };
    thread.on('error', (error) => ended(error.message));
    thread.on('exit', (code) => ended(`exited with ${code}`));
    return thread;
  };

  return {
    get generation() {
      return generation;
    },
    async call<T>(op: string, args: unknown[], callOptions: { timeoutMs: number; transfer?: ArrayBuffer[] }): Promise<T> {
      worker ??= start().catch((error: unknown) => {
        worker = null;
        throw error;
      });
      const thread = await worker;
      const id = nextId++;
      const answer = new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new WorkerCallTimeout(`${op} ran past ${callOptions.timeoutMs} ms`));
          void stop(() => new WorkerRestarted(`another call (${op}) ran out of time`));
        }, callOptions.timeoutMs + graceMs);
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject, timer });
      });
      settle();
      const request: CallRequest = { id, op, args };
      thread.postMessage(request, callOptions.transfer ?? []);
      return answer;
    },
    hold() {
      holds++;
      settle();
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holds--;
        settle();
      };
    },
    async close() {
      if (idleTimer) clearTimeout(idleTimer);
      await stop(() => new WorkerRestarted('closed'));
    },
  };
}
