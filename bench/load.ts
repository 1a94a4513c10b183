/**
 * Load benchmark: a mixed run against the real built desk (`desk serve` on a fresh SQLite file
 * with the demo data), over HTTP, for a fixed time, and the figures per kind of request.
 *
 *   npm run build && npx tsx bench/load.ts [--minutes 10] [--residents 8] [--clerks 4] [--scan-every 20]
 *
 * Who is simulated, each as a loop with think time:
 * - residents (each from an address of their own, as behind the municipality's proxy): open the
 *   start page and the form, submit a petition, look it up with its number and code;
 * - clerks of four departments: the inbox, a case of theirs, a note on it;
 * - the front desk: a scan from the shared corpus every N seconds, read by OCR in the background.
 *
 * It prints, per request kind, the count, errors, p50/p95/p99 and max in milliseconds, and the
 * server's peak RSS. Target: no errors and p99 under 500 ms. It never fails on a timing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const corpus = path.resolve(root, '../shared/corpus');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const MINUTES = option('minutes', 10);
const RESIDENTS = option('residents', 8);
const CLERKS = option('clerks', 4);
const SCAN_EVERY_S = option('scan-every', 20);
const DEMO_PASSWORD = 'demo-desk-2026';

const samples = new Map<string, number[]>();
const errors = new Map<string, string[]>();
function record(kind: string, ms: number, error?: string) {
  if (!samples.has(kind)) samples.set(kind, []);
  samples.get(kind)!.push(ms);
  if (error) {
    if (!errors.has(kind)) errors.set(kind, []);
    errors.get(kind)!.push(error);
  }
}

class Client {
  private cookies = new Map<string, string>();
  constructor(private readonly base: string, private readonly address: string) {}

  async send(kind: string, url: string, init: RequestInit = {}, ok: (status: number, body: string) => boolean = (s) => s < 400): Promise<{ status: number; body: string; location: string | null }> {
    const started = performance.now();
    try {
      const response = await fetch(this.base + url, {
        ...init,
        redirect: 'manual',
        headers: { ...(init.headers as Record<string, string> | undefined), 'x-forwarded-for': this.address, cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const eq = pair.indexOf('=');
        this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
      }
      const body = await response.text();
      const ms = performance.now() - started;
      record(kind, ms, ok(response.status, body) ? undefined : `${response.status} ${url}`);
      return { status: response.status, body, location: response.headers.get('location') };
    } catch (error) {
      record(kind, performance.now() - started, `${(error as Error).message} ${url}`);
      return { status: 0, body: '', location: null };
    }
  }

  csrfIn(body: string): string {
    return /name="csrf" value="([^"]+)"/.exec(body)?.[1] ?? '';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)];

interface Petition {
  lang: string;
  subject: string;
  body: string;
}

function corpusPetitions(): Petition[] {
  const lines = fs
    .readdirSync(corpus)
    .filter((f) => /^petitions-.*\.jsonl$/.test(f))
    .flatMap((f) => fs.readFileSync(path.join(corpus, f), 'utf8').split('\n').filter(Boolean));
  const items = lines
    .map((l) => JSON.parse(l) as { lang?: string; language?: string; subject?: string; body?: string; text?: string })
    .map((p) => ({ lang: p.lang ?? p.language ?? 'lt', subject: (p.subject && p.subject.trim().length >= 3 ? p.subject : 'Prašymas').slice(0, 150), body: (p.body ?? p.text ?? '').slice(0, 3000) }))
    .filter((p) => ['lt', 'pl', 'ru', 'en'].includes(p.lang) && p.body.length > 20);
  return items.length ? items : [{ lang: 'lt', subject: 'Vandens skaitiklis', body: 'Prašau pakeisti vandens skaitiklį mano bute, jis sugedo.' }];
}

async function resident(base: string, n: number, until: number, petitions: Petition[]) {
  const client = new Client(base, `10.${(n >> 8) & 255}.${n & 255}.${1 + (n % 250)}`);
  while (Date.now() < until) {
    const p = pick(petitions);
    await client.send('resident: start page', `/${p.lang}`);
    const form = await client.send('resident: petition form', `/${p.lang}/petition`);
    const data = new FormData();
    data.append('csrf', client.csrfIn(form.body));
    for (const [k, v] of Object.entries({ name: 'Load Tester', email: `resident${n}@example.org`, phone: '', address: '', serviceSlug: '', kind: 'request', subject: p.subject, body: p.body, consent: 'yes' })) data.append(k, v);
    const sent = await client.send('resident: submit petition', `/${p.lang}/petition`, { method: 'POST', body: data }, (s, b) => s === 200 && /VLN-\d{4}-\d{6}/.test(b));
    const number = /VLN-\d{4}-\d{6}/.exec(sent.body)?.[0];
    const code = /\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){3}\b/.exec(sent.body)?.[0];
    await sleep(1000 + Math.random() * 3000);
    if (number && code) {
      const page = await client.send('resident: status page', `/${p.lang}/status`);
      await client.send(
        'resident: look up',
        `/${p.lang}/status`,
        { method: 'POST', body: new URLSearchParams({ csrf: client.csrfIn(page.body), number, code }), headers: { 'content-type': 'application/x-www-form-urlencoded' } },
        (s, b) => s === 200 && b.includes(number),
      );
    }
    await sleep(2000 + Math.random() * 4000);
  }
}

async function clerk(base: string, email: string, until: number) {
  const client = new Client(base, `10.200.0.${email.length}`);
  const login = await client.send('clerk: sign-in page', '/staff/login');
  await client.send(
    'clerk: sign in',
    '/staff/login',
    { method: 'POST', body: new URLSearchParams({ csrf: client.csrfIn(login.body), email, password: DEMO_PASSWORD }), headers: { 'content-type': 'application/x-www-form-urlencoded' } },
    (s) => s === 302 || s === 303,
  );
  while (Date.now() < until) {
    const inbox = await client.send('clerk: inbox', '/staff');
    const numbers = [...new Set(inbox.body.match(/VLN-\d{4}-\d{6}/g) ?? [])];
    if (numbers.length) {
      const number = pick(numbers);
      const page = await client.send('clerk: case page', `/staff/cases/${number}`);
      if (Math.random() < 0.3) {
        await client.send(
          'clerk: add note',
          `/staff/cases/${number}`,
          { method: 'POST', body: new URLSearchParams({ csrf: client.csrfIn(page.body), intent: 'note', text: 'Patikrinta.' }), headers: { 'content-type': 'application/x-www-form-urlencoded' } },
        );
      }
    }
    await sleep(1500 + Math.random() * 3000);
  }
}

async function frontDesk(base: string, until: number) {
  const client = new Client(base, '10.200.1.1');
  const login = await client.send('front desk: sign-in page', '/staff/login');
  await client.send(
    'front desk: sign in',
    '/staff/login',
    { method: 'POST', body: new URLSearchParams({ csrf: client.csrfIn(login.body), email: 'manager@desk.example', password: DEMO_PASSWORD }), headers: { 'content-type': 'application/x-www-form-urlencoded' } },
    (s) => s === 302 || s === 303,
  );
  const scans = fs.readdirSync(path.join(corpus, 'scans')).filter((f) => /\.(png|jpg)$/.test(f));
  while (Date.now() < until) {
    const page = await client.send('front desk: intake page', '/staff/intake');
    const file = pick(scans);
    const data = new FormData();
    data.append('csrf', client.csrfIn(page.body));
    data.append('file', new Blob([fs.readFileSync(path.join(corpus, 'scans', file))]), file);
    await client.send('front desk: upload scan', '/staff/intake/upload', { method: 'POST', body: data }, (s, b) => s === 200 && b.includes('caseNumber'));
    await sleep(SCAN_EVERY_S * 1000);
  }
}

function rssOf(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

async function startDesk(): Promise<{ url: string; child: ChildProcess; dataDir: string }> {
  if (!fs.existsSync(path.join(root, 'build/server/index.js'))) throw new Error('build the app first: npm run build');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-load-'));
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', DATA_DIR: dataDir, DATABASE_URL: `file:${path.join(dataDir, 'desk.db')}`, PORT: '0', HOST: '127.0.0.1', OUTBOX_SMTP_PORT: '0', TRUST_PROXY: 'true' };
  const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
  await new Promise<void>((resolve, reject) => {
    const seed = spawn(process.execPath, [tsx, 'desk.ts', 'seed'], { cwd: root, env, stdio: 'ignore' });
    seed.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seed failed (${code})`))));
  });
  const child = spawn(process.execPath, [tsx, 'desk.ts', 'serve'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      log += d;
      const m = /listening on (http:\/\/\S+)/.exec(log);
      if (m) resolve(m[1]);
    });
    child.stderr!.on('data', (d: Buffer) => (log += d));
    child.on('exit', (code) => reject(new Error(`server exited (${code}):\n${log}`)));
  });
  return { url, child, dataDir };
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0;
}

const desk = await startDesk();
// `desk serve` runs through tsx: the node process that listens is its child.
const serverPid = (() => {
  try {
    const children = fs.readFileSync(`/proc/${desk.child.pid}/task/${desk.child.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    return Number(children[0] ?? desk.child.pid);
  } catch {
    return desk.child.pid!;
  }
})();
let peakRss = 0;
const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, rssOf(serverPid))), 500);
const until = Date.now() + MINUTES * 60_000;
const petitions = corpusPetitions();
console.log(`load: ${MINUTES} min against ${desk.url}: ${RESIDENTS} residents, ${CLERKS} clerks, a scan every ${SCAN_EVERY_S} s`);
const started = Date.now();
await Promise.all([
  ...Array.from({ length: RESIDENTS }, (_, i) => resident(desk.url, i + 1, until, petitions)),
  ...['water', 'heating', 'transport', 'housing', 'waste', 'archive'].slice(0, CLERKS).map((d) => clerk(desk.url, `${d}@desk.example`, until)),
  frontDesk(desk.url, until),
]);
clearInterval(rssTimer);
const seconds = (Date.now() - started) / 1000;

const rows = [...samples].map(([kind, ms]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return { kind, n: ms.length, errors: errors.get(kind)?.length ?? 0, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1) ?? 0 };
});
const all = [...samples.values()].flat().sort((a, b) => a - b);
const fmt = (n: number) => n.toFixed(0).padStart(6);
console.log(`\n| request | count | errors | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|`);
for (const r of rows) console.log(`| ${r.kind} | ${r.n} | ${r.errors} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${fmt(r.max)} |`);
const totalErrors = rows.reduce((s, r) => s + r.errors, 0);
console.log(`| **all** | ${all.length} | ${totalErrors} | ${fmt(percentile(all, 50))} | ${fmt(percentile(all, 95))} | ${fmt(percentile(all, 99))} | ${fmt(all.at(-1) ?? 0)} |`);
console.log(`\n${(all.length / seconds).toFixed(1)} requests/s over ${seconds.toFixed(0)} s; server peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB`);
console.log(`target: 0 errors (${totalErrors === 0 ? 'met' : 'NOT met'}), p99 under 500 ms (${percentile(all, 99) < 500 ? 'met' : 'NOT met'})`);
for (const [kind, list] of errors) console.log(`errors in ${kind}: ${[...new Set(list)].slice(0, 5).join('; ')}`);

desk.child.kill('SIGTERM');
await new Promise((r) => desk.child.once('exit', r));
fs.rmSync(desk.dataDir, { recursive: true, force: true });
