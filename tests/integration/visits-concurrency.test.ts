/**
 * No slot is ever booked twice, whatever the concurrency: 20 bookings of one slot at once end with
 * exactly one visit, on both databases. The refusal comes from the visit_slots primary key, not from
 * a read before the insert. Two ways of racing:
 * - 20 separate processes, each with its own connection (SQLite: its own file handle, one writer at
 *   a time by SQLite's lock; PostgreSQL: its own pool), released together by a barrier;
 * - on PostgreSQL 20 bookings from one desk over its pool of 10 connections, for one counter and
 *   for "the first free counter" (three counters: exactly three visits); the 20 processes there too
 *   with VISITS_RACE_PROCESSES=all (the figures of both are in decision 0022).
 * The figures (how many refused, how long) are printed.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import readline from 'node:readline';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../server/auth/user';
import { DEMO_BOOKABLE_SERVICES, DEMO_SERVICE_POINTS } from '../../server/demo/seed-visits';
import type { ServicePoint } from '../../server/visits/visit';
import { addStaff, createTestDesk, DATABASES, type TestDesk } from './harness';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const PARALLEL = 20;
// The children run on the real clock: the slot is far enough ahead of it (and of the desk's fixed clock).
const DAY = '2027-01-12';

/** A booking process: connects, says "ready", books on "go", prints its outcome and how long the booking took. */
const BOOKER = `
import readline from 'node:readline';
const { loadConfig } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'server/config.ts')).href)});
const { createServices } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'server/services.ts')).href)});
const services = createServices(loadConfig());
await services.visits.listServicePoints();
process.stdout.write('ready\\n');
const lines = readline.createInterface({ input: process.stdin });
for await (const _ of lines) break;
const started = performance.now();
let outcome;
try {
  const booked = await services.visits.bookVisit(null, JSON.parse(process.env.BOOKING));
  outcome = { ok: true, reference: booked.visit.reference };
} catch (error) {
  outcome = { ok: false, key: error.i18nKey ?? null, message: String(error.message) };
}
outcome.ms = performance.now() - started;
process.stdout.write(JSON.stringify(outcome) + '\\n');
await services.close();
`;

interface Outcome { ok: boolean; reference?: string; key?: string | null; message?: string; ms: number }

