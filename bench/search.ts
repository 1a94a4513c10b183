/**
 * Search at scale: `npx tsx bench/search.ts [--rows N] [--only sqlite|postgres] [--runs R]`.
 *
 * Fills a scratch SQLite file (in the OS temp dir) and a scratch schema `search_bench` of the
 * PostgreSQL database in DATABASE_URL_TEST (default postgres://postgres@127.0.0.1:5432/test) with
 * N synthetic cases (default 1,000,000), their petitioners (about one in four writes twice) and one
 * petition text each, through the search module's own searchRowFor / insertSearchRows and migration
 * 010's own indexes, over the few columns of `cases` and `petitioners` that search reads. Then
 * times caseMatches joined as the inbox joins it (best 50 by score) per query kind, and prints
 * p50 / p95 and the query plans. Never part of the test suite; prints, never fails on a time.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import type { DB } from '../server/db/schema.js';
import * as migration from '../server/db/migrations/2026-12-02_010_search.js';
import { caseMatches, insertSearchRows, parseSearchQuery, searchRowFor, type SearchRow } from '../server/search/index.js';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const ROWS = Number(opt('rows') ?? 1_000_000);
const RUNS = Number(opt('runs') ?? 40);
const ONLY = opt('only');

// A deterministic generator, so both databases hold the same cases.
// mulberry32: an LCG's correlated low bits made thousands of petitioners share one name and e-mail.
let seed = 42;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;

const TEXT_WORDS: Record<string, string[]> = {
  lt: 'prašau pakeisti šilumos skaitiklį skaitiklio skaitiklis bute name laiptinėje vandens šildymo sąskaita sąskaitos kieme medžiai gatvės duobė apšvietimas triukšmas kaimynai leidimas statybos atliekos konteineris autobusas stotelė mokykla darželis'.split(' '),
  pl: 'proszę o naprawę ogrzewania ogrzewanie mieszkaniu bloku wody licznika licznik rachunek podwórku drzewa ulicy dziura oświetlenie hałas sąsiedzi pozwolenie budowy śmieci kontener autobus przystanek szkoła przedszkole'.split(' '),
  ru: 'прошу заменить счётчик отопления отопление квартире подъезде воды счёт дворе деревья улице яма освещение шум соседи разрешение строительства мусор контейнер автобус остановка школа садик'.split(' '),
  en: 'please replace the heating meter meters in my flat building water bill yard trees street pothole lighting noise neighbours permit construction waste container bus stop school kindergarten'.split(' '),
};
const FIRST = ['Jonas', 'Ona', 'Petras', 'Janina', 'Adam', 'Olga', 'Emily', 'Tomas', 'Rasa', 'Marek', 'Irina', 'John'];
const LAST = ['Petraitis', 'Kowalska', 'Smirnova', 'Clark', 'Kazlauskas', 'Nowak', 'Jankauskienė', 'Ivanov', 'Vasiliauskas', 'Wiśniewski'];
const STREETS = ['Žirmūnų g.', 'Gedimino pr.', 'Ogrodowa g.', 'Savanorių pr.', 'Antakalnio g.', 'Pylimo g.'];
/** Present in about 1 in 40,000 texts: the rare word. */
const RARE = 'kanalizacijos';

interface Row { id: string; number: string; year: number; seq: number; petitionerId: string }

