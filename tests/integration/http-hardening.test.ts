/**
 * The form readers and the document route at the HTTP boundary, without the Express front
 * (web.ts limits bodies too; these are the second wall): limits while the body streams,
 * CSRF before any file, sessions bound into the token, documents served by their content.
 */
import { Readable } from 'node:stream';
import type { AppLoadContext } from '@remix-run/node';
import { describe, expect, it } from 'vitest';
import { sessionCookie } from '../../app/.server/cookies';
import { issueCsrfToken } from '../../app/.server/csrf.server';
import { readForm, readMultipartForm } from '../../app/.server/forms.server';
import { loader as documentLoader } from '../../app/routes/staff.documents.$id';

const SECRET = 'x'.repeat(48);

function contextWith(config: Partial<{ maxFormBytes: number; maxUploadBytes: number; maxUploadFiles: number; cookieSecure: boolean }> = {}, extra: Record<string, unknown> = {}): AppLoadContext {
  return {
    services: { secret: SECRET, config: { maxFormBytes: 1024, maxUploadBytes: 4096, maxUploadFiles: 2, cookieSecure: false, ...config }, ...extra },
    cspNonce: 'n',
    clientIp: '127.0.0.1',
  } as unknown as AppLoadContext;
}

/** A body that never ends by itself, counting what was pulled from it. */
function endless(chunk: Uint8Array, max = 10_000) {
  const stats = { pulled: 0 };
  let i = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i++ >= max) return controller.close();
      stats.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, stats };
}

async function browser(context: AppLoadContext, session?: string): Promise<{ cookie: string; token: string }> {
  const sessionPart = session ? `${(await sessionCookie.serialize(session)).split(';')[0]}` : '';
  const first = await issueCsrfToken(new Request('http://desk.test/', { headers: sessionPart ? { Cookie: sessionPart } : {} }), context);
  const cookie = [first.setCookie!.split(';')[0], sessionPart].filter(Boolean).join('; ');
  return { cookie, token: first.token };
}

async function statusOf(work: Promise<unknown>): Promise<number | string> {
  try {
    await work;
    return 'ok';
  } catch (error) {
    if (error instanceof Response) return error.status;
    return (error as { code?: string }).code ?? String(error);
  }
}

