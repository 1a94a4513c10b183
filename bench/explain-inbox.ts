/**
 * One inbox call, taken apart: `npx tsx bench/explain-inbox.ts URL DATA_DIR clerk|manager 'q=…&status=…' [view]`
 * runs the desk's own listInboxPage RUNS times (env, default 3) and prints p50 / p95 and every query of
 * the last call with its time; with PLAN=ms, the plan (EXPLAIN ANALYZE on PostgreSQL) of each query slower
 * than that. For finding where an inbox or search page spends its time on a seed-scale database.
 */
import pg from 'pg';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type LogEvent } from 'kysely';
import { loadConfig } from '../server/config.js';
import { createServices } from '../server/services.js';
import { parseInboxQuery } from '../server/cases/index.js';
import type { Actor } from '../server/auth/user.js';
import type { DB } from '../server/db/schema.js';
const [url, dataDir, who, qs, view] = process.argv.slice(2);
let captured: { sql: string; parameters: readonly unknown[]; ms: number }[] = [];
const capture = (e: LogEvent) => { if (e.level === 'query') captured.push({ sql: e.query.sql, parameters: e.query.parameters, ms: e.queryDurationMillis }); };
const pool = url.startsWith('postgres') ? new pg.Pool({ connectionString: url, max: 10 }) : null;
const raw = pool ? null : new SQLite(url.slice(5));
const db = new Kysely<DB>({ dialect: pool ? new PostgresDialect({ pool }) : new SqliteDialect({ database: raw! }), log: capture });
const config = loadConfig({ ...process.env, DATABASE_URL: url, DATA_DIR: dataDir, NODE_ENV: 'production', OUTBOX_SMTP_PORT: '0' });
const services = createServices(config, { db });
const users = await services.auth.listUsers({ id: 'bench', role: 'admin', departmentId: null, name: 'bench' } as Actor);
const actor = (who === 'clerk' ? users.find((u) => u.role === 'clerk') : users.find((u) => u.email === 'manager@desk.example')) as Actor;
const q = parseInboxQuery(new URLSearchParams(qs), (view ?? 'all') as 'all');
const ms: number[] = [];
for (let i = 0; i < Number(process.env.RUNS ?? 3); i++) { captured = []; const t = performance.now(); await services.cases.listInboxPage(actor, q); ms.push(performance.now() - t); }
ms.sort((a, b) => a - b);
console.log(`calls ${ms.length}: p50 ${ms[Math.floor(ms.length / 2)]!.toFixed(1)} ms, p95 ${ms[Math.floor(ms.length * 0.95)]!.toFixed(1)} ms, max ${ms[ms.length - 1]!.toFixed(1)}`);
for (const c of captured) {
  console.log(`\n-- ${c.ms.toFixed(1)} ms: ${c.sql.replace(/\s+/g, ' ').slice(0, 2000)}\n   params ${JSON.stringify(c.parameters).slice(0, 300)}`);
  if (process.env.PLAN && c.ms > Number(process.env.PLAN)) {
    if (pool) console.log((await pool.query(`explain (analyze, buffers) ${c.sql}`, c.parameters as unknown[])).rows.map((r) => r['QUERY PLAN']).join('\n'));
    else console.log((raw!.prepare(`explain query plan ${c.sql}`).all(...(c.parameters as unknown[])) as { detail: string }[]).map((r) => r.detail).join('\n'));
  }
}
await services.close();
