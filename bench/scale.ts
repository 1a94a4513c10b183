/**
 * The desk at scale: `npx tsx bench/scale.ts [--sqlite FILE --sqlite-data DIR] [--pg URL --pg-data DIR] [--runs N]`.
 *
 * Opens databases filled by `desk seed-scale` (1M cases: five years, 60,000 open) and prints, per
 * database, the server-side time of the desk's own use cases over ≥ 200 calls each with the database
 * warm (the inbox page for clerks and managers in several views and filters, search by number, name,
 * common and rare word, the manager's cockpit), the streamed CSV export of every case (rows/s and the
 * process's peak RSS), resident status lookups over HTTP (autocannon, 10 connections, 30 s, against
 * `desk serve`), and the query plans of the inbox, search and cockpit queries (`--skip queries,export,http` leaves
 * parts out: `--skip queries` measures the exports in a process that has run nothing else). Never part of the test
 * suite; it prints, and never fails on a time.
 *
 * DATA DIR is the one the database was seeded with: the tracking codes' HMAC key lives there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect, type LogEvent } from 'kysely';
import autocannon from 'autocannon';
import { loadConfig } from '../server/config.js';
import { createServices, type Services } from '../server/services.js';
import { parseInboxQuery } from '../server/cases/index.js';
import type { Actor } from '../server/auth/user.js';
import type { DB } from '../server/db/schema.js';
import { scaleTrackingCode } from '../server/demo/seed-scale.js';
import { exportRows, parseCockpitQuery } from '../server/reports/index.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const RUNS = Number(opt('runs') ?? 200);
const SEED = Number(opt('seed') ?? 1);
const SKIP = new Set((opt('skip') ?? '').split(',').filter(Boolean));

interface Target {
  name: 'sqlite' | 'postgres';
  url: string;
  dataDir: string;
}
const targets: Target[] = [];
if (opt('sqlite')) targets.push({ name: 'sqlite', url: `file:${path.resolve(opt('sqlite')!)}`, dataDir: path.resolve(opt('sqlite-data') ?? path.join(path.dirname(opt('sqlite')!), 'data')) });
if (opt('pg')) targets.push({ name: 'postgres', url: opt('pg')!, dataDir: path.resolve(opt('pg-data') ?? '/tmp/scale-pg-data') });
if (targets.length === 0) {
  console.error('usage: bench/scale.ts --sqlite /tmp/scale/desk.sqlite [--sqlite-data DIR] --pg postgres://…/scale [--pg-data DIR] [--runs 200] [--skip http,export]');
  process.exit(1);
}

/** The last statements a measured call ran, for EXPLAIN. */
let captured: { sql: string; parameters: readonly unknown[] }[] = [];
const capture = (e: LogEvent) => {
  if (e.level === 'query') captured.push({ sql: e.query.sql, parameters: e.query.parameters });
};

