/**
 * The desk's OCR engine: a pool of tesseract.js workers. The only file that imports tesseract.js.
 *
 * - tesseract.js runs its WASM in a Node worker thread per worker, so recognition never blocks the
 *   event loop; the pool keeps as many workers as there are cores (configurable), started lazily.
 * - A worker's WASM heap only grows, so each worker is replaced after `recycleAfterPages` pages.
 * - Traineddata is read from `langPath` (Debian's tesseract-ocr-* packages): no cache, no gzip,
 *   never a download — tesseract.js would fetch from a CDN if langPath were unset.
 * - A page that takes longer than `pageTimeoutMs` kills its worker (a hostile or pathological
 *   image must not hold a core for ever); the page fails, the pool goes on.
 * - Page segmentation mode and parameters were chosen by measurement on ../shared/corpus/scans,
 *   after the page is flattened and deskewed by page-image.adapter.ts: see bench/README.md.
 * - tesseract.js 7 ships a build of tesseract for WebAssembly relaxed SIMD (int8 dot products for
 *   the LSTM) and picks it when the runtime has the feature; see enableRelaxedSimd.
 */
import { access } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { createWorker, OEM, PSM, type Worker as TesseractWorker } from 'tesseract.js';
import { relaxedSimd } from 'wasm-feature-detect';
import { SERVED_LANGUAGES } from '../languages.js';
import type { OcrLanguage } from './ocr-languages.js';
import { checkPageImage, engineDpi, tesseractLanguages, toPgm } from './tesseract-input.js';

export { tesseractLanguages } from './tesseract-input.js';
import type { PageImage, RecognisedText, TextRecognizer } from './text-recognizer.js';

export interface TesseractPoolOptions {
  /** Directory holding the models' traineddata (uncompressed): lit/pol/rus/eng, ukr/bel/deu/lav. */
  langPath: string;
  /** Default: the number of cores. */
  workers?: number;
  /** Replace a worker after this many pages. Default 50. */
  recycleAfterPages?: number;
  pageTimeoutMs?: number;
  /** Starting a worker (reading ~25 MB of traineddata, compiling the WASM) takes ~1 s. */
  startTimeoutMs?: number;
  /**
   * Default 6, one uniform block: measured on the corpus (bench/README.md), after deskewing it
   * reads as well as auto segmentation (3) for ~6 % less CPU, and where a page stays skewed
   * (beyond the deskew's ±8°, or bent) 3 drops whole paragraphs (photos: 11 % CER) and 6 does not
   * (1 %). The price: text in side-by-side columns comes out line by line across the columns.
   */
  pageSegmentationMode?: '3' | '4' | '6';
  /**
   * The models almost every page is read with (default: the four served languages). A worker
   * that read a page with others (a Ukrainian letter read again with ukr+lit) loads these back
   * before it takes the next page, unless a queued page wants what it has: switching models costs
   * ~0.1–0.3 s, and it is the foreign page's cost, not the next Lithuanian page's.
   */
  homeLanguages?: readonly OcrLanguage[];
}

/**
 * Set at initialisation (as config-file text) so that every loaded language gets them, not only
 * the first. tessedit_do_invert: tesseract re-reads low-confidence lines as white-on-black text;
 * letters have none — measured ~8 % faster, same CER.
 */
const INIT_PARAMETERS = 'tessedit_do_invert 0';

interface Job {
  page: PageImage;
  languages: string;
  resolve(result: RecognisedText): void;
  reject(error: Error): void;
}

interface Slot {
  worker: TesseractWorker;
  languages: string;
  /** The user_defined_dpi the worker was last given. */
  dpi?: number;
  pages: number;
  busy: boolean;
  /** Set when the thread died or was killed: never reuse. */
  broken: boolean;
  failPending?: (error: Error) => void;
}

let relaxedSimdChecked: Promise<void> | undefined;

/**
 * Node 20's V8 (11.3) has WebAssembly relaxed SIMD behind a flag; later Node versions have it on.
 * The flag is process-wide and must be set before a worker thread compiles tesseract's WASM, so it
 * is set once, before the first worker starts, and only where the feature is missing. Measured on
 * prepared corpus pages (bench/README.md): tesseract.js 7 reads a page in ~0.86 s against ~1.34 s
 * for tesseract.js 6, the same text; ~4 % of the gain is relaxed SIMD, the rest the newer build.
 */