describe('ordinary forms', () => {
  it('refuse a declared length over the limit before reading, and stop reading a chunked body at it', async () => {
    const context = contextWith();
    const declared = endless(new Uint8Array(512));
    const r1 = new Request('http://desk.test/en/status', { method: 'POST', body: declared.stream, duplex: 'half', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': String(400 * 1024 * 1024) } } as RequestInit);
    expect(await statusOf(readForm(r1, context))).toBe(413);
    expect(declared.stats.pulled).toBeLessThanOrEqual(512 * 2);

    const chunked = endless(new Uint8Array(512).fill(97));
    const r2 = new Request('http://desk.test/en/status', { method: 'POST', body: chunked.stream, duplex: 'half', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } } as RequestInit);
    expect(await statusOf(readForm(r2, context))).toBe(413);
    expect(chunked.stats.pulled).toBeLessThan(8 * 1024);
  });

  it('refuse a body that is not a form with a 400', async () => {
    const r = new Request('http://desk.test/en/status', { method: 'POST', body: '{"a":1}', headers: { 'Content-Type': 'application/json' } });
    expect(await statusOf(readForm(r, contextWith()))).toBe(400);
  });

  it('bind the token to the session: one issued before sign-in fails after it', async () => {
    const context = contextWith();
    const anonymous = await browser(context);
    const signedIn = `${anonymous.cookie}; ${(await sessionCookie.serialize('session-token-abc')).split(';')[0]}`;
    const form = (token: string, cookie: string) => new Request('http://desk.test/staff/x', { method: 'POST', body: new URLSearchParams({ csrf: token }), headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(await statusOf(readForm(form(anonymous.token, anonymous.cookie), context))).toBe('ok');
    expect(await statusOf(readForm(form(anonymous.token, signedIn), context))).toBe('csrf');
    const bound = await issueCsrfToken(new Request('http://desk.test/', { headers: { Cookie: signedIn } }), context);
    expect(await statusOf(readForm(form(bound.token, signedIn), context))).toBe('ok');
  });

  it('name the CSRF cookie __Host- over HTTPS', async () => {
    const issued = await issueCsrfToken(new Request('https://desk.test/'), contextWith({ cookieSecure: true }));
    expect(issued.setCookie).toMatch(/^__Host-desk_csrf=/);
    expect(issued.setCookie).toMatch(/; Secure/);
    expect(issued.setCookie).toMatch(/; Path=\//);
  });
});

describe('multipart forms', () => {
  const boundary = 'b0undary';
  const part = (name: string, body: string | Uint8Array, filename?: string) =>
    Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"\r\nContent-Type: application/pdf` : ''}\r\n\r\n`),
      Buffer.from(body),
      Buffer.from('\r\n'),
    ]);
  const end = Buffer.from(`--${boundary}--\r\n`);
  const request = (body: ReadableStream<Uint8Array> | Buffer, cookie: string) =>
    new Request('http://desk.test/en/petition', { method: 'POST', body, duplex: 'half', headers: { Cookie: cookie, 'Content-Type': `multipart/form-data; boundary=${boundary}` } } as RequestInit);

  it('refuse a file before the CSRF field without keeping it', async () => {
    const context = contextWith();
    const { cookie, token } = await browser(context);
    const body = Buffer.concat([part('files', 'x'.repeat(100), 'a.pdf'), part('csrf', token), end]);
    expect(await statusOf(readMultipartForm(request(body, cookie), context))).toBe('csrf');
  });

  it('limit part size, file count and total while streaming a chunked body', async () => {
    const context = contextWith();
    const { cookie, token } = await browser(context);
    const big = Buffer.concat([part('csrf', token), part('files', new Uint8Array(5000), 'big.pdf'), end]);
    expect(await statusOf(readMultipartForm(request(big, cookie), context))).toBe(413);
    const many = Buffer.concat([part('csrf', token), ...[1, 2, 3].map((i) => part('files', 'x', `${i}.pdf`)), end]);
    expect(await statusOf(readMultipartForm(request(many, cookie), context))).toBe(413);
    const head = part('csrf', token);
    const stream = endless(new Uint8Array(1024));
    const reader = stream.stream.getReader();
    let sentHead = false;
    const chunked = new ReadableStream<Uint8Array>({
      async pull(c) {
        if (!sentHead) {
          sentHead = true;
          return c.enqueue(Buffer.concat([head, Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="a.pdf"\r\n\r\n`)]));
        }
        const next = await reader.read();
        if (next.done) c.close();
        else c.enqueue(next.value);
      },
    });
    expect(await statusOf(readMultipartForm(request(chunked as ReadableStream<Uint8Array> & Buffer, cookie), context))).toBe(413);
    expect(stream.stats.pulled).toBeLessThan(64 * 1024);
  });

  // What a browser sends for a file input left empty.
  const emptyFileInput = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename=""\r\nContent-Type: application/octet-stream\r\n\r\n\r\n`);

  it('accept any file name a browser sends, = and ; included, and skip an empty file input', async () => {
    const context = contextWith({ maxUploadFiles: 3 });
    const { cookie, token } = await browser(context);
    const body = Buffer.concat([part('csrf', token), part('files', '%PDF-1.4', 'priedas=1; kopija (2).pdf'), part('files', '%PDF-1.4', 'prašymas.pdf'), emptyFileInput, end]);
    const form = await readMultipartForm(request(body, cookie), context);
    expect((form.getAll('files') as File[]).map((f) => f.name)).toEqual(['priedas=1; kopija (2).pdf', 'prašymas.pdf']);
  });
});

describe('a case document', () => {
  async function serve(document: { filename: string; mediaType: string }, bytes: Uint8Array) {
    const context = contextWith({}, {
      auth: { getSessionUser: async () => ({ id: 'u', role: 'admin', departmentId: null }) },
      cases: { readCaseDocument: async () => ({ document: { ...document, sizeBytes: bytes.byteLength }, body: Readable.from([Buffer.from(bytes)]) }) },
    });
    const cookie = (await sessionCookie.serialize('t')).split(';')[0]!;
    const response = (await documentLoader({ request: new Request('http://desk.test/staff/documents/d', { headers: { Cookie: cookie } }), params: { id: 'd' }, context } as never)) as Response;
    return { response, body: new Uint8Array(await response.arrayBuffer()) };
  }

  it('is served by its content, never by the type its sender declared', async () => {
    const js = new TextEncoder().encode('alert(document.domain)');
    const { response, body } = await serve({ filename: 'invoice";.js', mediaType: 'application/javascript' }, js);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="invoice__.js"; filename*=UTF-8''invoice%22%3B.js`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toMatch(/^sandbox/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(body).toEqual(js);
  });

  it('keeps the safe types it finds, and shows an e-mail original as plain text', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n...');
    expect((await serve({ filename: 'a.bin', mediaType: 'text/html' }, pdf)).response.headers.get('content-type')).toBe('application/pdf');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    expect((await serve({ filename: 'a.png', mediaType: 'image/svg+xml' }, png)).response.headers.get('content-type')).toBe('image/png');
    const mail = new TextEncoder().encode('From: a@example.lt\r\nSubject: x\r\n\r\n<script>alert(1)</script>');
    expect((await serve({ filename: 'laiškas.eml', mediaType: 'message/rfc822' }, mail)).response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });
});