function openDb(t: Target): { db: Kysely<DB>; explain(sql: string, params: readonly unknown[]): Promise<string> } {
  if (t.name === 'sqlite') {
    const raw = new SQLite(t.url.slice('file:'.length));
    raw.pragma('journal_mode = WAL');
    raw.pragma('busy_timeout = 5000');
    return {
      db: new Kysely<DB>({ dialect: new SqliteDialect({ database: raw }), log: capture }),
      explain: async (sql, params) =>
        (raw.prepare(`explain query plan ${sql}`).all(...(params as unknown[])) as { detail: string }[]).map((r) => `  ${r.detail}`).join('\n'),
    };
  }
  const pool = new pg.Pool({ connectionString: t.url, max: 10 });
  return {
    db: new Kysely<DB>({ dialect: new PostgresDialect({ pool }), log: capture }),
    explain: async (sql, params) => (await pool.query(`explain ${sql}`, params as unknown[])).rows.map((r: Record<string, string>) => `  ${r['QUERY PLAN']}`).join('\n'),
  };
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface Row {
  what: string;
  n: number;
  p50: number;
  p95: number;
  target: string;
}

async function time(what: string, target: string, calls: (() => Promise<unknown>)[]): Promise<Row> {
  for (const call of calls.slice(0, 5)) await call(); // warm
  const ms: number[] = [];
  for (let i = 0; i < Math.max(RUNS, calls.length); i++) {
    const call = calls[i % calls.length]!;
    const t0 = performance.now();
    await call();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { what, n: ms.length, p50: pct(ms, 50), p95: pct(ms, 95), target };
}

async function plansOf(label: string, call: () => Promise<unknown>, explain: (sql: string, p: readonly unknown[]) => Promise<string>): Promise<string> {
  captured = [];
  await call();
  const out: string[] = [`-- ${label}`];
  for (const q of captured) {
    if (!/^\s*select/i.test(q.sql) && !/^\s*with/i.test(q.sql)) continue;
    out.push(`${q.sql.replace(/\s+/g, ' ').slice(0, 300)}${q.sql.length > 300 ? ' …' : ''}`);
    out.push(await explain(q.sql, q.parameters));
  }
  return out.join('\n');
}

async function benchOne(t: Target) {
  const config = loadConfig({ ...process.env, DATABASE_URL: t.url, DATA_DIR: t.dataDir, NODE_ENV: 'production', OUTBOX_SMTP_PORT: '0' });
  const { db, explain } = openDb(t);
  const services: Services = createServices(config, { db });
  const users = await services.auth.listUsers({ id: 'bench', role: 'admin', departmentId: null, name: 'bench' });
  const byEmail = (e: string) => users.find((u) => u.email === e)! as Actor;
  const clerks = users.filter((u) => u.role === 'clerk') as Actor[];
  const manager = byEmail('manager@desk.example');
  const counts = await db.selectFrom('cases').select([(eb) => eb.fn.countAll<number>().as('n')]).executeTakeFirstOrThrow();
  console.log(`\n## ${t.name}: ${Number(counts.n).toLocaleString('en')} cases`);

  // Material for the queries: real numbers, names and words from the database.
  const sample = await db.selectFrom('cases').innerJoin('petitioners', 'petitioners.id', 'cases.petitioner_id')
    .select(['cases.number', 'petitioners.name', 'petitioners.email']).where('cases.seq', '<', 400).orderBy('cases.number').limit(200).execute();
  const numbers = sample.map((s) => s.number);
  const names = [...new Set(sample.map((s) => s.name).filter(Boolean))].slice(0, 50);
  const q = (s: string, view: 'department' | 'all' = 'department') => parseInboxQuery(new URLSearchParams(s), view);
  const page = (actor: Actor, qs: string, view: 'department' | 'all' = 'department') => () => services.cases.listInboxPage(actor, q(qs, view));
  let cursors: string[] = [];
  for (const c of clerks.slice(0, 5)) {
    const first = await services.cases.listInboxPage(c, q(''));
    if (first.next) cursors.push(first.next);
  }
  cursors = cursors.slice(0, 5);

  const rows: Row[] = [];
  const cockpit = (qs: string) => () => services.reports.getCockpit(manager, parseCockpitQuery(new URLSearchParams(qs), new Date().toISOString().slice(0, 10)));
  // --skip queries: the export and HTTP parts alone, in a process that has run nothing else (its RSS is the export's).
  if (!SKIP.has('queries')) {
    rows.push(await time('inbox: clerk, own department, by due date', '≤ 50', clerks.map((c) => page(c, ''))));
    rows.push(await time('inbox: clerk, next page (keyset)', '≤ 50', clerks.slice(0, cursors.length).map((c, i) => () => services.cases.listInboxPage(c, { ...q(''), after: cursors[i] }))));
    rows.push(await time('inbox: clerk, triage', '≤ 50', clerks.map((c) => page(c, 'view=triage'))));
    rows.push(await time('inbox: clerk, all statuses, newest first', '≤ 50', clerks.map((c) => page(c, 'status=any&sort=received'))));
    rows.push(await time('inbox: clerk, overdue, Polish', '≤ 50', clerks.map((c) => page(c, 'deadline=overdue&language=pl'))));
    rows.push(await time('inbox: manager, all departments', '≤ 50', [page(manager, '', 'all')]));
    rows.push(await time('inbox: manager, closed, by last change', '≤ 50', [page(manager, 'status=closed&sort=updated', 'all')]));
    rows.push(await time('inbox: manager, e-mail, received 2024', '≤ 50', [page(manager, 'status=any&channel=email&receivedFrom=2024-01-01&receivedTo=2024-12-31&sort=received', 'all')]));
    rows.push(await time('search: case number (whole)', '≤ 150', numbers.map((n) => page(manager, `q=${n}`, 'all'))));
    rows.push(await time('search: case number (tail, 000123)', '≤ 150', numbers.map((n) => page(manager, `q=${n.slice(-6)}`, 'all'))));
    rows.push(await time('search: petitioner name', '≤ 150', names.map((n) => page(manager, `q=${encodeURIComponent(n)}`, 'all'))));
    rows.push(await time('search: common word (šildymo / ogrzewania / отопления)', '≤ 150', ['šildymo', 'ogrzewania', 'отопления', 'heating'].map((w) => page(manager, `q=${encodeURIComponent(w)}`, 'all'))));
    rows.push(await time('search: rare word', '≤ 150', ['kanalizacijos', 'asbestas', 'balandžiai', 'graffiti'].map((w) => page(manager, `q=${encodeURIComponent(w)}`, 'all'))));
    rows.push(await time('search: word + filters (clerk, any status)', '≤ 150', clerks.map((c) => page(c, 'q=skaitiklio&status=any'))));
    rows.push(await time('cockpit: all departments, last 12 months', '≤ 200', [cockpit('')]));
    rows.push(await time('cockpit: one department, last 12 months', '≤ 200', ['water', 'heating', 'transport', 'housing'].map((d) => cockpit(`department=${d}`))));
    rows.push(await time('deadlines page (manager)', '≤ 200', [() => services.cases.listDeadlines(manager)]));

    console.log('\n| query | calls | p50 ms | p95 ms | target p95 ms |\n|---|---:|---:|---:|---:|');
    for (const r of rows) console.log(`| ${r.what} | ${r.n} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.target} |`);
  }

  if (!SKIP.has('export')) {
    // Every case through the inbox export's own path: the keyset stream, then the one CSV writer, read as a browser would.
    type Item = { number: string; status: string; subject: string; petitionerName: string; departmentId: string | null; language: string | null; channel: string; receivedAt: string; dueOn: string | null };
    const columns = (['number', 'status', 'subject', 'petitionerName', 'departmentId', 'language', 'channel', 'receivedAt', 'dueOn'] as const).map((k) => ({ header: k, value: (r: Item) => r[k] }));
    let rowsOut = 0;
    let bytes = 0;
    let peak = process.memoryUsage().rss;
    const t0 = performance.now();
    const items = services.cases.streamInbox(manager, q('status=any&sort=received', 'all'));
    // Counted a batch at a time, as the writer reads the stream (per row would add a promise per row).
    const counted = {
      async *batches() {
        for await (const batch of items.batches()) {
          rowsOut += batch.length;
          peak = Math.max(peak, process.memoryUsage().rss);
          yield batch as unknown as readonly Item[];
        }
      },
    };
    const rssBefore = process.memoryUsage().rss;
    const reader = exportRows('csv', columns, counted).getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
    }
    const s = (performance.now() - t0) / 1000;
    console.log(`\nCSV export of every case: ${rowsOut.toLocaleString('en')} rows, ${(bytes / 1e6).toFixed(0)} MB in ${s.toFixed(1)} s = ${Math.round(rowsOut / s).toLocaleString('en')} rows/s; peak RSS ${(peak / 2 ** 20).toFixed(0)} MB, ${(rssBefore / 2 ** 20).toFixed(0)} MB before it (target ≥ 50,000 rows/s, < 300 MB)`);
  }

  if (!SKIP.has('queries')) {
    console.log('\n### Query plans');
    console.log(await plansOf('inbox: clerk, own department', page(clerks[0]!, ''), explain));
    console.log(await plansOf('inbox: manager, all statuses, newest first', page(manager, 'status=any&sort=received', 'all'), explain));
    console.log(await plansOf('search: common word', page(manager, 'q=šildymo', 'all'), explain));
    console.log(await plansOf('search: case number tail', page(manager, `q=${numbers[0]!.slice(-6)}`, 'all'), explain));
    console.log(await plansOf('cockpit', cockpit(''), explain));
  }

  const lookupNumbers = numbers.slice(0, 20);
  await services.close();
  if (!SKIP.has('http')) await statusLookups(t, lookupNumbers);
}

/** Over HTTP against `desk serve`: the inbox export, then resident status lookups (the JSON lookup, then the status page). */
async function statusLookups(t: Target, numbers: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' as const, DATABASE_URL: t.url, DATA_DIR: t.dataDir, PORT: '0', HOST: '127.0.0.1', OUTBOX_SMTP_PORT: '0', JOBS_IN_PROCESS: 'false' };
  // As production runs it (decision 0025): the compiled desk, its heap capped; one process, so the pid is the server's (CPU time, RSS).
  const child: ChildProcess = spawn(process.execPath, ['--max-old-space-size=512', 'build/desk.js', 'serve'], { cwd: root, env });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let log = '';
      const timer = setTimeout(() => reject(new Error(`serve did not start:\n${log}`)), 120_000);
      child.stdout!.on('data', (d: Buffer) => {
        log += d;
        const m = /listening on (http:\/\/\S+)/.exec(log);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      child.stderr!.on('data', (d: Buffer) => (log += d));
    });
    // 1. The inbox export as a manager downloads it (GET /staff/inbox.csv, every case), first, on the fresh
    // server, with its RSS read from /proc while it streams: "the process" of the export's memory target.
    await exportOverHttp(url, child.pid!);
    const duration = Number(opt('duration') ?? 30);
    // The server's own CPU time per request answered (user + system, from /proc): on a shared machine the
    // req/s move with whatever else runs, the CPU a request costs much less.
    const cpuMs = () => {
      try {
        const f = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        return (Number(f[11]) + Number(f[12])) * (1000 / 100);
      } catch {
        return NaN;
      }
    };
    const perRequest = (before: number, requests: number) => `${((cpuMs() - before) / requests).toFixed(2)} ms server CPU per request`;
    // 2. The lookup itself: number + tracking code → the public view (POST /api/v1/status), 20 cases in turn.
    let cpu0 = cpuMs();
    const api = await autocannon({
      url: `${url}/api/v1/status`,
      connections: 10,
      duration,
      requests: numbers.map((number) => ({ method: 'POST' as const, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ number, code: scaleTrackingCode(SEED, number) }) })),
    });
    console.log(
      `\nresident status lookups (POST /api/v1/status, number + code, ${numbers.length} cases in turn): ` +
        `${Math.round(api.requests.average).toLocaleString('en')} req/s, p50 ${api.latency.p50} ms, p99 ${api.latency.p99} ms, ` +
        `${api.non2xx} non-2xx, ${api.errors} errors, ${perRequest(cpu0, (api.requests as unknown as { total: number }).total)} (target ≥ 1,000 req/s, p99 ≤ 50 ms)`,
    );
    // 3. The status page a resident then reads (server-rendered HTML, with the cookie the lookup form grants).
    const cookies: string[] = [];
    for (const number of numbers) {
      const form = await fetch(`${url}/lt/status`);
      const jar = (form.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
      const csrf = /name="csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
      const body = new URLSearchParams({ csrf, number, code: scaleTrackingCode(SEED, number) });
      const res = await fetch(`${url}/lt/status`, { method: 'POST', body, headers: { cookie: jar, origin: url, 'content-type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
      const granted = (res.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
      if (res.status < 400 && granted) cookies.push([jar, granted].filter(Boolean).join('; '));
    }
    if (cookies.length === 0) {
      console.log('status page: no tracking code was accepted (was the database seeded with --seed', SEED, 'and this data dir?)');
      return;
    }
    const check = await fetch(`${url}/lt/status`, { headers: { cookie: cookies[0]! } });
    const shows = (await check.text()).includes(numbers[0]!);
    cpu0 = cpuMs();
    const page = await autocannon({ url: `${url}/lt/status`, connections: 10, duration, requests: cookies.map((cookie) => ({ method: 'GET' as const, headers: { cookie } })) });
    console.log(
      `status page (GET /lt/status, server-rendered, ${cookies.length} cases, shows the case: ${shows}): ` +
        `${Math.round(page.requests.average).toLocaleString('en')} req/s, p50 ${page.latency.p50} ms, p99 ${page.latency.p99} ms, ${page.non2xx} non-2xx, ${perRequest(cpu0, (page.requests as unknown as { total: number }).total)}`,
    );
  } finally {
    child.kill('SIGTERM');
  }
}

/** The server's resident memory now, in MB (VmRSS), and its peak so far (VmHWM). */
function serverRss(pid: number): { rss: number; hwm: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN) / 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

async function exportOverHttp(url: string, pid: number) {
  const login = await fetch(`${url}/staff/login`);
  const jar = (login.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
  const csrf = /name="csrf" value="([^"]+)"/.exec(await login.text())?.[1] ?? '';
  const body = new URLSearchParams({ csrf, next: '/staff', email: 'manager@desk.example', password: 'demo-desk-2026' });
  const signed = await fetch(`${url}/staff/login`, { method: 'POST', body, headers: { cookie: jar, origin: url, 'content-type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
  const session = (signed.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
  if (!session) {
    console.log(`inbox export over HTTP: the demo manager could not sign in (${signed.status})`);
    return;
  }
  const before = serverRss(pid);
  let peak = before.rss;
  const sampler = setInterval(() => (peak = Math.max(peak, serverRss(pid).rss)), 50);
  const t0 = performance.now();
  let bytes = 0;
  let lines = 0;
  try {
    const res = await fetch(`${url}/staff/inbox.csv?view=all&status=any&sort=received`, { headers: { cookie: [jar, session].filter(Boolean).join('; ') } });
    const reader = res.body!.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      for (let i = 0; i < value.length; i++) if (value[i] === 10) lines++;
    }
  } finally {
    clearInterval(sampler);
  }
  const s = (performance.now() - t0) / 1000;
  const rows = Math.max(0, lines - 1);
  console.log(
    `inbox export over HTTP (GET /staff/inbox.csv, every case, as the manager downloads it): ${rows.toLocaleString('en')} rows, ${(bytes / 1e6).toFixed(0)} MB in ${s.toFixed(1)} s = ` +
      `${Math.round(rows / s).toLocaleString('en')} rows/s; the server's RSS ${before.rss.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB while it streamed (target ≥ 50,000 rows/s, < 300 MB)`,
  );
}

for (const t of targets) await benchOne(t);