function enableRelaxedSimd(): Promise<void> {
  relaxedSimdChecked ??= relaxedSimd().then((supported) => {
    if (!supported) v8.setFlagsFromString('--experimental-wasm-relaxed-simd');
  });
  return relaxedSimdChecked;
}

export class TesseractPool implements TextRecognizer {
  readonly size: number;
  readonly recycleAfterPages: number;
  private readonly homeLanguages: string;
  private readonly slots = new Set<Slot>();
  private starting = 0;
  private readonly queue: Job[] = [];
  private closed = false;
  /** Workers started and retired over the pool's life (recycling is observable in tests). */
  readonly stats = { started: 0, retired: 0, pages: 0 };

  constructor(private readonly options: TesseractPoolOptions) {
    this.size = Math.max(1, options.workers ?? os.availableParallelism());
    this.recycleAfterPages = Math.max(1, options.recycleAfterPages ?? 50);
    this.homeLanguages = tesseractLanguages(options.homeLanguages ?? SERVED_LANGUAGES);
  }

  private get pageSegmentationMode(): PSM {
    return (this.options.pageSegmentationMode ?? '6') as PSM;
  }

  recognize(page: PageImage, languages: readonly OcrLanguage[]): Promise<RecognisedText> {
    if (this.closed) return Promise.reject(new Error('the OCR pool is closed'));
    let tessLanguages: string;
    try {
      tessLanguages = tesseractLanguages(languages);
      checkPageImage(page);
    } catch (error) {
      return Promise.reject(error);
    }
    return new Promise<RecognisedText>((resolve, reject) => {
      this.queue.push({ page, languages: tessLanguages, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the OCR pool was closed'));
    // A worker in the middle of a page or of loading models is let finish for a moment first: terminated
    // mid-way, tesseract.js still delivers the thread's last message and starts its next step on a
    // worker it has already let go (an unhandled "reading 'postMessage'" of null).
    const until = Date.now() + CLOSE_GRACE_MS;
    while ([...this.slots].some((slot) => slot.busy && !slot.broken) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
    await Promise.all([...this.slots].map((slot) => this.retire(slot)));
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      const job = this.queue[0];
      const idle = [...this.slots].filter((s) => !s.busy && !s.broken);
      const slot = idle.find((s) => s.languages === job.languages) ?? idle[0];
      if (slot) {
        this.queue.shift();
        void this.run(slot, job);
        continue;
      }
      if (this.slots.size + this.starting < this.size) {
        this.queue.shift();
        void this.startAndRun(job);
        continue;
      }
      return;
    }
  }

  private async startAndRun(job: Job): Promise<void> {
    this.starting++;
    let slot: Slot;
    try {
      slot = await this.start(job.languages);
    } catch (error) {
      this.starting--;
      job.reject(error instanceof Error ? error : new Error(String(error)));
      this.dispatch();
      return;
    }
    this.starting--;
    if (this.closed) {
      job.reject(new Error('the OCR pool was closed'));
      await this.retire(slot);
      return;
    }
    this.slots.add(slot);
    await this.run(slot, job);
  }

  private async start(languages: string): Promise<Slot> {
    await enableRelaxedSimd();
    // tesseract.js never settles createWorker when a language fails to load: check first.
    for (const language of languages.split('+')) {
      const file = path.join(this.options.langPath, `${language}.traineddata`);
      try {
        await access(file);
      } catch {
        throw new Error(`OCR language data ${file} is missing (install Debian's tesseract-ocr-${language}, or set TESSDATA_DIR)`);
      }
    }
    const starting = createWorker(
      languages.split('+'),
      OEM.LSTM_ONLY,
      {
        langPath: this.options.langPath,
        gzip: false,
        cacheMethod: 'none',
        legacyCore: false,
        legacyLang: false,
        // Without a handler tesseract.js throws a failed job's error inside its message listener.
        errorHandler: () => undefined,
      },
      INIT_PARAMETERS,
    );
    let timer: NodeJS.Timeout | undefined;
    const worker = await Promise.race([
      starting,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('an OCR worker did not start in time')), this.options.startTimeoutMs ?? 60_000);
      }),
    ]).finally(() => clearTimeout(timer));
    await worker.setParameters({ tessedit_pageseg_mode: this.pageSegmentationMode });
    this.stats.started++;
    const slot: Slot = { worker, languages, pages: 0, busy: false, broken: false };
    // The thread behind the worker: a crash must fail its page, not the process.
    const thread = (worker as unknown as { worker?: NodeJS.EventEmitter }).worker;
    thread?.on('error', (error: Error) => this.breakSlot(slot, error));
    thread?.on('exit', () => this.breakSlot(slot, new Error('OCR worker thread exited')));
    return slot;
  }

