/**
 * `desk seed-scale` on both databases, small: the distribution is plausible, every trail is a real chain,
 * the counters hand a new petition the next number, returning petitioners exist, the inbox still lists cases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createDatabase, type Database } from '../../server/db/database';
import { seedDemo } from '../../server/demo/seed-demo';
import { seedScale, type SeedScaleResult } from '../../server/demo/seed-scale';
import { createSearchRows } from '../../server/demo/seed-scale-generate';
import { caseMatches, parseSearchQuery, searchRowFor } from '../../server/search';
import { createTestDesk, DATABASES, samplePetition, type TestDesk } from './harness';

const CASES = 2000;

for (const database of DATABASES) {
  describe.skipIf(!database.available)(`seed-scale on ${database.name}`, () => {
    let desk: TestDesk;
    let db: Database;
    let result: SeedScaleResult;
    let demoCases: number;

    beforeAll(async () => {
      desk = await createTestDesk(database.name);
      demoCases = (await seedDemo(desk.services)).cases;
      result = await seedScale(desk.services, { cases: CASES, seed: 7, batchSize: 700 });
      db = createDatabase(desk.services.config.database);
    }, 120_000);
    afterAll(async () => {
      await db?.destroy();
      await desk?.dispose();
    });

    const counts = async (column: 'status' | 'language' | 'channel' | 'kind') => {
      const rows = await db.selectFrom('cases').select([column, db.fn.countAll<number>().as('n')]).groupBy(column).execute();
      return new Map(rows.map((r) => [r[column] as string | null, Number(r.n)]));
    };

    it('adds the cases asked for, with their events, documents and replies', async () => {
      expect(result.cases).toBe(CASES);
      const total = await db.selectFrom('cases').select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(total.n)).toBe(CASES + demoCases);
      expect(result.events).toBeGreaterThan(CASES * 4);
      expect(result.documents).toBeGreaterThan(CASES / 4);
      expect(result.replies).toBeGreaterThan(CASES / 2);
      const pages = await db.selectFrom('document_pages').select(db.fn.countAll<number>().as('n')).where('source', '=', 'ocr').where('confidence', 'is not', null).executeTakeFirstOrThrow();
      expect(Number(pages.n)).toBeGreaterThan(0);
    });

    it('spreads statuses, languages and channels as a desk sees them', async () => {
      const status = await counts('status');
      for (const s of ['received', 'needs_review', 'registered', 'assigned', 'in_progress', 'awaiting_information', 'answered', 'closed', 'forwarded']) {
        expect(status.get(s) ?? 0, s).toBeGreaterThan(0);
      }
      const open = ['received', 'needs_review', 'registered', 'assigned', 'in_progress', 'awaiting_information'].reduce((sum, s) => sum + (status.get(s) ?? 0), 0);
      expect(open / CASES).toBeGreaterThan(0.03);
      expect(open / CASES).toBeLessThan(0.1);
      const language = await counts('language');
      expect((language.get('lt') ?? 0) / CASES).toBeGreaterThan(0.55);
      expect((language.get('lt') ?? 0) / CASES).toBeLessThan(0.78);
      for (const l of ['ru', 'pl', 'en', null]) expect(language.get(l) ?? 0, String(l)).toBeGreaterThan(0);
      const channel = await counts('channel');
      for (const c of ['web', 'email', 'letter', 'in_person', 'phone']) expect(channel.get(c) ?? 0, c).toBeGreaterThan(0);
      expect((await counts('kind')).size).toBe(3);

      const years = await db.selectFrom('cases').select(['year']).distinct().execute();
      expect(years.length).toBeGreaterThanOrEqual(5);
      const paused = await db.selectFrom('cases').select(db.fn.countAll<number>().as('n')).where('status', '=', 'awaiting_information').where('clock_paused_on', 'is', null).executeTakeFirstOrThrow();
      expect(Number(paused.n)).toBe(0);
      const extended = await db.selectFrom('cases').select(db.fn.countAll<number>().as('n')).where('extended_by', '>', 0).executeTakeFirstOrThrow();
      expect(Number(extended.n)).toBeGreaterThan(0);
      const merged = await db.selectFrom('cases').select(db.fn.countAll<number>().as('n')).where('merged_into_id', 'is not', null).where('status', '=', 'closed').executeTakeFirstOrThrow();
      expect(Number(merged.n)).toBeGreaterThan(0);
      const overdue = await db.selectFrom('cases').select(db.fn.countAll<number>().as('n'))
        .where('status', 'in', ['registered', 'assigned', 'in_progress']).where('due_on', '<', '2026-03-02').executeTakeFirstOrThrow();
      expect(Number(overdue.n)).toBeGreaterThan(0);
    });

    it('gives every case a trail whose chain verifies', async () => {
      const noEvents = await db.selectFrom('cases').select(db.fn.countAll<number>().as('n'))
        .where(({ not, exists, selectFrom }) => not(exists(selectFrom('case_events').select('case_events.id').whereRef('case_events.case_id', '=', 'cases.id'))))
        .executeTakeFirstOrThrow();
      expect(Number(noEvents.n)).toBe(0);
      const report = await desk.services.cases.verifyAudit();
      expect(report.casesChecked).toBe(CASES + demoCases);
      expect(report.problems).toEqual([]);
      // Events read back as their schemas, not as unrecognised rows.
      const answered = await db.selectFrom('cases').innerJoin('replies', 'replies.case_id', 'cases.id').select('cases.number').where('cases.status', '=', 'answered').where('replies.status', '=', 'sent').limit(1).executeTakeFirstOrThrow();
      const operator = { id: 'cli', role: 'admin', departmentId: null, name: 'test' } as const;
      const view = await desk.services.cases.getCaseForStaff(operator, answered.number);
      const types = (view as unknown as { events: { type: string }[] }).events.map((e) => e.type);
      expect(types).toContain('reply_sent');
      expect(types).not.toContain('unrecognised');
    });

    it('indexes every petition and page for search, stemmed as searchRowFor stems them', async () => {
      expect(result.searchTexts).toBe(CASES + result.pages);
      const texts = await sql<{ n: number }>`select count(*) as n from search_texts`.execute(db);
      expect(Number(texts.rows[0]!.n)).toBeGreaterThanOrEqual(result.searchTexts);
      const sample = await sql<{ case_id: string; ref: string; text: string; language: string | null }>`
        select t.case_id, t.ref, t.text, c.language from search_texts t join cases c on c.id = t.case_id order by t.id desc limit 300`.execute(db);
      expect(sample.rows.length).toBe(300);
      const rowFor = createSearchRows();
      for (const r of sample.rows) expect(rowFor(r.case_id, r.ref, r.text, r.language)).toEqual(searchRowFor(r.case_id, r.ref, r.text, r.language));
      // The stored terms are those terms: a long word of a seeded petition, inflected differently, finds its case.
      const last = sample.rows.find((r) => r.ref === 'case')!;
      const word = last.text.split(/[^\p{L}]+/u).filter((w) => w.length > 6)[0]!;
      const hits = await (await caseMatches(db, parseSearchQuery(word)!)).execute();
      expect(hits.map((h) => h.case_id)).toContain(last.case_id);
    });

    it('leaves the counters so that a new petition gets the next number', async () => {
      const top = await db.selectFrom('cases').select((eb) => eb.fn.max('seq').as('seq')).where('year', '=', 2026).executeTakeFirstOrThrow();
      const before = await sql<{ id: string }>`select max(id) as id from search_texts`.execute(db);
      const r = await desk.services.cases.registerPetition(samplePetition);
      expect(r.number).toBe(`VLN-2026-${String(Number(top.seq) + 1).padStart(6, '0')}`);
      // Its text is indexed after every seeded one: the newest matches are the highest ids.
      const own = await sql<{ id: string }>`select t.id from search_texts t join cases c on c.id = t.case_id where c.number = ${r.number}`.execute(db);
      expect(own.rows.length).toBeGreaterThan(0);
      for (const row of own.rows) expect(Number(row.id)).toBeGreaterThan(Number(before.rows[0]!.id));
    });

    it('has petitioners who write more than once', async () => {
      const rows = await sql<{ n: number }>`select count(*) as n from (select petitioner_id from cases group by petitioner_id having count(*) > 1) t`.execute(db);
      expect(Number(rows.rows[0]!.n)).toBeGreaterThan(CASES / 20);
    });

    it('still lists the cases in the inbox', async () => {
      const users = await desk.services.auth.listUsers({ id: 'seed', role: 'admin', departmentId: null, name: 'seed' });
      const manager = users.find((u) => u.role === 'manager')!;
      const clerk = users.find((u) => u.role === 'clerk' && u.departmentId === 'water')!;
      const all = await desk.services.cases.listInbox({ id: manager.id, role: manager.role, departmentId: null, name: manager.name }, { view: 'all', includeClosed: true, limit: 50 });
      expect(all.length).toBe(50);
      const mine = await desk.services.cases.listInbox({ id: clerk.id, role: clerk.role, departmentId: clerk.departmentId, name: clerk.name }, { view: 'department', limit: 50 });
      expect(mine.length).toBeGreaterThan(0);
    });
  });
}
