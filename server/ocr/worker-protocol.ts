/**
 * The message protocol between a worker-thread client (worker-thread.adapter.ts, on the main
 * thread) and the code it runs in the thread: one request `{ id, op, args }`, one answer
 * `{ id, ok, value | error }`. This file is bundled into the worker, so it imports nothing but
 * Node's worker_threads.
 */
import { parentPort } from 'node:worker_threads';

export interface CallRequest {
  id: number;
  op: string;
  args: unknown[];
}

export type CallAnswer = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: { name: string; message: string } };

/** The operations a worker offers: each takes structured-cloneable arguments and returns a value. */
export type Operations = Record<string, (...args: never[]) => unknown>;

/** Runs in the worker thread: answers every request with its operation's result. */
export function serveOperations(operations: Operations): void {
  if (!parentPort) throw new Error('serveOperations runs in a worker thread');
  const port = parentPort;
  port.on('message', async (request: CallRequest) => {
    let answer: CallAnswer;
    try {
      const operation = operations[request.op] as ((...args: unknown[]) => unknown) | undefined;
      if (!operation) throw new Error(`unknown operation ${request.op}`);
      answer = { id: request.id, ok: true, value: await operation(...request.args) };
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      answer = { id: request.id, ok: false, error: { name: e.name, message: e.message } };
    }
    port.postMessage(answer);
  });
}
