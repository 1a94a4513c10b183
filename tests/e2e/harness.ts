/**
 * Browser tests drive the real, built app: a `desk serve` process on a fresh SQLite file with
 * the demo data, and Debian's Chromium through playwright-core.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { freshPostgres } from '../integration/harness';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '../..');

export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
export const DEMO_PASSWORD = 'demo-desk-2026';

export interface RunningDesk {
  url: string;
  dataDir: string;
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/**
 * The built desk as `desk demo` runs it: `desk serve` with the demo data. On SQLite the server runs the jobs
 * itself; on PostgreSQL (`database: 'postgres'`, a fresh database beside DATABASE_URL_TEST) a
 * `desk worker` process runs them, as it would on another machine.
 */
export async function startDesk(options: { database?: 'sqlite' | 'postgres' } = {}): Promise<RunningDesk> {
  if (!fs.existsSync(path.join(root, 'build/server/index.js')) || !fs.existsSync(path.join(root, 'build/desk.js'))) throw new Error('build the app first: npm run build');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-e2e-'));
  const postgres = options.database === 'postgres' ? await freshPostgres() : null;
  const databaseUrl = postgres ? postgres.url : `file:${path.join(dataDir, 'desk.db')}`;
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', DATA_DIR: dataDir, DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', OUTBOX_SMTP_PORT: '0' };
  delete env.PUBLIC_URL;
  // `desk demo`: migrate, seed the demo data and serve, in one process, as production runs it: the
  // compiled desk with its heap cap (decision 0025).
  const child: ChildProcess = spawn(process.execPath, ['--max-old-space-size=512', 'build/desk.js', 'demo'], { cwd: root, env });
  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log}`)), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      log += d;
      const m = /Petition Desk is running: (http:\/\/\S+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (log += d));
    child.on('exit', (code) => reject(new Error(`server exited (${code}):\n${log}`)));
  });
  // The worker starts once the schema and the demo data are there, as a second machine would.
  const worker: ChildProcess | null = postgres ? spawn(process.execPath, ['--max-old-space-size=512', 'build/desk.js', 'worker'], { cwd: root, env, stdio: 'ignore' }) : null;
  return {
    url,
    dataDir,
    env,
    async stop() {
      for (const process of [child, worker]) {
        if (!process || process.exitCode !== null) continue;
        process.kill('SIGTERM');
        await new Promise((r) => process.once('exit', r));
      }
      await postgres?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A running desk and a Chromium for the test file that calls this at its top level: both start
 * before its first test and stop after its last. Read them as `run.desk` and `run.browser`.
 */
export function deskAndBrowser(options: { database?: 'sqlite' | 'postgres' } = {}): { readonly desk: RunningDesk; readonly browser: Browser } {
  const run = {} as { desk: RunningDesk; browser: Browser };
  beforeAll(async () => {
    [run.desk, run.browser] = await Promise.all([startDesk(options), launchBrowser()]);
  });
  afterAll(async () => {
    await run.browser?.close();
    await run.desk?.stop();
  });
  return run;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A and AA rules of axe-core; returns the violations (id and the offending nodes). */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string | null; nodes: string[] }[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  });
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

export function locale(lang: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(root, 'locales', lang, 'common.json'), 'utf8')) as Record<string, unknown>;
}

/** A string from a locale file by its dotted key. */
export function text(lang: string, key: string): string {
  const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], locale(lang));
  if (typeof value !== 'string') throw new Error(`no ${lang} string for ${key}`);
  return value;
}

export async function signIn(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/staff/login`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', password);
  await Promise.all([page.waitForURL(/\/staff(\?|$|\/(?!login))/), page.click('button[type=submit]')]);
}

const SHOTS = path.join(root, 'test-results');

/** Saves a screenshot to look at, then runs axe: no WCAG 2.1 A/AA violation is allowed. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  const violations = await axeViolations(page);
  if (violations.length) throw new Error(`axe on ${name}: ${JSON.stringify(violations, null, 1)}`);
}
