/**
 * SIGKILL during signing: a process signing and e-mailing a reply is killed at a random moment
 * (seeded: SIGNING_CRASH_SEED), then the clerk signs again from another process once the dead
 * one's claim is stale. Whatever the moment: the case has exactly one signed letter, the reply is
 * sent, and the resident got it by e-mail once (one Message-ID, however many deliveries). On SQLite,
 * and on PostgreSQL when DATABASE_URL_TEST is set.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureDemoCertificate } from '../../server/replies/signing/demo-certificate.adapter';
import { addStaff, createTestDesk, DATABASES, samplePetition } from './harness';
import { seededRandom } from '../fixtures/random';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCRIPT = path.join(ROOT, 'tests/fixtures/replies/sign-reply.ts');
const ROUNDS = 4;
const SEED = Number(process.env.SIGNING_CRASH_SEED ?? Date.now() % 100_000);

describe(`SIGKILL during signing (seed ${SEED})`, () => {
  for (const db of DATABASES) {
    it.skipIf(!db.available)(`on ${db.name}: ${ROUNDS} kills at random moments lose no letter and send none twice`, async () => {
      const next = seededRandom(SEED + (db.name === 'postgres' ? 7 : 0));
      // The retry runs an hour after the killed process began: its claim on the reply is stale by then.
      const desk = await createTestDesk(db.name, new Date(Date.now() + 3_600_000).toISOString());
      // The desk's own outgoing catcher: the killed process and the retry both send through it.
      const catcher = (await desk.services.startMailCatcher())!;
      try {
        ensureDemoCertificate(desk.dataDir);
        const clerk = await addStaff(desk, 'c@water.test', 'clerk', 'water');
        const env = { ...process.env, DATABASE_URL: desk.databaseUrl, DATA_DIR: desk.dataDir, NODE_ENV: 'test' as const, OUTGOING_SMTP_HOST: '127.0.0.1', OUTGOING_SMTP_PORT: String(catcher.port) };
        for (let round = 1; round <= ROUNDS; round++) {
          const r = await desk.services.cases.registerPetition({ ...samplePetition, petitioner: { ...samplePetition.petitioner, email: `resident${round}@example.pl` } });
          const replyId = await desk.services.replies.startReply(clerk, r.number, 'acknowledgement');
          const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT], { cwd: ROOT, env: { ...env, REPLY_ID: replyId, ACTOR: JSON.stringify(clerk) }, stdio: ['ignore', 'pipe', 'pipe'] });
          let out = '';
          child.stdout.on('data', (d: Buffer) => (out += d));
          child.stderr.on('data', (d: Buffer) => (out += d));
          const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
          // Somewhere in the signing itself (render, seal, store, send, record take some 100–600 ms).
          const signing = new Promise<void>((resolve) => child.stdout.on('data', () => out.includes('signing') && resolve()));
          await Promise.race([signing, exited]);
          await Promise.race([new Promise((resolve) => setTimeout(resolve, next() * 600)), exited]);
          child.kill('SIGKILL');
          await exited;

          const retried = await desk.services.replies.signAndSendReply(clerk, replyId).then(
            () => 'sent',
            (error: { code?: string }) => error.code,
          );
          // Either the killed process had finished (the retry finds it sent), or the retry finishes it.
          expect(['sent', 'conflict'], `${retried}\n${out}`).toContain(retried);
          const view = await desk.services.cases.getCaseForStaff(clerk, r.number);
          const letters = view.documents.filter((d) => d.role === 'reply');
          expect(letters, out).toHaveLength(1);
          expect(view.events.filter((e) => e.type === 'reply_sent')).toHaveLength(1);
          const reply = await desk.services.replies.getReplyForEditing(clerk, replyId);
          expect(reply.reply.status).toBe('sent');
          const mails = fs.readdirSync(catcher.dir).map((f) => fs.readFileSync(path.join(catcher.dir, f), 'utf8')).filter((m) => m.includes(`resident${round}@example.pl`));
          expect(mails.length, out).toBeGreaterThanOrEqual(1);
          const messageIds = new Set(mails.map((m) => /^Message-ID:\s*(<[^>]+>)/im.exec(m)?.[1]));
          expect(messageIds.size, out).toBe(1);
        }
        expect((await desk.services.cases.verifyAudit()).problems).toEqual([]);
      } finally {
        await desk.dispose();
      }
    }, 180_000);
  }
});