function* generate(n: number): Generator<{ kase: Row; petitioner: { id: string; name: string; email: string | null; phone: string | null; address: string } | null; text: string; lang: string }> {
  const seqByYear = new Map<number, number>();
  let petitioners = 0;
  for (let i = 0; i < n; i++) {
    const year = 2022 + Math.floor((i / n) * 5);
    const seq = (seqByYear.get(year) ?? 0) + 1;
    seqByYear.set(year, seq);
    const again = petitioners > 0 && rand() < 0.25;
    const pid = again ? `p${Math.floor(rand() * petitioners)}` : `p${petitioners++}`;
    const lang = pick(['lt', 'lt', 'lt', 'pl', 'ru', 'en']);
    const words = TEXT_WORDS[lang]!;
    const len = 20 + Math.floor(rand() * 40);
    const text: string[] = [];
    for (let w = 0; w < len; w++) text.push(rand() < 0.3 ? `w${Math.floor(rand() * rand() * 200_000).toString(36)}` : pick(words));
    if (rand() < 1 / 40_000) text.push(RARE);
    const first = pick(FIRST);
    const last = `${pick(LAST)}${Math.floor(rand() * 5000)}`;
    yield {
      kase: { id: `c${String(i).padStart(8, '0')}`, number: `VLN-${year}-${String(seq).padStart(6, '0')}`, year, seq, petitionerId: pid },
      petitioner: again ? null : {
        id: pid,
        name: `${first} ${last}`,
        email: rand() < 0.6 ? `${first}.${last}@example.lt`.toLowerCase() : null,
        phone: rand() < 0.5 ? `+370 6${String(Math.floor(rand() * 1e7)).padStart(7, '0')}` : null,
        address: `${pick(STREETS)} ${1 + Math.floor(rand() * 120)}, Vilnius`,
      },
      text: text.join(' '),
      lang,
    };
  }
}

async function createTables(db: Kysely<any>): Promise<void> {
  await sql`create table petitioners (id text primary key, name text not null, email text, phone text, address text)`.execute(db);
  await sql`create table cases (id text primary key, number text not null unique, year integer not null, seq integer not null, petitioner_id text not null, unique (year, seq))`.execute(db);
  await migration.up(db);
}

async function fill(db: Kysely<any>, label: string): Promise<void> {
  let started = Date.now();
  let stemMs = 0;
  let batch: { cases: Row[]; petitioners: NonNullable<ReturnType<typeof generate> extends Generator<infer T> ? T : never>['petitioner'][]; texts: SearchRow[] } = { cases: [], petitioners: [], texts: [] };
  const flush = async () => {
    if (batch.petitioners.length) await db.insertInto('petitioners').values(batch.petitioners as never[]).execute();
    await db.insertInto('cases').values(batch.cases.map((c) => ({ id: c.id, number: c.number, year: c.year, seq: c.seq, petitioner_id: c.petitionerId }))).execute();
    await insertSearchRows(db as Kysely<DB>, batch.texts);
    batch = { cases: [], petitioners: [], texts: [] };
  };
  let i = 0;
  const chunk = 1000;
  for (const g of generate(ROWS)) {
    batch.cases.push(g.kase);
    if (g.petitioner) batch.petitioners.push(g.petitioner);
    const t = performance.now();
    batch.texts.push(searchRowFor(g.kase.id, 'case', g.text, g.lang));
    stemMs += performance.now() - t;
    if (batch.cases.length === chunk) {
      // Petitioners in one statement per batch; SQLite's bound-parameter limit allows 1,000 × 5.
      await flush();
      i += chunk;
      if (i % 100_000 === 0) console.error(`${label}: ${i} rows, ${Math.round(i / ((Date.now() - started) / 1000))} rows/s`);
    }
  }
  if (batch.cases.length) await flush();
  console.log(`${label}: filled ${ROWS} cases + texts in ${((Date.now() - started) / 1000).toFixed(0)} s; stemming ${Math.round(ROWS / (stemMs / 1000))} texts/s`);
  started = Date.now();
  await sql`analyze`.execute(db);
  console.log(`${label}: analyze ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

async function measure(db: Kysely<DB>, label: string): Promise<void> {
  const sample = await sql<{ number: string; name: string; email: string | null; phone: string | null }>`
    select c.number, p.name, p.email, p.phone from cases c join petitioners p on p.id = c.petitioner_id
    where p.email is not null and p.phone is not null and c.id >= ${`c${String(Math.floor(ROWS / 3)).padStart(8, '0')}`} order by c.id limit 1`.execute(db);
  const s = sample.rows[0]!;
  const kinds: [string, string][] = [
    ['number (whole)', s.number],
    ['number (year-seq)', s.number.slice(4)],
    ['number (last 3 digits)', s.number.slice(-3)],
    ['name', s.name.split(' ')[1]!],
    ['name + first name', s.name],
    ['e-mail', s.email!.toUpperCase()],
    ['phone (86… form)', `8${s.phone!.replace(/\D/g, '').slice(-8)}`],
    ['common word', 'prašau'],
    ['common word (pl, stemmed)', 'ogrzewanie'],
    ['two common words', 'šilumos skaitiklio'],
    ['rare word', RARE],
    ['no match', 'zzzzqqq'],
  ];
  const page = async (q: NonNullable<ReturnType<typeof parseSearchQuery>>) =>
    db.selectFrom('cases')
      .innerJoin((await caseMatches(db, q)).as('hits'), 'hits.case_id', 'cases.id')
      .select(['cases.id', 'cases.number', 'hits.score'])
      .orderBy(sql`hits.score`, 'desc')
      .orderBy('cases.id')
      .limit(50);
  console.log(`\n${label}: ${ROWS} cases, ${RUNS} runs each (after 3 warm-up runs)`);
  console.log('| query | q | hits (page) | p50 ms | p95 ms |\n|---|---|---|---|---|');
  for (const [kind, raw] of kinds) {
    const q = parseSearchQuery(raw)!;
    const times: number[] = [];
    let found = 0;
    for (let r = 0; r < RUNS + 3; r++) {
      const t = performance.now();
      const rows = await (await page(q)).execute();
      if (r >= 3) times.push(performance.now() - t);
      found = rows.length;
    }
    console.log(`| ${kind} | \`${raw}\` | ${found} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} |`);
  }
  for (const [kind, raw] of [kinds[2]!, kinds[3]!, kinds[5]!, kinds[6]!, kinds[7]!, kinds[10]!]) {
    const compiled = (await page(parseSearchQuery(raw)!)).compile();
    const plan = await explainWith(db, label, compiled.sql, compiled.parameters as unknown[]);
    console.log(`\nplan — ${kind} (${raw}):\n${plan}`);
  }
}

