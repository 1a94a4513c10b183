/**
 * The HTTP boundary of the real built server: body limits before anything is read, one error
 * handler, refusals with a status and a message rather than a 500, cookies and headers.
 * Plain HTTP (node:http), so chunked bodies and odd headers can be sent as an attacker would.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startDesk, text, type RunningDesk } from './harness';

let desk: RunningDesk;
beforeAll(async () => {
  desk = await startDesk();
});
afterAll(async () => desk?.stop());

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  raw: string[];
  body: string;
  sent: number;
}

/** One request; `body` chunks are written one by one (chunked unless a Content-Length is given). */
function send(path: string, opts: { method?: string; headers?: Record<string, string>; body?: Iterable<Buffer | string> } = {}): Promise<Answer> {
  const url = new URL(path, desk.url);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = http.request(url, { method: opts.method ?? 'GET', headers: opts.headers, agent: false }, (res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, raw: res.rawHeaders, body, sent }));
      res.on('error', reject);
    });
    req.on('error', (e) => (answered ? undefined : reject(e)));
    const chunks = opts.body ? opts.body[Symbol.iterator]() : null;
    const pump = () => {
      if (!chunks) return req.end();
      for (;;) {
        if (answered || req.destroyed) return;
        const next = chunks.next();
        if (next.done) return req.end();
        sent += Buffer.byteLength(next.value);
        if (!req.write(next.value)) return void req.once('drain', pump);
      }
    };
    pump();
  });
}

function* repeat(chunk: Buffer, times: number): Iterable<Buffer> {
  for (let i = 0; i < times; i++) yield chunk;
}

const cookiesOf = (a: Answer) => (Array.isArray(a.headers['set-cookie']) ? a.headers['set-cookie'] : []).map((c) => c.split(';')[0]!);
const tokenIn = (html: string) => /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
const headerCount = (a: Answer, name: string) => a.raw.filter((_, i) => i % 2 === 0).filter((h) => h.toLowerCase() === name).length;

/** A browser's visit: its cookies and the form token of the page. */
async function visit(path: string, cookies: string[] = []): Promise<{ cookies: string[]; token: string; body: string }> {
  const a = await send(path, { headers: cookies.length ? { Cookie: cookies.join('; ') } : {} });
  const merged = new Map(cookies.map((c) => [c.split('=')[0], c]));
  for (const c of cookiesOf(a)) merged.set(c.split('=')[0], c);
  return { cookies: [...merged.values()], token: tokenIn(a.body), body: a.body };
}

function urlencoded(fields: Record<string, string>) {
  return Buffer.from(new URLSearchParams(fields).toString());
}

function multipart(boundary: string, parts: { name: string; value?: string; filename?: string; bytes?: Uint8Array; type?: string }[]): Buffer {
  const out: Buffer[] = [];
  for (const p of parts) {
    const disp = p.filename === undefined ? `form-data; name="${p.name}"` : `form-data; name="${p.name}"; filename="${p.filename}"`;
    out.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disp}\r\n${p.filename === undefined ? '' : `Content-Type: ${p.type ?? 'application/pdf'}\r\n`}\r\n`));
    out.push(p.bytes ? Buffer.from(p.bytes) : Buffer.from(p.value ?? ''));
    out.push(Buffer.from('\r\n'));
  }
  out.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(out);
}

/** A petition from the web form with one small PDF; its case number. */
async function submitPdfPetition(filename: string): Promise<string> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([595, 842]).drawText('Prasau pakeisti vandens skaitikli.', { x: 50, y: 780, size: 14, font });
  const bytes = await pdf.save();
  const visitor = await visit('/en/petition');
  const boundary = 'zBoundaryz';
  const a = await send('/en/petition', {
    method: 'POST',
    headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}`, Cookie: visitor.cookies.join('; ') },
    body: [
      multipart(boundary, [
        { name: 'csrf', value: visitor.token },
        { name: 'name', value: 'Rūta Petraitienė' },
        { name: 'email', value: 'ruta@example.lt' },
        { name: 'subject', value: 'Vandens skaitiklio keitimas' },
        { name: 'body', value: 'Prašau pakeisti vandens skaitiklį, jis praleidžia vandenį.' },
        { name: 'kind', value: 'request' },
        { name: 'serviceSlug', value: 'water-meters' },
        { name: 'consent', value: 'yes' },
        { name: 'files', filename, bytes },
      ]),
    ],
  });
  expect(a.status).toBe(200);
  return /data-testid="case-number">([^<]+)/.exec(a.body)?.[1] ?? '';
}