function startBooker(env: NodeJS.ProcessEnv, booking: unknown) {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, '--input-type=module', '-e', BOOKER], {
    cwd: ROOT, env: { ...process.env, ...env, BOOKING: JSON.stringify(booking) }, stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const lines = readline.createInterface({ input: child.stdout });
  const queue: string[] = [];
  const waiters: ((line: string) => void)[] = [];
  lines.on('line', (line) => {
    const waiter = waiters.shift();
    if (waiter) waiter(line);
    else queue.push(line);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const nextLine = () =>
    new Promise<string>((resolve, reject) => {
      const queued = queue.shift();
      if (queued !== undefined) return resolve(queued);
      waiters.push(resolve);
      void exited.then((code) => reject(new Error(`booker exited (${code}) before answering: ${stderr}`)));
    });
  return { child, nextLine, exited };
}

function summarise(label: string, outcomes: PromiseSettledResult<unknown>[] | Outcome[], wallMs: number) {
  const keys = outcomes.map((o) => ('status' in o ? (o.status === 'fulfilled' ? 'booked' : (o.reason as { i18nKey?: string }).i18nKey ?? String(o.reason)) : o.ok ? 'booked' : o.key ?? o.message));
  const counts = keys.reduce<Record<string, number>>((acc, k) => ({ ...acc, [k!]: (acc[k!] ?? 0) + 1 }), {});
  console.log(`${label}: ${JSON.stringify(counts)} in ${wallMs.toFixed(0)} ms`);
  return counts;
}

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`parallel bookings of one slot on ${db.name}`, () => {
    let desk: TestDesk;
    let manager: Actor;
    let civil: ServicePoint;
    const person = (i: number, tag: string) => ({ name: `Lenktynininkas ${tag}${i}`, phone: `+370 62${tag.length} ${String(10_000 + i)}${tag.length}`, email: null, language: 'lt' as const });
    const bookedAt = async (start: string) =>
      (await desk.services.visits.counterDay(manager, civil.id, DAY)).counters.flatMap((c) => c.visits).filter((v) => v.start === start && v.status === 'booked');

    beforeAll(async () => {
      desk = await createTestDesk(db.name, '2026-12-21T06:00:00Z');
      await desk.services.visits.saveVisitCatalogue({ servicePoints: DEMO_SERVICE_POINTS, services: DEMO_BOOKABLE_SERVICES });
      manager = await addStaff(desk, 'boss@desk.example', 'manager', null);
      civil = (await desk.services.visits.listServicePoints()).find((p) => p.slug === 'civil-registry-centre')!;
    });
    afterAll(async () => desk?.dispose());

    // 20 processes each loading the desk take about a minute of CI's two cores per database: they run
    // with VISITS_RACE_PROCESSES=all (figures in decision 0022). In CI the bookings race inside one desk
    // (below: every booking reads before any inserts) and, on PostgreSQL, over the pool's connections.
    it.skipIf(process.env.VISITS_RACE_PROCESSES !== 'all')(`${PARALLEL} processes booking one slot at once leave exactly one visit`, async () => {
      const start = `${DAY}T11:15`;
      const env: NodeJS.ProcessEnv = { DATABASE_URL: desk.databaseUrl, DATA_DIR: desk.dataDir, NODE_ENV: 'test' as const, OUTBOX_SMTP_PORT: '0' };
      const bookers = Array.from({ length: PARALLEL }, (_, i) =>
        startBooker(env, { serviceSlug: 'birth-registration', start, servicePointId: civil.id, counter: 1, channel: 'web', person: person(i, 'p') }));
      try {
        for (const b of bookers) expect(await b.nextLine()).toBe('ready');
        const go = performance.now();
        for (const b of bookers) b.child.stdin.write('go\n');
        const outcomes = (await Promise.all(bookers.map((b) => b.nextLine()))).map((l) => JSON.parse(l) as Outcome);
        const wall = performance.now() - go;
        const counts = summarise(`${db.name}, ${PARALLEL} processes, one slot`, outcomes, wall);
        const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
        console.log(`${db.name}: booking times ms min ${times[0]!.toFixed(0)}, median ${times[PARALLEL / 2]!.toFixed(0)}, max ${times.at(-1)!.toFixed(0)}`);
        expect(counts).toEqual({ booked: 1, 'errors.visit_slot_taken': PARALLEL - 1 });
      } finally {
        for (const b of bookers) b.child.stdin.end();
        await Promise.all(bookers.map((b) => b.exited));
      }
      expect(await bookedAt(start)).toHaveLength(1);
    }, 240_000);

    it.skipIf(db.name !== 'postgres')(`${PARALLEL} bookings over one pool: one counter gives one visit, the first free counter gives three`, async () => {
      const race = async (label: string, start: string, counter?: number) => {
        const go = performance.now();
        const settled = await Promise.allSettled(Array.from({ length: PARALLEL }, (_, i) =>
          desk.services.visits.bookVisit(null, { serviceSlug: 'birth-registration', start, servicePointId: civil.id, counter, channel: 'web', person: person(i, label) })));
        return summarise(`${db.name}, ${PARALLEL} in one pool, ${label}`, settled, performance.now() - go);
      };
      expect(await race('one counter', `${DAY}T12:00`, 2)).toEqual({ booked: 1, 'errors.visit_slot_taken': PARALLEL - 1 });
      expect(await bookedAt(`${DAY}T12:00`)).toHaveLength(1);
      expect(await race('first free counter', `${DAY}T12:15`)).toEqual({ booked: 3, 'errors.visit_slot_taken': PARALLEL - 3 });
      expect((await bookedAt(`${DAY}T12:15`)).map((v) => v.counter).sort()).toEqual([1, 2, 3]);
    }, 60_000);

    it(`${PARALLEL} bookings from one desk for the first free counter leave one visit per counter`, async () => {
      const settled = await Promise.allSettled(Array.from({ length: PARALLEL }, (_, i) =>
        desk.services.visits.bookVisit(null, { serviceSlug: 'marriage-registration', start: `${DAY}T14:00`, channel: 'web', person: person(i, 'marriage') })));
      expect(summarise(`${db.name}, ${PARALLEL} from one desk, two-slot, first free counter`, settled, 0)).toEqual({ booked: 3, 'errors.visit_slot_taken': PARALLEL - 3 });
      // The two-slot visits hold 14:00 and 14:15 at every counter: nothing starts at 14:15 either.
      expect((await desk.services.visits.freeSlots('birth-registration', DAY)).filter((s) => s.start === `${DAY}T14:00` || s.start === `${DAY}T14:15`)).toEqual([]);
    });
  });
}
