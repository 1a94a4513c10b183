/**
 * `npm run desk -- ocr <file> [--json] [--lang lt,pl]`: the text of a scan or PDF, as the desk
 * would read it, without making a case. Exit codes: 0 read, 1 wrong usage or an engine failure,
 * 2 the file cannot be read (the reason on stderr, in English: this is an operator's tool).
 *
 * Plain output is the text of each page, pages separated by a form feed line (as pdftotext does);
 * --json prints { file, mediaType, pages: [{ page, text, confidence, source }] }.
 */
import { loadConfig } from '../config.js';
import { DEFAULT_FILE_LIMITS, type FileLimits, type FileProblem } from '../intake/files/inspect-file.js';
import { isServedLanguage, SERVED_LANGUAGES, type Lang } from '../languages.js';
import { isUnreadableDocument } from '../ocr/extract-text.js';
import { readFileText } from '../intake/files/read-file-text.js';
import { readLocalFile } from '../ocr/local-file.adapter.js';
import { createTesseractPool } from '../ocr/tesseract-pool.adapter.js';
import type { TextRecognizer } from '../ocr/text-recognizer.js';

const USAGE = 'usage: desk ocr <file> [--json] [--lang lt,pl,ru,en]';

const PROBLEM_MESSAGES: Record<FileProblem, string> = {
  empty: 'the file is empty',
  unsupported_type: 'this type of file is not accepted (send a PDF, JPEG, PNG or TIFF)',
  too_large: 'the file is larger than allowed',
  too_many_pages: 'the document has more pages than allowed',
  pixel_flood: 'the image is far larger than any scanned page (pixel limit exceeded)',
  encrypted: 'the PDF is password-protected',
  corrupt: 'the file is damaged and cannot be read',
  decompression_bomb: 'the file expands to an unsafe size when opened (decompression limit exceeded)',
  too_complex: 'the file needs too much work to open safely (inspection limit reached)',
};

interface OcrArguments {
  file: string;
  json: boolean;
  languages: Lang[];
}

export function parseOcrArguments(args: readonly string[]): OcrArguments | string {
  let file: string | undefined;
  let json = false;
  let languages: Lang[] = [...SERVED_LANGUAGES];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') json = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? args[++i] : arg.slice('--lang='.length);
      const codes = (value ?? '').split(',').map((c) => c.trim().toLowerCase()).filter(Boolean);
      const unknown = codes.filter((c) => !isServedLanguage(c));
      if (codes.length === 0 || unknown.length > 0) return `--lang takes languages among ${SERVED_LANGUAGES.join(', ')}${unknown.length ? ` (not ${unknown.join(', ')})` : ''}`;
      languages = codes as Lang[];
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else if (file === undefined) file = arg;
    else return 'only one file at a time';
  }
  return file === undefined ? 'which file?' : { file, json, languages };
}

export interface OcrCommandOptions {
  err?: NodeJS.WritableStream;
  /** Defaults to a tesseract.js pool configured from the environment (closed at the end). */
  recognizer?: TextRecognizer;
  limits?: FileLimits;
}

export async function runOcrCommand(args: string[], out: NodeJS.WritableStream, options: OcrCommandOptions = {}): Promise<number> {
  const err = options.err ?? process.stderr;
  const parsed = parseOcrArguments(args);
  if (typeof parsed === 'string') {
    err.write(`${parsed}\n${USAGE}\n`);
    return 1;
  }
  const config = options.recognizer && options.limits ? null : loadConfig();
  const limits = options.limits ?? {
    ...DEFAULT_FILE_LIMITS,
    ...(config ? { maxBytes: config.maxUploadBytes, maxPages: config.limits.maxPages, maxPixels: config.limits.maxPixels } : {}),
  };
  const unreadable = (why: string) => {
    err.write(`Cannot read ${parsed.file}: ${why}.\n`);
    return 2;
  };

  const file = await readLocalFile(parsed.file, limits.maxBytes);
  if (!file.ok) return unreadable(file.problem === 'too_large' ? PROBLEM_MESSAGES.too_large : file.message);

  const recognizer = options.recognizer ?? createTesseractPool(config!.ocr);
  try {
    const { mediaType, pages } = await readFileText({ recognizer, limits }, file.bytes, { languages: parsed.languages });
    if (parsed.json) {
      out.write(`${JSON.stringify({ file: parsed.file, mediaType, pages }, null, 2)}\n`);
    } else {
      out.write(`${pages.map((p) => p.text).join('\n\f\n')}\n`);
    }
    return 0;
  } catch (error) {
    if (isUnreadableDocument(error)) return unreadable(PROBLEM_MESSAGES[error.reason]);
    err.write(`OCR failed for ${parsed.file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    if (!options.recognizer) await recognizer.close();
  }
}
