/**
 * Crash rounds of the outbox: resident notices are queued, and a real `desk worker` process
 * sending them is SIGKILLed at random moments, several times over, then restarted; whatever is left
 * (jobs the dead workers held, whose leases must run out) is drained at last. Every notice ends
 * 'sent' exactly once by its row, and every one reached the relay: none lost. The one window the
 * outbox cannot close — the relay took the message, the worker died before recording it — may
 * deliver a message twice, and then only under the same Message-ID, which mail clients take for
 * one message. The relay holds its reply for a while, to widen that window; the figures are printed.
 * On SQLite, and on PostgreSQL when DATABASE_URL_TEST is set.
 *
 * The moments are random but reproducible: NOTIFY_CRASH_SEED fixes them (the seed used is printed).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { createDatabase } from '../../server/db/database';
import { countByMessageId } from '../fixtures/notifications/outbox';
import { startTestRelay } from '../fixtures/notifications/relay';
import { seededRandom } from '../fixtures/random';
import { createTestDesk, DATABASES, samplePetition } from './harness';

// The suite's size keeps CI short; NOTIFY_CRASH_TOTAL / NOTIFY_CRASH_ROUNDS run bigger rounds (60 × 6 was measured).
const TOTAL = Number(process.env.NOTIFY_CRASH_TOTAL ?? 30);
const ROUNDS = Number(process.env.NOTIFY_CRASH_ROUNDS ?? 2);
const SEED = Number(process.env.NOTIFY_CRASH_SEED ?? Date.now() % 100_000);
const ROOT = path.resolve(import.meta.dirname, '../..');

function startWorker(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'desk.ts', 'worker', '--concurrency', '4'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: string[] = [];
  child.stdout.on('data', (d: Buffer) => out.push(d.toString()));
  child.stderr.on('data', (d: Buffer) => out.push(d.toString()));
  return {
    out,
    running: () => out.join('').includes('worker running'),
    kill: (signal: NodeJS.Signals) => child.kill(signal),
    exited: new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal }))),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe(`crash rounds of the notification outbox (seed ${SEED})`, () => {
  for (const db of DATABASES) {
    it.skipIf(!db.available)(`on ${db.name}: ${ROUNDS} SIGKILLs of a sending worker, ${TOTAL} notices, each sent once by its row and none lost`, async () => {
      const next = seededRandom(SEED + (db.name === 'postgres' ? 1 : 0));
      // The relay holds its 250 for 0–120 ms after keeping a message: a kill then loses the answer, not the message.
      const relay = await startTestRelay({ holdMs: () => Math.floor(next() * 120) });
      // The workers go by the real clock; the desk stands at it too, so their jobs are due for them.
      const desk = await createTestDesk(db.name, new Date(Date.now() - 1000).toISOString(), relay.env);
      try {
        for (let i = 1; i <= TOTAL; i++) {
          await desk.services.cases.registerPetition({ ...samplePetition, petitioner: { ...samplePetition.petitioner, email: `resident${i}@example.pl` } });
        }
        while ((await desk.services.dispatchEvents()) > 0);
        const side = createDatabase(loadConfig({ DATABASE_URL: desk.databaseUrl, DATA_DIR: desk.dataDir, NODE_ENV: 'test' }).database);
        const rows = () => side.selectFrom('notifications').select(['id', 'status', 'message_id', 'attempts']).execute();
        expect((await rows()).filter((r) => r.status === 'pending')).toHaveLength(TOTAL);

        const env = { DATABASE_URL: desk.databaseUrl, DATA_DIR: desk.dataDir, NODE_ENV: 'test', ...relay.env };
        const perRound: number[] = [];
        for (let round = 1; round <= ROUNDS; round++) {
          const before = relay.mails.length;
          const worker = startWorker(env);
          const deadline = Date.now() + 30_000;
          while (!worker.running() && Date.now() < deadline) await sleep(10);
          // A random moment: right at the start, or after a few more messages reached the relay.
          const target = before + 2 + Math.floor(next() * 10);
          if (next() < 0.3) await sleep(Math.floor(next() * 400));
          else while (relay.mails.length < Math.min(target, TOTAL) && Date.now() < deadline) await sleep(2);
          worker.kill('SIGKILL');
          expect(await worker.exited, worker.out.join('')).toMatchObject({ signal: 'SIGKILL' });
          perRound.push(relay.mails.length - before);
        }

        // Restarted to finish: the jobs the dead workers held come back once their leases run out,
        // which the desk's own clock, moved a day on, sees at once.
        const last = startWorker(env);
        const end = Date.now() + 20_000;
        while ((await rows()).some((r) => r.status === 'pending') && Date.now() < end) await sleep(200);
        last.kill('SIGTERM');
        await last.exited;
        desk.clock.set(new Date(Date.now() + 86_400_000));
        await desk.services.startJobs(4);
        await desk.services.drainJobs(120_000);
        const final = await rows();
        await side.destroy();

        const byStatus = Object.fromEntries(['pending', 'sent', 'failed', 'skipped', 'cancelled'].map((s) => [s, final.filter((r) => r.status === s).length]));
        const counts = countByMessageId(relay.mails);
        const duplicates = [...counts.entries()].filter(([, n]) => n > 1);
        const lost = final.filter((r) => !counts.has(r.message_id));
        const strangers = [...counts.keys()].filter((id) => !final.some((r) => r.message_id === id));
        console.log(
          `[notifications crash, ${db.name}, seed ${SEED}] ${TOTAL} notices, ${ROUNDS} kills; delivered per round ${perRound.join(', ')}; ` +
            `rows ${JSON.stringify(byStatus)}; relay took ${relay.mails.length} messages, ${counts.size} distinct Message-IDs; ` +
            `duplicates ${duplicates.length}${duplicates.length ? ` (${duplicates.map(([id, n]) => `${id}×${n}`).join(', ')})` : ''}; lost ${lost.length}`,
        );
        expect(byStatus).toEqual({ pending: 0, sent: TOTAL, failed: 0, skipped: 0, cancelled: 0 });
        expect(final.every((r) => Number(r.attempts) >= 1)).toBe(true);
        expect(lost).toEqual([]);
        expect(strangers).toEqual([]);
        // A duplicate is the same message again (its Message-ID), never a second, different one.
        expect(counts.size).toBe(TOTAL);
        expect(relay.mails.length - counts.size).toBe(duplicates.reduce((sum, [, n]) => sum + n - 1, 0));
      } finally {
        await desk.dispose();
        await relay.close();
      }
    }, 300_000);
  }
});