  private breakSlot(slot: Slot, error: Error): void {
    if (slot.broken) return;
    slot.broken = true;
    slot.failPending?.(error);
    if (this.slots.delete(slot)) this.stats.retired++;
    this.dispatch();
  }

  private async run(slot: Slot, job: Job): Promise<void> {
    slot.busy = true;
    try {
      if (slot.languages !== job.languages) await this.load(slot, job.languages);
      // PGM carries no resolution: tell tesseract the page's rather than let it guess from the text.
      const dpi = engineDpi(job.page);
      if (slot.dpi !== dpi) {
        await slot.worker.setParameters({ user_defined_dpi: String(dpi) });
        slot.dpi = dpi;
      }
      const result = await this.withTimeout(slot, slot.worker.recognize(toPgm(job.page), {}, { text: true }));
      slot.pages++;
      this.stats.pages++;
      job.resolve({ text: result.data.text, confidence: Math.round(result.data.confidence * 100) / 100 });
    } catch (error) {
      job.reject(error instanceof Error ? error : new Error(String(error)));
      // A worker that failed a page may be in any state: replace it.
      await this.retire(slot);
    } finally {
      slot.failPending = undefined;
      if (slot.pages >= this.recycleAfterPages) await this.retire(slot);
      else await this.goHome(slot);
      slot.busy = false;
      this.dispatch();
    }
  }

  /** Back to the home models after a page read with others, unless a queued page wants the others. */
  private async goHome(slot: Slot): Promise<void> {
    if (slot.broken || this.closed || slot.languages === this.homeLanguages) return;
    if (this.queue.some((job) => job.languages === slot.languages)) return;
    try {
      await this.load(slot, this.homeLanguages);
    } catch {
      await this.retire(slot);
    }
  }

  /** Other models into a running worker; its parameters are set again, as a fresh start would. */
  private async load(slot: Slot, languages: string): Promise<void> {
    await slot.worker.reinitialize(languages, OEM.LSTM_ONLY, INIT_PARAMETERS);
    slot.languages = languages;
    slot.dpi = undefined;
    await slot.worker.setParameters({ tessedit_pageseg_mode: this.pageSegmentationMode });
  }

  private withTimeout<T>(slot: Slot, work: Promise<T>): Promise<T> {
    const timeoutMs = this.options.pageTimeoutMs ?? 120_000;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`OCR of one page took longer than ${Math.round(timeoutMs / 1000)} s`));
        void this.retire(slot);
      }, timeoutMs);
      slot.failPending = (error) => {
        clearTimeout(timer);
        reject(error);
      };
      work.then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }

  private async retire(slot: Slot): Promise<void> {
    const wasLive = this.slots.delete(slot);
    if (wasLive) this.stats.retired++;
    slot.broken = true;
    try {
      await slot.worker.terminate();
    } catch {
      // Already gone.
    }
  }
}

/** How long close() lets a busy worker finish before it terminates it. */
const CLOSE_GRACE_MS = 3000;

/** The pool as services.ts builds it from config.ocr. */
export function createTesseractPool(options: { tessdataDir: string; workers?: number; recycleAfterPages?: number }): TesseractPool {
  return new TesseractPool({ langPath: options.tessdataDir, workers: options.workers, recycleAfterPages: options.recycleAfterPages });
}
