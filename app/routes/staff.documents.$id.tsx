import { Readable } from 'node:stream';
import type { LoaderFunctionArgs } from '@remix-run/node';
import { requireUser } from '../.server/auth.server';
import { orHttpError } from '../.server/errors.server';

/**
 * The type a document is served with comes from its first bytes, never from what the sender
 * declared, and only from this list; anything else is an opaque download. An e-mail original
 * (message/rfc822, plain text) is served as text, which a browser never runs.
 */
function servedType(head: Uint8Array, declared: string): string {
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) return 'image/tiff';
  if (declared.toLowerCase() === 'message/rfc822' && /^[\x21-\x39\x3b-\x7e]+:/.test(Buffer.from(head.subarray(0, 200)).toString('latin1'))) return 'text/plain; charset=utf-8';
  return 'application/octet-stream';
}

/** RFC 6266: an ASCII fallback without quotes or controls, and the exact name in filename*. */
function disposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\;%]/g, '_') || 'document';
  const exact = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${exact}`;
}

/** The first bytes of a stream, and the whole stream again (those bytes first). */
async function peek(body: Readable): Promise<{ head: Uint8Array; stream: Readable }> {
  const iterator = body[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head: Uint8Array = first.done ? new Uint8Array() : (first.value as Uint8Array);
  async function* all() {
    if (!first.done) yield head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value as Uint8Array;
    }
  }
  return { head, stream: Readable.from(all()) };
}

/**
 * A case document for staff. Always served as an attachment with nosniff and a sandboxing
 * CSP, so an uploaded file can never run in the desk's origin.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { document, body } = await orHttpError(() => context.services.cases.readCaseDocument(user, params.id ?? ''));
  const { head, stream } = await peek(body);
  return new Response(Readable.toWeb(stream) as ReadableStream, {
    headers: {
      'Content-Type': servedType(head, document.mediaType),
      'Content-Length': String(document.sizeBytes),
      'Content-Disposition': disposition(document.filename),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "sandbox; default-src 'none'",
      'Cache-Control': 'no-store',
    },
  });
}