async function signIn(email: string): Promise<string[]> {
  const page = await visit('/staff/login');
  const a = await send('/staff/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: page.cookies.join('; ') },
    body: [urlencoded({ csrf: page.token, email, password: DEMO_PASSWORD, next: '/staff\r\nSet-Cookie: evil=1' })],
  });
  expect(a.status).toBe(302);
  expect(a.headers.location).toBe('/staff');
  const merged = new Map(page.cookies.map((c) => [c.split('=')[0], c]));
  for (const c of cookiesOf(a)) merged.set(c.split('=')[0], c);
  // The CSRF cookie is replaced at sign-in, beside the new session.
  const before = page.cookies.find((c) => c.startsWith('desk_csrf='));
  expect(merged.get('desk_csrf')).toBeDefined();
  expect(merged.get('desk_csrf')).not.toBe(before);
  return [...merged.values()];
}

describe('request bodies are limited before they are read', () => {
  it('refuses a declared 400 MB form at once, and a chunked one after a few bytes', async () => {
    const declared = await send('/en/status', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': String(400 * 1024 * 1024) },
      body: [Buffer.alloc(1024, 'a')],
    });
    expect(declared.status).toBe(413);

    const chunk = Buffer.alloc(64 * 1024, 'a');
    const chunked = await send('/en/status', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: repeat(chunk, 6400) });
    expect(chunked.status).toBe(413);
    expect(chunked.sent).toBeLessThan(64 * 1024 * 1024);

    // Refused before Remix, yet said in the reader's language: the page's, else the browser's.
    const polish = await send('/pl/status', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': String(400 * 1024 * 1024) },
      body: [Buffer.alloc(16, 'a')],
    });
    expect(polish.status).toBe(413);
    expect(polish.body).toContain(text('pl', 'errors.too_large').replace(/'/g, '&#39;'));
    expect(polish.body).toContain('lang="pl"');
    const russian = await send('/staff/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': String(10 * 1024 * 1024), 'Accept-Language': 'ru-RU,ru;q=0.9,en;q=0.5' },
      body: [Buffer.alloc(16, 'a')],
    });
    expect(russian.status).toBe(413);
    expect(russian.body).toContain(text('ru', 'errors.too_large'));
  });

  it('streams a chunked upload with many large parts and no CSRF token: refused before it is read', async () => {
    const boundary = 'xBoundaryx';
    const part = Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n`), Buffer.alloc(1024 * 1024, 'x'), Buffer.from('\r\n')]);
    const visitor = await visit('/en/petition');
    const a = await send('/en/petition', {
      method: 'POST',
      headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}`, Cookie: visitor.cookies.join('; ') },
      body: repeat(part, 19 * 30),
    });
    expect([403, 413]).toContain(a.status);
    expect(a.sent).toBeLessThan(100 * 1024 * 1024);
  });

  it('counts the parts of a chunked upload: more files than allowed is a 413', async () => {
    const boundary = 'yBoundaryy';
    const visitor = await visit('/en/petition');
    const parts = [{ name: 'csrf', value: visitor.token }, ...Array.from({ length: 12 }, (_, i) => ({ name: 'files', filename: `f${i}.pdf`, bytes: new Uint8Array(10) }))];
    const a = await send('/en/petition', {
      method: 'POST',
      headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}`, Cookie: visitor.cookies.join('; ') },
      body: [multipart(boundary, parts)],
    });
    expect(a.status).toBe(413);
  });
});

describe('malformed requests are a 400 with a message, never a 500 or a stack trace', () => {
  it('GET /%ff, in production and in any other mode', async () => {
    const a = await send('/%ff');
    expect(a.status).toBe(400);
    expect(a.body).not.toMatch(/\bat \w|\/work\/|node_modules/);
    // Express shows stack traces unless NODE_ENV=production: the same built app, started as a test would.
    const child = spawn(process.execPath, ['build/desk.js', 'serve'], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: { ...desk.env, NODE_ENV: 'test', JOBS_IN_PROCESS: 'false', PORT: '0', OUTBOX_SMTP_PORT: '0' },
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let log = '';
        child.stdout.on('data', (d: Buffer) => {
          log += d;
          const m = /listening on (http:\/\/\S+)/.exec(log);
          if (m) resolve(m[1]!);
        });
        child.on('exit', (code) => reject(new Error(`server exited (${code}): ${log}`)));
      });
      const answer = await fetch(`${url}/%ff`);
      expect(answer.status).toBe(400);
      expect(await answer.text()).not.toMatch(/\bat \w|\/work\/|node_modules|Error/);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('a JSON body, and a petition that is not multipart, in the reader language', async () => {
    const visitor = await visit('/en/status');
    const json = await send('/en/status', { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: visitor.cookies.join('; ') }, body: ['{"number":1}'] });
    expect(json.status).toBe(400);
    expect(json.body).toContain(text('en', 'errors.bad_request'));
    const plain = await send('/pl/petition', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: visitor.cookies.join('; ') }, body: [urlencoded({ csrf: visitor.token })] });
    expect(plain.status).toBe(400);
    expect(plain.body).toContain(text('pl', 'errors.bad_request'));
  });

  it('a file name with = and ; is accepted by the petition form', async () => {
    expect(await submitPdfPetition('priedas=1; kopija.pdf')).toMatch(/^VLN-/);
  });
});

describe('staff responses', () => {
  it('rotates the CSRF cookie at sign-in, ignores a CRLF next and a Referer that is not a URL, and sends no-store', async () => {
    const cookies = await signIn('admin@desk.example');
    const home = await send('/staff', { headers: { Cookie: cookies.join('; ') } });
    expect(home.status).toBe(200);
    expect(home.headers['cache-control']).toBe('no-store');
    const token = tokenIn(home.body);
    const prefs = await send('/staff/preferences', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookies.join('; '), Referer: 'not a url' },
      body: [urlencoded({ csrf: token, locale: 'en' })],
    });
    expect(prefs.status).toBe(302);
    expect(prefs.headers.location).toBe('/staff');
    const crlf = await send('/staff/login?next=%2Fstaff%0D%0ASet-Cookie%3A%20x%3D1', { headers: { Cookie: cookies.join('; ') } });
    expect(crlf.status).toBe(302);
    expect(crlf.headers.location).toBe('/staff');
  });

  it('a token issued before sign-in does not work after it', async () => {
    const page = await visit('/staff/login');
    const cookies = await signIn('admin@desk.example');
    const stale = await send('/staff/preferences', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookies.join('; ') },
      body: [urlencoded({ csrf: page.token, locale: 'en' })],
    });
    expect(stale.status).toBe(403);
  });

  it('serves a document as a sandboxed attachment with one CSP and no-store', async () => {
    const cookies = await signIn('admin@desk.example');
    const number = await submitPdfPetition('prašymas=1;2.pdf');
    const page = await send(`/staff/cases/${number}`, { headers: { Cookie: cookies.join('; ') } });
    const doc = /href="(\/staff\/documents\/[^"]+)"/.exec(page.body)?.[1];
    expect(doc).toBeDefined();
    const a = await send(doc!, { headers: { Cookie: cookies.join('; ') } });
    expect(a.status).toBe(200);
    expect(headerCount(a, 'content-security-policy')).toBe(1);
    expect(a.headers['content-security-policy']).toMatch(/^sandbox/);
    expect(a.headers['content-disposition']).toMatch(/^attachment; filename="[^"]*"; filename\*=UTF-8''/);
    expect(a.headers['x-content-type-options']).toBe('nosniff');
    expect(a.headers['cache-control']).toBe('no-store');
    expect(a.headers['content-type']).toBe('application/pdf');
    expect(a.headers['content-disposition']).toContain("filename*=UTF-8''pra%C5%A1ymas%3D1%3B2.pdf");
  });

  it('lets the reply preview be framed by the desk itself, with one CSP', async () => {
    const cookies = await signIn('water@desk.example');
    const home = await send('/staff', { headers: { Cookie: cookies.join('; ') } });
    const kase = /href="(\/staff\/cases\/VLN-[^"?]+)"/.exec(home.body)?.[1];
    expect(kase).toBeDefined();
    const started = await send(kase!, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookies.join('; ') },
      body: [urlencoded({ csrf: tokenIn(home.body), intent: 'startReply', templateId: 'acknowledgement' })],
    });
    expect(started.status).toBe(302);
    const preview = await send(`${started.headers.location}/preview`, { headers: { Cookie: cookies.join('; ') } });
    expect(preview.status).toBe(200);
    expect(preview.headers['content-type']).toBe('application/pdf');
    expect(headerCount(preview, 'content-security-policy')).toBe(1);
    expect(preview.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(preview.headers['content-security-policy']).not.toContain("'none'");
    expect(headerCount(preview, 'x-frame-options')).toBe(1);
    expect(preview.headers['cache-control']).toBe('no-store');
  });
});
