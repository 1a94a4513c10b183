/**
 * Several web processes and several workers on one PostgreSQL, as on several machines: two real
 * `desk serve` processes (each with its own port, SMTP listener and DATA_DIR, no jobs of their own)
 * and two `desk worker` processes, sharing nothing but the database (BLOB_STORE=database, one
 * SESSION_SECRET, a mail relay of the test's own). 200 e-mails go in over SMTP, split across the two
 * webs' listeners; one worker is SIGKILLed while both hold jobs; the survivor must find the dead
 * worker's jobs (the liveness sweep, seconds, not graphile's four hours) and finish. It ends with
 * exactly 200 cases, each read and analysed, no job failed, each notice sent once by its row. Beside
 * it: a session made on web 1 used on web 2, sign-in failures counted across both, and web 2's live
 * progress stream showing what a worker did.
 *
 * PostgreSQL only (skipped without DATABASE_URL_TEST); the web processes serve the built app.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nodemailer from 'nodemailer';
import { composeMail, openDatabase } from '../fixtures/email/mail';
import { startTestRelay, type TestRelay } from '../fixtures/notifications/relay';
import { freshPostgres } from './harness';
import { loadConfig } from '../../server/config';
import type { Database } from '../../server/db/database';
import { createServices } from '../../server/services';

const TOTAL = Number(process.env.MULTI_PROCESS_MAILS ?? 200);
const WORKER_CONCURRENCY = 4;
const ROOT = path.resolve(import.meta.dirname, '../..');
// tsx as a loader in this one process (its CLI would run the desk in a child, out of reach of a SIGKILL).
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const PASSWORD = 'correct horse battery staple';

interface DeskProcess {
  name: string;
  child: ChildProcess;
  log: () => string;
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startDesk(name: string, args: string[], env: NodeJS.ProcessEnv): DeskProcess {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, 'desk.ts', ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const listeners = new Set<() => void>();
  const append = (d: Buffer) => {
    log += d.toString();
    for (const l of listeners) l();
  };
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return {
    name,
    child,
    log: () => log,
    exited,
    waitFor: (pattern, timeoutMs = 60_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const m = pattern.exec(log);
          if (!m) return;
          clearTimeout(timer);
          listeners.delete(check);
          resolve(m);
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`${name}: no ${pattern} within ${timeoutMs} ms:\n${log}`));
        }, timeoutMs);
        listeners.add(check);
        void exited.then(() => {
          if (listeners.has(check)) {
            clearTimeout(timer);
            listeners.delete(check);
            reject(new Error(`${name} exited before ${pattern}:\n${log}`));
          }
        });
        check();
      }),
  };
}

/** A browser's cookie jar, just enough for one site: name → "name=value". */
class Cookies {
  private readonly jar = new Map<string, string>();
  take(response: Response): void {
    for (const c of response.headers.getSetCookie()) {
      const pair = c.split(';')[0]!;
      this.jar.set(pair.split('=')[0]!, pair);
    }
  }
  header(): string {
    return [...this.jar.values()].join('; ');
  }
}

