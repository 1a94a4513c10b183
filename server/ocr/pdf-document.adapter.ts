/**
 * The desk's way into the PDF engine: inspecting a PDF at intake and reading its pages' text
 * layer, done by pdfjs in a thread of its own (pdf-engine.worker.ts), so that a hostile file's
 * parsing never blocks the web, and a call that runs past its time ends with the thread rather
 * than holding it. The main thread never loads pdfjs.
 *
 * The thread is started on the first call and stops after a minute with nothing to do. A call
 * that was cut short because another one ran out of time (WorkerRestarted) is tried once more.
 */
import { fileURLToPath } from 'node:url';
import type { PdfDocument, PdfOpenResult } from './pdf-document.js';
import type { PdfInspection, PdfInspectionLimits } from './pdf-inspection.js';
import { createWorkerThread, WorkerCallTimeout, WorkerRestarted, type WorkerThread } from './worker-thread.adapter.js';

export type { PdfDocument, PdfOpenResult } from './pdf-document.js';
export type { PdfInspection, PdfInspectionLimits } from './pdf-inspection.js';


const OPEN_TIMEOUT_MS = 15_000;
/** One page's text or size: pdfjs parses the page's content stream, already inflated within budget. */
const PAGE_TIMEOUT_MS = 15_000;
/** Far above what any file inspected within its limits needs (a 20 MB scan's pages are streams of JPEG). */
const ENGINE_HEAP_MB = 768;

let engine: WorkerThread | null = null;

function pdfEngine(): WorkerThread {
  engine ??= createWorkerThread({ entry: fileURLToPath(new URL('./pdf-engine.worker.ts', import.meta.url)), maxHeapMb: ENGINE_HEAP_MB });
  return engine;
}

/** A call tried once more when it was cut short for another call's sake. */
async function callEngine<T>(op: string, args: unknown[], timeoutMs: number): Promise<T> {
  try {
    return await pdfEngine().call<T>(op, args, { timeoutMs });
  } catch (error) {
    if (!(error instanceof WorkerRestarted)) throw error;
    return pdfEngine().call<T>(op, args, { timeoutMs });
  }
}

/**
 * Inspects a PDF within its limits (pdf-inspection.ts). A file that stops the engine — by running
 * past its time, or by exhausting the engine's memory twice — is too complex, and is charged its
 * whole allowance.
 */
export async function inspectPdf(bytes: Uint8Array, limits: PdfInspectionLimits): Promise<PdfInspection> {
  try {
    return await callEngine<PdfInspection>('inspect', [bytes, limits], limits.maxMs);
  } catch (error) {
    if (error instanceof WorkerCallTimeout || error instanceof WorkerRestarted) {
      return { ok: false, problem: 'too_complex', decodedBytes: Math.min(limits.allowanceBytes, limits.messageBytesLeft) };
    }
    throw error;
  }
}

/** Opens a PDF for reading its pages (no scripts run, no fonts loaded): encrypted or corrupt otherwise. */
export async function openPdf(bytes: Uint8Array, options: { timeoutMs?: number } = {}): Promise<PdfOpenResult> {
  const timeoutMs = options.timeoutMs ?? OPEN_TIMEOUT_MS;
  let opened: { ok: true; id: number; pageCount: number } | { ok: false; problem: 'encrypted' | 'corrupt' };
  try {
    opened = await callEngine('open', [bytes], timeoutMs);
  } catch (error) {
    if (error instanceof WorkerCallTimeout) return { ok: false, problem: 'corrupt' };
    throw error;
  }
  if (!opened.ok) return opened;
  const thread = pdfEngine();
  const { id, pageCount } = opened;
  const generation = thread.generation;
  const release = thread.hold();
  // The document lives in one generation of the thread: after a restart it is gone.
  const inThread = <T>(op: string, args: unknown[]): Promise<T> => {
    if (thread.generation !== generation) return Promise.reject(new WorkerRestarted('the PDF engine restarted; open the document again'));
    return thread.call<T>(op, args, { timeoutMs: PAGE_TIMEOUT_MS });
  };
  return {
    ok: true,
    document: {
      pageCount,
      pageText: (page) => inThread<string>('pageText', [id, page]),
      pageSizeInches: (page) => inThread<{ width: number; height: number }>('pageSizeInches', [id, page]),
      async close() {
        try {
          if (thread.generation === generation) await thread.call('close', [id], { timeoutMs: PAGE_TIMEOUT_MS });
        } catch {
          // A document that cannot be closed is gone with the thread.
        } finally {
          release();
        }
      },
    },
  };
}

/** Stops the engine's thread (at shutdown; the next call would start it again). */
export async function closePdfEngine(): Promise<void> {
  const running = engine;
  engine = null;
  await running?.close();
}
