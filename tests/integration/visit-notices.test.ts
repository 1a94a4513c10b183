/**
 * The resident's e-mails about a visit, through the durable outbox to the mail catcher: the booking
 * confirmation in the person's language (Polish, Russian) with the code, the manage link and the
 * visit's .ics (UTC instants, one UID); a move re-publishes the event with a higher SEQUENCE and a
 * cancellation sends METHOD:CANCEL; a repeat stores nothing; no e-mail address keeps a skipped row;
 * a reminder still waiting when the visit moves is cancelled, and a cancelled visit gets none.
 * On SQLite, and on PostgreSQL when DATABASE_URL_TEST is set.
 */
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { createDatabase, type Database } from '../../server/db/database';
import { createJobQueue } from '../../server/jobs/create-job-queue';
import type { JobQueue } from '../../server/jobs/job-queue';
import { visitEventUid } from '../../server/visits/ics';
import type { BookableService, ServicePoint, Visit } from '../../server/visits/visit';
import { queueVisitNotice, type VisitNoticeDeps, type VisitNoticeKind } from '../../server/visits/visit-notices';
import { DEMO_BOOKABLE_SERVICES, DEMO_SERVICE_POINTS } from '../../server/demo/seed-visits';
import { readOutbox } from '../fixtures/notifications/outbox';
import { createTestDesk, DATABASES, type TestDesk } from './harness';

const servicePoint: ServicePoint = {
  id: 'sp-civil-registry', slug: 'civil-registry-centre', departmentId: 'civil-registry',
  names: { lt: 'Civilinės metrikacijos skyrius', pl: 'Urząd Stanu Cywilnego', ru: 'Отдел регистрации актов гражданского состояния', en: 'Civil Registry' },
  address: 'Konstitucijos pr. 3, Vilnius', counters: 3, hours: { 1: { opens: '08:00', closes: '17:00' } }, active: true,
};

const service: BookableService = {
  slug: 'marriage-registration', departmentId: 'civil-registry',
  texts: {
    lt: { name: 'Santuokos registravimas', description: '' },
    pl: { name: 'Rejestracja małżeństwa', description: '' },
    ru: { name: 'Регистрация брака', description: '' },
    en: { name: 'Marriage registration', description: '' },
  },
  durationSlots: 2, servicePointIds: [servicePoint.id], remote: { possible: false, eServiceUrl: null, petitionForm: false }, active: true,
};

let serial = 0;
function visit(over: Partial<Omit<Visit, 'person'>> & { person?: Partial<Visit['person']> } = {}): Visit {
  serial += 1;
  const { person, ...rest } = over;
  return {
    id: `visit-${serial}`, reference: `V-2027-${String(serial).padStart(6, '0')}`, serviceSlug: service.slug, servicePointId: servicePoint.id, counter: 2,
    // Monday after the spring change: 09:00 EEST is 06:00Z.
    start: '2027-03-29T09:00', end: '2027-03-29T09:30', status: 'booked', channel: 'web',
    person: { name: 'Anna Kowalska', phone: '+37060000001', email: 'anna@example.pl', language: 'pl', ...person },
    whyVisit: 'Both must sign in person', caseNumber: null, notes: null,
    createdAt: '2026-03-02T09:00:00.000Z', updatedAt: '2026-03-02T09:00:00.000Z', ...rest,
  };
}

interface Ics { method: string; uid: string; sequence: number; status: string; start: string; end: string; summary: string; location: string }

function icsFacts(text: string): Ics {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const get = (name: string) => {
    const line = lines.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
    if (!line) throw new Error(`no ${name} in\n${text}`);
    return line.slice(line.indexOf(':') + 1).replace(/\\([,;\\])/g, '$1');
  };
  const utc = (v: string) => v.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z');
  return {
    method: get('METHOD'), uid: get('UID'), sequence: Number(get('SEQUENCE')), status: get('STATUS'),
    start: utc(get('DTSTART')), end: utc(get('DTEND')), summary: get('SUMMARY'), location: get('LOCATION'),
  };
}