/** GET the sign-in page for its CSRF token, then POST the form; the response of the POST. */
async function signIn(web: string, email: string, password: string, jar = new Cookies()): Promise<{ response: Response; jar: Cookies }> {
  const page = await fetch(`${web}/staff/login`, { headers: { Cookie: jar.header() } });
  jar.take(page);
  const token = /name="csrf"[^>]*value="([^"]+)"/.exec(await page.text())?.[1];
  if (!token) throw new Error('no CSRF token on the sign-in page');
  const response = await fetch(`${web}/staff/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: jar.header() },
    body: new URLSearchParams({ csrf: token, email, password, next: '/staff' }),
  });
  jar.take(response);
  return { response, jar };
}

/** The events of a server-sent event stream until `event: done` (or the time runs out). */
async function readEvents(url: string, cookie: string, timeoutMs = 20_000): Promise<{ event: string; data: string }[]> {
  const response = await fetch(url, { headers: { Cookie: cookie, Accept: 'text/event-stream' }, signal: AbortSignal.timeout(timeoutMs) });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const events: { event: string; data: string }[] = [];
  let buffered = '';
  const decoder = new TextDecoder();
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    buffered += decoder.decode(chunk, { stream: true });
    let end: number;
    while ((end = buffered.indexOf('\n\n')) >= 0) {
      const block = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      if (event) events.push({ event, data: /^data: (.*)$/m.exec(block)?.[1] ?? '' });
      if (event === 'done') return events;
    }
  }
  return events;
}

const count = async (db: Database, query: ReturnType<typeof sql<{ n: string | number }>>) => Number((await query.execute(db)).rows[0]?.n ?? 0);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const available = Boolean(process.env.DATABASE_URL_TEST);

(available ? describe : describe.skip)('several web and worker processes on one PostgreSQL', () => {
  let postgres: Awaited<ReturnType<typeof freshPostgres>>;
  let relay: TestRelay;
  let db: Database;
  const processes: DeskProcess[] = [];
  const dataDirs: string[] = [];
  let baseEnv: NodeJS.ProcessEnv;

  const machine = (name: string): NodeJS.ProcessEnv => {
    // Each process its own DATA_DIR, as on its own machine: nothing may depend on a shared folder.
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `desk-${name}-`));
    dataDirs.push(dataDir);
    return { ...baseEnv, DATA_DIR: dataDir };
  };

  beforeAll(async () => {
    if (!fs.existsSync(path.join(ROOT, 'build/server/index.js'))) throw new Error('build the app first: npm run build');
    postgres = await freshPostgres();
    relay = await startTestRelay();
    baseEnv = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: postgres.url,
      BLOB_STORE: 'database',
      SESSION_SECRET: 'a-test-secret-shared-by-every-process-0123456789',
      HOST: '127.0.0.1',
      PORT: '0',
      JOBS_IN_PROCESS: 'false',
      OCR_WORKERS: '1',
      ...relay.env,
    };
    delete baseEnv.PUBLIC_URL;
    delete baseEnv.SMTP_PORT;
    // The deployment's one-off step before the processes start (docker-compose's `migrate`), and
    // two members of staff; here, in this process, to keep the test short.
    const setup = createServices(loadConfig({ ...baseEnv, DATA_DIR: machine('setup').DATA_DIR }));
    try {
      await setup.migrate();
      await setup.auth.addUser(null, { email: 'vadove@vilnius.example', name: 'Vadovė', role: 'manager', departmentId: null, password: PASSWORD });
      await setup.auth.addUser(null, { email: 'taikinys@vilnius.example', name: 'Taikinys', role: 'clerk', departmentId: 'water', password: PASSWORD });
    } finally {
      await setup.close();
    }
    db = openDatabase(postgres.url, os.tmpdir());
  }, 120_000);

  afterAll(async () => {
    for (const p of processes) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    await Promise.all(processes.map((p) => p.exited));
    await db?.destroy();
    await relay?.close();
    await postgres?.drop();
    for (const d of dataDirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it(`takes ${TOTAL} e-mails through 2 webs and 2 workers, one worker SIGKILLed, into exactly ${TOTAL} read and analysed cases`, async () => {
    const started = Date.now();
    const webs = ['web1', 'web2'].map((name) => startDesk(name, ['serve'], { ...machine(name), SMTP_PORT: '0', SMTP_MAX_MESSAGES_PER_CLIENT: String(TOTAL) }));
    const workers = ['worker1', 'worker2'].map((name) => startDesk(name, ['worker', '--concurrency', String(WORKER_CONCURRENCY)], machine(name)));
    processes.push(...webs, ...workers);
    const urls = await Promise.all(webs.map(async (w) => (await w.waitFor(/listening on (http:\/\/\S+)/))[1]!));
    const smtpPorts = await Promise.all(webs.map(async (w) => Number((await w.waitFor(/SMTP listener on [^:]+:(\d+)/))[1])));
    await Promise.all(workers.map((w) => w.waitFor(/worker running/)));
    for (const w of webs) expect(w.log()).toMatch(/jobs are not run here/);
    const startedIn = Date.now() - started;

    // A session made on web 1 is a session on web 2.
    const manager = await signIn(urls[0]!, 'vadove@vilnius.example', PASSWORD);
    expect(manager.response.status).toBe(302);
    const onWeb2 = await fetch(`${urls[1]}/staff`, { headers: { Cookie: manager.jar.header() }, redirect: 'manual' });
    expect(onWeb2.status).toBe(200);
    expect(await onWeb2.text()).toContain('Vadovė');
    const stranger = await fetch(`${urls[1]}/staff`, { redirect: 'manual' });
    expect(stranger.status).toBe(302);

    // Sign-in failures are counted in the database: 3 on web 1 and 2 on web 2 use up the 5 free
    // ones, so the next failure on web 2 is throttled, which 2 failures of its own would not be.
    for (const [web, times] of [[urls[0]!, 3], [urls[1]!, 2]] as const) {
      for (let i = 0; i < times; i++) expect((await signIn(web, 'taikinys@vilnius.example', 'wrong password')).response.status).toBe(200);
    }
    const throttled = await signIn(urls[1]!, 'taikinys@vilnius.example', 'wrong password');
    expect(throttled.response.status).toBe(429);

    // 200 small text e-mails, half through each web's SMTP listener, a few connections each.
    const sendStarted = Date.now();
    // One mail server sending to each listener over two connections, as a relay would.
    const transports = smtpPorts.map((port) => nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, pool: true, maxConnections: 2, maxMessages: Infinity }));
    const ids = Array.from({ length: TOTAL }, (_, i) => `multi-${i + 1}@mail.example.com`);
    let nextMail = 0;
    let killedAt: { cases: number; running: number; elapsedMs: number } | null = null;
    const senders = Array.from({ length: 8 }, async (_, lane) => {
      const transport = transports[lane % 2]!;
      for (let i = nextMail++; i < TOTAL; i = nextMail++) {
        const raw = await composeMail({ from: `gyventojas${i + 1}@example.com`, subject: `Prašymas Nr. ${i + 1}`, text: `Laba diena, prašau sutvarkyti kiemo apšvietimą prie namo Nr. ${i + 1}. Ačiū.`, messageId: `<${ids[i]}>` });
        await transport.sendMail({ envelope: { from: `gyventojas${i + 1}@example.com`, to: ['prasymai@vilnius.example'] }, raw });
      }
    });

    // SIGKILL worker 1 while both workers hold jobs: more jobs locked than one worker may run.
    const killer = (async () => {
      // (A failure elsewhere ends the test and closes the database under this loop: it just stops.)
      const until = Date.now() + 60_000;
      while (Date.now() < until) {
        const running = await count(db, sql`select count(*) as n from graphile_worker.jobs where locked_at is not null`);
        if (running > WORKER_CONCURRENCY) {
          workers[0]!.child.kill('SIGKILL');
          killedAt = { cases: await count(db, sql`select count(*) as n from cases`), running, elapsedMs: Date.now() - sendStarted };
          return;
        }
        await sleep(10);
      }
    })().catch(() => undefined);
    await Promise.all(senders);
    const sentIn = Date.now() - sendStarted;
    for (const t of transports) t.close();
    await killer;
    expect(killedAt, 'both workers never held jobs at once').not.toBeNull();
    expect(await workers[0]!.exited).toMatchObject({ signal: 'SIGKILL' });

    // Until every case is read and analysed, no job waits or runs and no case event waits for the outbox.
    const settled = async () => {
      const [cases, received, unread, jobs, events] = await Promise.all([
        count(db, sql`select count(*) as n from cases`),
        count(db, sql`select count(*) as n from cases where status = 'received'`),
        count(db, sql`select count(*) as n from documents where status in ('stored', 'extracting')`),
        count(db, sql`select count(*) as n from graphile_worker.jobs where locked_at is not null or (attempts < max_attempts and run_at <= now())`),
        count(db, sql`select count(*) as n from case_event_outbox`),
      ]);
      last = { cases, received, unread, jobs, events };
      return cases === TOTAL && received === 0 && unread === 0 && jobs === 0 && events === 0;
    };
    let last = {};
    const until = Date.now() + 90_000;
    while (!(await settled())) {
      if (Date.now() > until) throw new Error(`not settled in 90 s: ${JSON.stringify(last)}\n${workers[1]!.log().slice(-3000)}`);
      await sleep(100);
    }
    const doneIn = Date.now() - sendStarted;
    // The survivor handed the dead worker's locked jobs back (graphile alone would wait four hours).
    expect(workers[1]!.log()).toMatch(/worker pool \S+ is gone; its unfinished jobs are queued again/);

    // Exactly 200 cases, one per e-mail, none doubled; every document read, every case analysed.
    expect(await count(db, sql`select count(*) as n from cases`)).toBe(TOTAL);
    expect(await count(db, sql`select count(distinct number) as n from cases`)).toBe(TOTAL);
    const stored = await sql<{ message_id: string }>`select message_id from emails where direction = 'in'`.execute(db);
    expect(stored.rows.map((r) => r.message_id).sort()).toEqual([...ids].sort());
    expect(await count(db, sql`select count(*) as n from documents`)).toBeGreaterThanOrEqual(TOTAL);
    expect(await count(db, sql`select count(*) as n from documents where status <> 'extracted'`)).toBe(0);
    expect(await count(db, sql`select count(*) as n from cases where status = 'received'`)).toBe(0);
    expect(await count(db, sql`select count(*) as n from cases c where not exists (select 1 from documents d where d.case_id = c.id)`)).toBe(0);
    // No job failed for good (nor waits to be tried again), and no case event waits for the outbox.
    expect(await count(db, sql`select count(*) as n from graphile_worker.jobs where attempts >= max_attempts or last_error is not null`)).toBe(0);
    // What is left is the next morning's deadline sweep and visit reminders, each queued once however many workers started.
    const left = await sql<{ task_identifier: string; n: string | number }>`select task_identifier, count(*) as n from graphile_worker.jobs group by task_identifier order by task_identifier`.execute(db);
    expect(left.rows.map((r) => [r.task_identifier, Number(r.n)])).toEqual([['deadline-sweep', 1], ['visit-reminders', 1]]);
    expect(await count(db, sql`select count(*) as n from case_event_outbox`)).toBe(0);
    // The blobs went to the database, and no process kept one in its own DATA_DIR.
    expect(await count(db, sql`select count(*) as n from blob_store`)).toBeGreaterThanOrEqual(TOTAL);
    for (const d of dataDirs) expect(fs.existsSync(path.join(d, 'blobs'))).toBe(false);

    // Web 2's live progress shows the work of a worker: the documents read, the case out of "received".
    const { rows: [first] } = await sql<{ number: string }>`select number from cases order by number limit 1`.execute(db);
    const events = await readEvents(`${urls[1]}/staff/cases/${first!.number}/progress`, manager.jar.header());
    const progress = events.find((e) => e.event === 'progress');
    expect(progress, JSON.stringify(events)).toBeDefined();
    const shown = JSON.parse(progress!.data) as { caseStatus: string; documents: { status: string }[] };
    expect(shown.caseStatus).not.toBe('received');
    expect(shown.documents.length).toBeGreaterThan(0);
    expect(shown.documents.every((d) => d.status === 'extracted')).toBe(true);
    expect(events.at(-1)?.event).toBe('done');

    // Every notice of these cases: one row each, sent, and at the relay under its own Message-ID.
    const outbox = await sql<{ status: string; message_id: string; dedupe_key: string }>`select status, message_id, dedupe_key from notifications where case_id is not null`.execute(db);
    const notices = outbox.rows;
    expect(notices.length).toBeGreaterThanOrEqual(TOTAL);
    expect(new Set(notices.map((n) => n.dedupe_key)).size).toBe(notices.length);
    const deadline = Date.now() + 30_000;
    while (notices.some((n) => !relay.mails.some((m) => m.messageId === n.message_id)) && Date.now() < deadline) await sleep(100);
    const delivered = new Map<string, number>();
    for (const m of relay.mails) delivered.set(m.messageId, (delivered.get(m.messageId) ?? 0) + 1);
    const sentRows = await count(db, sql`select count(*) as n from notifications where case_id is not null and status = 'sent'`);
    expect(sentRows).toBe(notices.length);
    for (const n of notices) expect(delivered.get(n.message_id) ?? 0, n.dedupe_key).toBeGreaterThanOrEqual(1);
    // A second delivery can only be a message the killed worker had handed to the relay and not yet
    // recorded as sent (the outbox's one open window, decision 0015): at most the jobs it was running.
    const twice = [...delivered.values()].filter((n) => n > 1).length;
    expect(twice).toBeLessThanOrEqual(WORKER_CONCURRENCY);

    const seconds = doneIn / 1000;
    console.log(
      `multi-process: ${TOTAL} e-mails over SMTP to 2 webs in ${(sentIn / 1000).toFixed(1)} s; ` +
        `worker 1 SIGKILLed at ${(killedAt!.elapsedMs / 1000).toFixed(1)} s (${killedAt!.cases} cases in, ${killedAt!.running} jobs running); ` +
        `all ${TOTAL} cases read and analysed ${seconds.toFixed(1)} s after the first e-mail (${(TOTAL / seconds).toFixed(1)} cases/s); ` +
        `${notices.length} notices sent, ${twice} delivered twice; processes started in ${(startedIn / 1000).toFixed(1)} s`,
    );
  }, 150_000);
});
