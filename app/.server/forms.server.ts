/**
 * Reading forms at the boundary: limits first, then CSRF, then zod. Every action goes through here.
 *
 * Bodies are never buffered whole: the declared Content-Length is checked before a byte is read, and
 * the bytes are counted while they stream in (chunked bodies declare nothing), so a refusal costs no
 * memory. web.ts enforces the same limits in front of Remix; this is the second wall.
 */
import { Readable } from 'node:stream';
import type { AppLoadContext } from '@remix-run/node';
import busboy from 'busboy';
import type { z } from 'zod';
import { verifyCsrf } from './csrf.server';

/** A refusal the error boundary renders in the reader's language (same body shape as domain errors). */
export function refusal(status: number, code: string, i18nKey: string): Response {
  return new Response(JSON.stringify({ code, i18nKey }), { status, headers: { 'Content-Type': 'application/json; charset=utf-8', Connection: 'close' } });
}
const tooLarge = () => refusal(413, 'too_large', 'errors.too_large');
const badBody = () => refusal(400, 'bad_request', 'errors.bad_request');

function mediaTypeOf(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

function declaredLength(request: Request): number | null {
  const raw = request.headers.get('content-length');
  if (raw === null) return null;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 0) throw badBody();
  return n;
}

/** Reads a whole (small) body, counting as it comes; stops reading at the limit. */
async function readLimited(request: Request, limit: number): Promise<Uint8Array> {
  const declared = declaredLength(request);
  if (declared !== null && declared > limit) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      // Stop reading, but do not cancel: that would tear down the connection before the 413 is sent.
      reader.releaseLock();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** An ordinary (url-encoded) form: status lookup, sign-in and every staff action. */
export async function readForm(request: Request, context: AppLoadContext): Promise<FormData> {
  const type = mediaTypeOf(request);
  if (type === 'multipart/form-data') return readMultipartForm(request, context, { maxFiles: 0 });
  if (type !== 'application/x-www-form-urlencoded') throw badBody();
  const bytes = await readLimited(request, context.services.config.maxFormBytes);
  const formData = new FormData();
  for (const [k, v] of new URLSearchParams(Buffer.from(bytes).toString('utf8'))) formData.append(k, v);
  await verifyCsrf(request, context, formData);
  return formData;
}

/**
 * Multipart forms with files, streamed: the part count, each part's size and the total are
 * limited while the body comes in, chunked or not. The CSRF field must come before the first
 * file (our forms put it first) and is checked there, so no file of a forged request is kept.
 */
export async function readMultipartForm(request: Request, context: AppLoadContext, options: { maxFiles?: number } = {}): Promise<FormData> {
  const { maxUploadBytes, maxUploadFiles, maxFormBytes } = context.services.config;
  const maxFiles = options.maxFiles ?? maxUploadFiles;
  const totalLimit = maxUploadBytes * maxFiles + maxFormBytes;
  if (mediaTypeOf(request) !== 'multipart/form-data' || !request.body) throw badBody();
  const declared = declaredLength(request);
  if (declared !== null && declared > totalLimit) throw tooLarge();

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
      defParamCharset: 'utf8',
      limits: { files: maxFiles, fileSize: maxUploadBytes, fields: 100, fieldSize: maxFormBytes, parts: maxFiles + 100, fieldNameSize: 200 },
    });
  } catch {
    throw badBody();
  }
  const source = Readable.fromWeb(request.body as import('node:stream/web').ReadableStream);
  const formData = new FormData();
  let csrfChecked = false;
  let total = 0;

  const done = new Promise<FormData>((resolve, reject) => {
    let failed = false;
    const fail = (refused: unknown) => {
      if (failed) return;
      failed = true;
      // Stop reading (the 413 closes the connection); destroying the source would reset it unanswered.
      source.unpipe(parser);
      source.removeAllListeners('data');
      source.pause();
      parser.removeAllListeners('file');
      parser.removeAllListeners('field');
      parser.on('error', () => undefined);
      reject(refused);
    };
    source.on('data', (chunk: Buffer) => {
      total += chunk.byteLength;
      if (total > totalLimit) fail(tooLarge());
    });
    source.on('error', () => fail(badBody()));
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated || info.nameTruncated) return fail(tooLarge());
      formData.append(name, value);
    });
    parser.on('file', (name, stream, info) => {
      // An empty file input is sent as a part with no file name: nothing was chosen.
      if (!info.filename) {
        stream.resume();
        return;
      }
      // Checked against the fields that came before this file: a token sent after it is too late.
      const before = new FormData();
      const sent = formData.get('csrf');
      if (typeof sent === 'string') before.set('csrf', sent);
      const checking = csrfChecked ? Promise.resolve() : verifyCsrf(request, context, before);
      const chunks: Buffer[] = [];
      // Nothing of the file is read until the form's CSRF field (sent before it) has been checked.
      stream.pause();
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('limit', () => fail(tooLarge()));
      checking.then(
        () => {
          csrfChecked = true;
          stream.resume();
        },
        (error: unknown) => fail(error),
      );
      stream.on('end', () => {
        void checking.then(() => {
          if (!failed) formData.append(name, new File([Buffer.concat(chunks)] as unknown as BlobPart[], info.filename ?? 'file', { type: info.mimeType }));
        }, () => undefined);
      });
    });
    parser.on('filesLimit', () => fail(tooLarge()));
    parser.on('partsLimit', () => fail(tooLarge()));
    parser.on('fieldsLimit', () => fail(tooLarge()));
    parser.on('error', () => fail(badBody()));
    parser.on('close', () => {
      if (!failed) setImmediate(() => resolve(formData));
    });
  });
  source.pipe(parser);
  const result = await done;
  await verifyCsrf(request, context, result);
  return result;
}

export type FieldErrors = Record<string, string>;

/** zod over a form: either the data, or an error code per field (turned into messages by the page). */
export function parseFields<S extends z.ZodTypeAny>(
  schema: S,
  values: Record<string, unknown>,
): { ok: true; data: z.infer<S> } | { ok: false; errors: FieldErrors } {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    const given = values[field];
    const empty = given === undefined || given === null || (typeof given === 'string' && given.trim() === '');
    errors[field] ??= empty && (issue.code === 'too_small' || issue.code === 'invalid_type') ? 'required' : issue.code === 'too_small' ? 'too_short' : issue.code === 'too_big' ? 'too_long' : 'invalid';
  }
  return { ok: false, errors };
}

/** The files a multipart form sent under `field`, read into memory (readMultipartForm has limited each). */
export async function uploadedFiles(formData: FormData, field: string): Promise<{ filename: string; bytes: Uint8Array }[]> {
  const files = formData.getAll(field).filter((f): f is File => typeof f === 'object' && f !== null && 'arrayBuffer' in f);
  return Promise.all(files.map(async (f) => ({ filename: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

export function formValues(formData: FormData, fields: readonly string[]): Record<string, string | undefined> {
  return Object.fromEntries(fields.map((f) => [f, typeof formData.get(f) === 'string' ? (formData.get(f) as string) : undefined]));
}
