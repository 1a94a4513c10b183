/**
 * The cockpit and the exports at scale: `npx tsx bench/reports.ts [--cases N] [--db sqlite|postgres] [--runs R] [--data DIR]`.
 *
 * Fills a scratch desk (SQLite in a temp dir, or a fresh PostgreSQL database from DATABASE_URL_TEST) with the
 * demo data plus N cases from seed-scale (default 1,000,000: five years, ~6 % open), rebuilds the report
 * rollups (timed), then — in a fresh child process, so its peak RSS is the measurement's own — times the
 * cockpit over R runs (default 200; all departments, and one department's manager), the deadlines page, and
 * a CSV export of every case through the inbox's keyset stream and the one export writer, and prints
 * p50/p95, rows/s and peak RSS. `--data DIR` (SQLite) reuses a desk filled before. Never part of the tests.
 *
 * bench/scale.ts calls `measureReports(services, runs)`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../server/config.js';
import { createServices, type Services } from '../server/services.js';
import { seedDemo } from '../server/demo/seed-demo.js';
import { seedScale } from '../server/demo/seed-scale.js';
import { exportRows, parseCockpitQuery, type ExportColumn } from '../server/reports/index.js';
import type { Actor } from '../server/auth/user.js';
import type { InboxItem } from '../server/cases/index.js';
import { vilniusDateOf } from '../server/deadlines/calendar.js';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

function quantiles(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!;
  return { p50: q(0.5), p95: q(0.95), max: s[s.length - 1]! };
}

async function time(runs: number, work: () => Promise<unknown>) {
  for (let i = 0; i < 5; i += 1) await work(); // warm
  const ms: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t = process.hrtime.bigint();
    await work();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return quantiles(ms);
}

async function actors(services: Services): Promise<{ manager: Actor; departmentManager: Actor }> {
  const rows = await services.auth.listUsers({ id: 'bench', role: 'admin', departmentId: null, name: 'bench' });
  const manager = rows.find((u) => u.role === 'manager' && u.departmentId === null) ?? rows.find((u) => u.role === 'admin')!;
  const department = (await services.departments.listDepartments())[0]!.id;
  return { manager, departmentManager: { id: 'bench-dm', role: 'manager', departmentId: department, name: 'bench' } };
}

export interface ReportFigures {
  cockpit: { p50: number; p95: number; max: number };
  cockpitOneDepartment: { p50: number; p95: number; max: number };
  deadlines: { p50: number; p95: number; max: number };
  csv: { rows: number; seconds: number; rowsPerSecond: number; megabytes: number; peakRssMb: number; rssBeforeMb: number };
}

/** The cockpit (all departments; one department's manager), the deadlines page, and a CSV of every case. */
export async function measureReports(services: Services, runs = 200): Promise<ReportFigures> {
  const { manager, departmentManager } = await actors(services);
  const query = parseCockpitQuery(new URLSearchParams(), vilniusDateOf(services.clock.now()));
  const cockpit = await time(runs, () => services.reports.getCockpit(manager, query));
  const cockpitOneDepartment = await time(runs, () => services.reports.getCockpit(departmentManager, query));
  const deadlines = await time(Math.max(20, Math.round(runs / 4)), () => services.cases.listDeadlines(manager));
  const columns: ExportColumn<InboxItem>[] = [
    { header: 'Numeris', value: (r) => r.number }, { header: 'Tema', value: (r) => r.subject }, { header: 'Būsena', value: (r) => r.status },
    { header: 'Skyrius', value: (r) => r.departmentId }, { header: 'Specialistas', value: (r) => r.assigneeName }, { header: 'Pareiškėjas', value: (r) => r.petitionerName },
    { header: 'Gauta', value: (r) => r.receivedAt }, { header: 'Terminas', value: (r) => r.dueOn },
  ];
  const rssBeforeMb = Math.round(process.memoryUsage().rss / 1e6);
  let peakRss = 0;
  const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 50);
  const rows = services.cases.streamInbox(manager, { view: 'all', status: 'any', sort: 'received' });
  const started = process.hrtime.bigint();
  let bytes = 0;
  let lines = 0;
  for await (const chunk of exportRows('csv', columns, rows) as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    for (let i = 0; i < chunk.length; i += 1) if (chunk[i] === 10) lines += 1;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(sampler);
  return {
    cockpit, cockpitOneDepartment, deadlines,
    csv: { rows: lines - 1, seconds, rowsPerSecond: Math.round((lines - 1) / seconds), megabytes: Math.round(bytes / 1e6), peakRssMb: Math.round(Math.max(peakRss, process.memoryUsage().rss) / 1e6), rssBeforeMb },
  };
}

function servicesFor(env: Record<string, string>) {
  return createServices(loadConfig({ NODE_ENV: 'production', OUTBOX_SMTP_PORT: '0', ...env }));
}

async function main() {
  const measureOnly = args.includes('--measure');
  const runs = Number(opt('runs') ?? 200);
  const dataDir = opt('data') ?? fs.mkdtempSync(path.join(os.tmpdir(), 'reports-bench-'));
  const databaseUrl = opt('url') ?? (opt('db') === 'postgres' ? await freshPostgres() : `file:${path.join(dataDir, 'desk.db')}`);
  const env = { DATABASE_URL: databaseUrl, DATA_DIR: dataDir };
  if (measureOnly) {
    const services = servicesFor(env);
    const f = await measureReports(services, runs);
    const row = (name: string, q: { p50: number; p95: number; max: number }) => console.log(`${name.padEnd(28)} p50 ${q.p50.toFixed(1)} ms   p95 ${q.p95.toFixed(1)} ms   max ${q.max.toFixed(1)} ms`);
    console.log(`database: ${databaseUrl.startsWith('file:') ? 'SQLite' : 'PostgreSQL'}, ${runs} runs`);
    row('cockpit (all departments)', f.cockpit);
    row('cockpit (one department)', f.cockpitOneDepartment);
    row('deadlines page', f.deadlines);
    console.log(`CSV export: ${f.csv.rows} rows in ${f.csv.seconds.toFixed(1)} s = ${f.csv.rowsPerSecond} rows/s, ${f.csv.megabytes} MB, RSS ${f.csv.rssBeforeMb} MB before, peak ${f.csv.peakRssMb} MB during`);
    await services.close();
    return;
  }
  const cases = Number(opt('cases') ?? 1_000_000);
  if (!opt('data')) {
    const services = servicesFor(env);
    await services.migrate();
    await seedDemo(services);
    const r = await seedScale(services, { cases, afterLoad: false, log: (line) => console.error(line) });
    console.error(`seeded ${r.cases} cases in ${r.seconds.toFixed(0)} s`);
    const t = Date.now();
    const n = await services.reports.rebuildRollups();
    console.log(`rollups rebuilt from ${n} cases in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    await services.close();
  }
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, [...process.execArgv, self, '--measure', '--url', databaseUrl, '--data', dataDir, '--runs', String(runs)], { stdio: 'inherit' });
  console.log(`scratch desk: ${dataDir}${databaseUrl.startsWith('file:') ? '' : ` (${databaseUrl})`}`);
  process.exitCode = child.status ?? 1;
}

async function freshPostgres(): Promise<string> {
  const pg = (await import('pg')).default;
  const admin = process.env.DATABASE_URL_TEST ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `reports_bench_${Date.now()}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
