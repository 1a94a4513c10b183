/**
 * The thread client that keeps hostile-file parsing off the event loop (worker-thread.adapter.ts):
 * a call past its time ends the thread, not the desk; the others are told to try again; a fresh
 * thread takes the next call; a thread that runs out of heap ends alone.
 */
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkerThread, WorkerCallFailed, WorkerCallTimeout, WorkerRestarted, type WorkerThread } from '../../server/ocr/worker-thread.adapter';

const entry = fileURLToPath(new URL('../fixtures/busy.worker.ts', import.meta.url));
let thread: WorkerThread;

afterEach(async () => {
  await thread?.close();
});

describe('a worker thread with a hard time limit', () => {
  it('answers calls, and carries an operation’s own error back', async () => {
    thread = createWorkerThread({ entry });
    expect(await thread.call('echo', [{ a: [1, 2], s: 'Šiauliai' }], { timeoutMs: 5_000 })).toEqual({ a: [1, 2], s: 'Šiauliai' });
    const failed = await thread.call('fail', ['nope'], { timeoutMs: 5_000 }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(WorkerCallFailed);
    expect(failed).toMatchObject({ remoteName: 'RangeError', message: 'nope' });
  });

  it('stops a thread that blocks past its time, while the main event loop stays free', async () => {
    thread = createWorkerThread({ entry, graceMs: 100 });
    await thread.call('echo', [1], { timeoutMs: 5_000 });
    const lag = monitorEventLoopDelay({ resolution: 5 });
    lag.enable();
    const started = performance.now();
    const blocked = thread.call('spin', [60_000], { timeoutMs: 200 }).catch((e: unknown) => e);
    const bystander = thread.call('echo', ['me too'], { timeoutMs: 5_000 }).catch((e: unknown) => e);
    const generation = thread.generation;
    expect(await blocked).toBeInstanceOf(WorkerCallTimeout);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(await bystander).toBeInstanceOf(WorkerRestarted);
    lag.disable();
    // The thread spins for a minute; the main loop is never held for more than a moment (a loaded CI machine adds its own).
    expect(lag.max / 1e6).toBeLessThan(1_000);
    expect(thread.generation).toBeGreaterThan(generation);
    // A fresh thread takes the next call.
    expect(await thread.call('echo', ['again'], { timeoutMs: 5_000 })).toBe('again');
  });

  it('ends a thread that exhausts its heap, and only it', async () => {
    thread = createWorkerThread({ entry, maxHeapMb: 64 });
    const hoarded = await thread.call('hoard', [], { timeoutMs: 30_000 }).catch((e: unknown) => e);
    expect(hoarded).toBeInstanceOf(WorkerRestarted);
    expect(await thread.call('echo', ['alive'], { timeoutMs: 5_000 })).toBe('alive');
  });

  it('lets the process exit when idle, and stops the thread after its idle time', async () => {
    thread = createWorkerThread({ entry, idleMs: 50 });
    await thread.call('echo', [1], { timeoutMs: 5_000 });
    const generation = thread.generation;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(thread.generation).toBe(generation + 1);
    // A held thread is not stopped.
    await thread.call('echo', [1], { timeoutMs: 5_000 });
    const release = thread.hold();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(thread.generation).toBe(generation + 1);
    release();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(thread.generation).toBe(generation + 2);
  });
});