/** The catcher's mails to one address, each with its .ics read back from the raw message. */
async function mailsTo(dir: string, to: string) {
  const mails = (await readOutbox(dir)).filter((m) => m.to.includes(to));
  return Promise.all(
    mails.map(async (m) => {
      const parsed = await simpleParser(m.raw);
      const calendars = parsed.attachments.filter((a) => a.contentType === 'text/calendar');
      expect(calendars, m.subject).toHaveLength(1);
      const a = calendars[0]!;
      const type = a.headers.get('content-type') as { params?: Record<string, string> } | undefined;
      return { ...m, ics: icsFacts(a.content.toString('utf8')), icsFile: a.filename, icsMethodParam: type?.params?.method };
    }),
  );
}

for (const db of DATABASES) {
  describe.skipIf(!db.available)(`visit e-mails on ${db.name}`, () => {
    let desk: TestDesk;
    let side: Database;
    let sideJobs: JobQueue;
    let deps: VisitNoticeDeps;
    beforeEach(async () => {
      desk = await createTestDesk(db.name);
      const config = loadConfig({ DATABASE_URL: desk.databaseUrl, DATA_DIR: desk.dataDir, NODE_ENV: 'test' });
      side = createDatabase(config.database);
      // Only enqueues (inside our transactions); the desk's own workers send.
      sideJobs = createJobQueue(config.database, side, desk.clock);
      deps = { clock: desk.clock, jobs: sideJobs, templatesDir: desk.services.config.templatesDir, publicUrl: 'https://desk.example/', organizerEmail: 'desk@vilnius.example' };
      await desk.services.startJobs(2);
    });
    afterEach(async () => {
      await sideJobs.close();
      await side.destroy();
      await desk.dispose();
    });

    const queue = (kind: VisitNoticeKind, v: Visit, code: string | null = '493817') =>
      side.transaction().execute((trx) => queueVisitNotice(trx, deps, { kind, visit: v, service, servicePoint, code }));
    const rowsOf = (v: Visit) => side.selectFrom('notifications').selectAll().where('dedupe_key', 'like', `visit:${v.id}:%`).orderBy('created_at').orderBy('id').execute();

    it('a booking in Polish: one e-mail in Polish with the code, the manage link and the .ics; a repeat sends nothing', async () => {
      const catcher = (await desk.services.startMailCatcher())!;
      const v = visit();
      await queue('visit_booked', v);
      await queue('visit_booked', v);
      await desk.services.drainJobs();

      const [mail, ...more] = await mailsTo(catcher.dir, 'anna@example.pl');
      expect(more).toHaveLength(0);
      expect(mail!.subject).toBe(`Wizyta zarezerwowana: poniedziałek, 29 marca 2027, godz. 09:00–09:30 (${v.reference})`);
      expect(mail!.language).toBe('pl');
      expect(mail!.text).toContain('Dzień dobry');
      expect(mail!.text).toContain('Sprawa: Rejestracja małżeństwa');
      expect(mail!.text).toContain('Miejsce: Urząd Stanu Cywilnego, Konstitucijos pr. 3, Vilnius');
      expect(mail!.text).toContain('Osoba: Anna Kowalska');
      expect(mail!.text).toContain('Kod: 493817');
      expect(mail!.text).toContain('https://desk.example/pl/visits/manage');
      expect(mail!.text).not.toMatch(/\{\{|Laba diena|Hello/);
      expect(mail!.replyTo).toBeNull();

      expect(mail!.icsFile).toBe(`${v.reference}.ics`);
      expect(mail!.icsMethodParam).toBe('PUBLISH');
      expect(mail!.ics).toMatchObject({
        method: 'PUBLISH', uid: visitEventUid(v.id), sequence: 0, status: 'CONFIRMED',
        start: '2027-03-29T06:00:00Z', end: '2027-03-29T06:30:00Z',
        summary: `Wizyta w samorządzie: Rejestracja małżeństwa (${v.reference})`,
        location: 'Urząd Stanu Cywilnego, Konstitucijos pr. 3, Vilnius',
      });

      const rows = await rowsOf(v);
      expect(rows.map((r) => [r.dedupe_key, r.kind, r.audience, r.case_id, r.status])).toEqual([[`visit:${v.id}:visit_booked:${v.start}`, 'visit_booked', 'resident', null, 'sent']]);
      expect(rows[0]!.attachment_filename).toBe(`${v.reference}.ics`);
      expect(rows[0]!.attachment_content_type).toBe('text/calendar; charset=utf-8; method=PUBLISH');
      expect(rows[0]!.attachment_content).toContain('BEGIN:VCALENDAR');
    });

    it('in Russian: booked, moved (same event, SEQUENCE 1, winter time), cancelled (METHOD:CANCEL, no code)', async () => {
      const catcher = (await desk.services.startMailCatcher())!;
      const booked = visit({ person: { name: 'Ирина Иванова', email: 'irina@example.lt', language: 'ru' } });
      await queue('visit_booked', booked);
      await desk.services.drainJobs();
      // After the autumn change: 10:15 EET is 08:15Z.
      const moved = { ...booked, start: '2027-11-02T10:15', end: '2027-11-02T10:45', updatedAt: '2026-03-03T09:00:00.000Z' };
      await queue('visit_moved', moved);
      await desk.services.drainJobs();
      await queue('visit_cancelled', { ...moved, status: 'cancelled', updatedAt: '2026-03-04T09:00:00.000Z' }, null);
      await desk.services.drainJobs();

      const mails = await mailsTo(catcher.dir, 'irina@example.lt');
      const bySubject = (start: string) => mails.find((m) => m.subject.startsWith(start))!;
      const first = bySubject('Вы записаны на приём');
      const second = bySubject('Приём перенесён');
      const third = bySubject('Запись на приём отменена');
      expect(mails).toHaveLength(3);
      for (const m of mails) {
        expect(m.language).toBe('ru');
        expect(m.text).toContain('Здравствуйте!');
        expect(m.text).toContain('Услуга: Регистрация брака');
        expect(m.text).toContain('Посетитель: Ирина Иванова');
        expect(m.ics.uid).toBe(visitEventUid(booked.id));
        expect(m.text).not.toMatch(/Dzień dobry|Laba diena|\{\{/);
      }
      expect(first.subject).toBe(`Вы записаны на приём: понедельник, 29 марта 2027 г., 09:00–09:30 (${booked.reference})`);
      expect(first.text).toContain('Код: 493817');
      expect(first.text).toContain('https://desk.example/ru/visits/manage');
      expect(first.ics).toMatchObject({ method: 'PUBLISH', sequence: 0, start: '2027-03-29T06:00:00Z', summary: `Приём в самоуправлении: Регистрация брака (${booked.reference})` });

      expect(second.text).toContain('Дата: вторник, 2 ноября 2027 г.');
      expect(second.text).toContain('Время: 10:15–10:45');
      expect(second.text).toContain('Код: 493817');
      expect(second.ics).toMatchObject({ method: 'PUBLISH', sequence: 1, status: 'CONFIRMED', start: '2027-11-02T08:15:00Z', end: '2027-11-02T08:45:00Z' });

      expect(third.text).not.toContain('493817');
      expect(third.text).toContain('https://desk.example/ru/visits');
      expect(third.text).not.toContain('/visits/manage');
      expect(third.icsMethodParam).toBe('CANCEL');
      expect(third.ics).toMatchObject({ method: 'CANCEL', sequence: 2, status: 'CANCELLED', start: '2027-11-02T08:15:00Z' });
    });

    it('moved back to a time it had: a new e-mail and a higher SEQUENCE, not a duplicate', async () => {
      const catcher = (await desk.services.startMailCatcher())!;
      const v = visit({ person: { email: 'back@example.pl' } });
      await queue('visit_booked', v);
      await queue('visit_moved', { ...v, start: '2027-03-30T09:00', end: '2027-03-30T09:30' });
      await queue('visit_moved', v);
      await desk.services.drainJobs();
      const mails = await mailsTo(catcher.dir, 'back@example.pl');
      expect(mails.map((m) => m.ics.sequence).sort()).toEqual([0, 1, 2]);
      expect(mails.find((m) => m.ics.sequence === 2)!.ics.start).toBe('2027-03-29T06:00:00Z');
    });

    it('no e-mail address: the notice is kept as skipped and nothing is sent', async () => {
      const catcher = (await desk.services.startMailCatcher())!;
      const v = visit({ channel: 'phone', person: { email: null, language: 'lt' } });
      await queue('visit_booked', v);
      await desk.services.drainJobs();
      const rows = await rowsOf(v);
      expect(rows.map((r) => [r.status, r.skip_reason, r.recipient, r.language])).toEqual([['skipped', 'no_email', null, 'lt']]);
      expect(rows[0]!.subject).toContain('Vizitas užregistruotas');
      expect(await readOutbox(catcher.dir)).toHaveLength(0);
    });

    it('a reminder still waiting when the visit moves is cancelled; a cancelled visit gets no reminder', async () => {
      const catcher = (await desk.services.startMailCatcher())!;
      const v = visit({ person: { email: 'remind@example.pl' } });
      await queue('visit_booked', v);
      const moved = { ...v, start: '2027-03-31T11:00', end: '2027-03-31T11:30' };
      // The reminder is queued and the visit moved before it could go (one transaction here).
      await side.transaction().execute(async (trx) => {
        await queueVisitNotice(trx, deps, { kind: 'visit_reminder', visit: v, service, servicePoint });
        await queueVisitNotice(trx, deps, { kind: 'visit_moved', visit: moved, service, servicePoint, code: '493817' });
      });
      await queue('visit_reminder', moved, null);
      await queue('visit_reminder', moved, null); // the daily sweep run twice
      await queue('visit_reminder', { ...moved, status: 'cancelled' }, null);
      await desk.services.drainJobs();

      const rows = await rowsOf(v);
      const reminders = rows.filter((r) => r.kind === 'visit_reminder');
      expect(reminders.map((r) => [r.dedupe_key, r.status, r.skip_reason])).toEqual(expect.arrayContaining([
        [`visit:${v.id}:reminder:${v.start}`, 'cancelled', 'visit_changed'],
        [`visit:${v.id}:reminder:${moved.start}`, 'sent', null],
      ]));
      expect(reminders).toHaveLength(2);
      const mails = await mailsTo(catcher.dir, 'remind@example.pl');
      const sentReminders = mails.filter((m) => m.subject.startsWith('Przypomnienie'));
      expect(sentReminders).toHaveLength(1);
      expect(sentReminders[0]!.subject).toBe(`Przypomnienie o wizycie: środa, 31 marca 2027, godz. 11:00–11:30 (${v.reference})`);
      expect(sentReminders[0]!.text).not.toContain('493817');
      expect(sentReminders[0]!.ics).toMatchObject({ method: 'PUBLISH', sequence: 1, start: '2027-03-31T08:00:00Z' });
    });

    it('through the desk: booking, moving and cancelling on the public site each e-mail the resident in Russian', async () => {
      const catcher = (await desk.services.startMailCatcher())!;
      await desk.services.visits.saveVisitCatalogue({ servicePoints: DEMO_SERVICE_POINTS, services: DEMO_BOOKABLE_SERVICES });
      const person = { name: 'Ирина Соколова', phone: '+370 612 99887', email: 'irina@example.ru', language: 'ru' as const };
      const [first] = await desk.services.visits.freeSlots('birth-registration', '2027-01-12');
      const booked = await desk.services.visits.bookVisit(null, { serviceSlug: 'birth-registration', start: first!.start, channel: 'web', person });
      const later = (await desk.services.visits.freeSlots('birth-registration', '2027-01-13'))[4]!;
      await desk.services.visits.moveVisitByResident(booked.visit.reference, booked.code, { start: later.start });
      await desk.services.visits.cancelVisitByResident(booked.visit.reference, booked.code);
      await desk.services.drainJobs();

      // Sent by parallel jobs, so they arrive in any order: the event's SEQUENCE orders them.
      const mails = (await mailsTo(catcher.dir, 'irina@example.ru')).sort((a, b) => a.ics.sequence - b.ics.sequence);
      expect(mails.map((m) => [m.ics.method, m.ics.sequence])).toEqual([['PUBLISH', 0], ['PUBLISH', 1], ['CANCEL', 2]]);
      expect(mails.every((m) => m.language === 'ru' && m.text.includes('Ирина Соколова') && !/Laba diena|Hello|\{\{/.test(m.text))).toBe(true);
      expect(mails[0]!.text).toContain(booked.code);
      expect(mails[1]!.ics.uid).toBe(mails[0]!.ics.uid);
      expect(mails[1]!.text).toContain(booked.visit.reference);
    });
  });
}