async function explainWith(db: Kysely<DB>, label: string, text: string, parameters: unknown[]): Promise<string> {
  const prefix = label === 'sqlite' ? 'explain query plan ' : 'explain (analyze, costs off, timing off) ';
  const { rows } = await db.executeQuery<Record<string, unknown>>({ sql: prefix + text, parameters, query: { kind: 'RawNode' } as never, queryId: { queryId: 'explain' } as never });
  return rows.map((r) => (label === 'sqlite' ? `${' '.repeat(Number(r.parent ? 2 : 0))}${String(r.detail)}` : String(r['QUERY PLAN']))).join('\n');
}

async function onSqlite(): Promise<void> {
  const file = path.join(os.tmpdir(), 'desk-search-bench.db');
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) });
  await createTables(db);
  await fill(db, 'sqlite');
  await measure(db as Kysely<DB>, 'sqlite');
  console.log(`\nsqlite file: ${(fs.statSync(file).size / 2 ** 20).toFixed(0)} MiB`);
  await db.destroy();
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
}

async function onPostgres(): Promise<void> {
  const url = process.env.DATABASE_URL_TEST ?? 'postgres://postgres@127.0.0.1:5432/test';
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query('drop schema if exists search_bench cascade');
  await admin.query('create schema search_bench');
  await admin.end();
  const pool = new pg.Pool({ connectionString: url, max: 2, options: '-c search_path=search_bench' });
  const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
  try {
    await createTables(db);
    await fill(db, 'postgres');
    await measure(db as Kysely<DB>, 'postgres');
    const size = await sql<{ s: string }>`select pg_size_pretty(sum(pg_total_relation_size(c.oid))) as s from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'search_bench'`.execute(db);
    console.log(`\npostgres schema: ${size.rows[0]?.s}`);
  } finally {
    await sql`drop schema search_bench cascade`.execute(db);
    await db.destroy();
  }
}

if (ONLY !== 'postgres') await onSqlite();
if (ONLY !== 'sqlite') await onPostgres();
