/**
 * A resident kept informed, end to end, in Chromium against the real built desk: a Polish
 * petition is registered; the desk's own worker e-mails the acknowledgement (read here from the
 * demo outbox, as the resident would read it); the clerk asks for information and the clock stops;
 * the resident opens the one-click link from the e-mail, sends the requested document; the desk
 * confirms it by e-mail; the clerk sees the message in the header count and on the case, and the
 * due date moved as the information rule says (a new term from the day the information came).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../app/format';
import { fixedClock } from '../../server/clock';
import { loadConfig } from '../../server/config';
import { registrationDate, responseDueDate } from '../../server/deadlines/deadline';
import { createServices, type Services } from '../../server/services';
import { textLayerLetter } from '../fixtures/letters/text-layer-pdf';
import { deskAndBrowser, expectAccessible, signIn, text } from './harness';

const run = deskAndBrowser();
let services: Services;
let pdfPath: string;
const RESIDENT = 'jadwiga.nowicka@example.pl';

beforeAll(async () => {
  services = createServices(loadConfig(run.desk.env));
  pdfPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'desk-informed-')), 'zaswiadczenie.pdf');
  fs.writeFileSync(pdfPath, await textLayerLetter('Zaswiadczenie o zameldowaniu, ul. Kalwaryjska 12-4, Wilno'));
});
afterAll(async () => {
  await services?.close();
  if (pdfPath) fs.rmSync(path.dirname(pdfPath), { recursive: true, force: true });
});

/** The e-mails the desk sent to the resident about this case, parsed, oldest first. */
async function mailsAbout(caseNumber: string) {
  const dir = path.join(run.desk.env.DATA_DIR!, 'outbox');
  const mails = [];
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []) {
    const raw = fs.readFileSync(path.join(dir, name));
    if (!raw.includes(caseNumber)) continue;
    const mail = await simpleParser(raw);
    if (mail.to && JSON.stringify(mail.to).includes(RESIDENT)) mails.push(mail);
  }
  return mails;
}

async function waitForMail(caseNumber: string, count: number) {
  const until = Date.now() + 30_000;
  for (;;) {
    const mails = await mailsAbout(caseNumber);
    if (mails.length >= count) return mails;
    if (Date.now() > until) throw new Error(`expected ${count} e-mails about ${caseNumber}, found ${mails.length}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('a resident kept informed, in Chromium', () => {
  it('acknowledgement, the link, the requested document, and the clerk sees it with the new due date', async () => {
    // Registered and put on hold three weeks ago, so the restarted term visibly moves the due date.
    const past = services.withClock(fixedClock('2026-11-09T09:00:00Z'));
    const r = await past.cases.registerPetition({
      channel: 'web', kind: 'request', language: 'pl',
      petitioner: { name: 'Jadwiga Nowicka', email: RESIDENT, phone: null, address: null },
      subject: 'Deklaracja miejsca zamieszkania', body: 'Proszę o potwierdzenie deklaracji miejsca zamieszkania w starostwie.',
      departmentId: 'water', serviceId: null, files: [],
    });
    const admin = { id: 'e2e', role: 'admin' as const, departmentId: null, name: 'E2E' };
    const clerk = (await services.auth.listUsers(admin)).find((u) => u.email === 'water@desk.example')!;
    const registered = await services.cases.getCaseForStaff(clerk, r.number);
    const firstDue = registered.kase.dueOn!;

    // 1. The acknowledgement, in Polish, with the number, the due date and the one-click link.
    const [ack] = await waitForMail(r.number, 1);
    expect(ack!.headers.get('content-language')).toBe('pl');
    expect(ack!.subject).toContain(r.number);
    const link = /https?:\/\/\S+\/pl\/status\?t=(\S+)/.exec(ack!.text ?? '');
    expect(link, ack!.text).not.toBeNull();
    expect(ack!.text).not.toContain(r.trackingCode);

    // 2. The clerk asks for information: the clock stops.
    await past.cases.assignCase(clerk, r.number, clerk.id);
    await past.cases.changeCaseStatus(clerk, r.number, 'in_progress');
    await past.withClock(fixedClock('2026-11-11T10:00:00Z')).cases.changeCaseStatus(clerk, r.number, 'awaiting_information');
    // The resident is told the desk waits for them (a second e-mail).
    const [, asked] = await waitForMail(r.number, 2);
    expect(asked!.headers.get('content-language')).toBe('pl');

    // 3. The resident opens the link from the e-mail (on the desk's address), sees what is awaited, and sends it.
    const phone = await run.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await phone.newPage();
    await page.goto(`${run.desk.url}/pl/status?t=${link![1]}`);
    await page.locator('[data-testid=awaiting-information]').waitFor();
    expect(page.url()).not.toContain('t=');
    expect(await page.locator('[data-testid=case-status]').innerText()).toBe(text('pl', 'status.awaiting_information'));
    await expectAccessible(page, 'informed-awaiting-pl');
    await page.fill('textarea[name=text]', 'W załączeniu przesyłam zaświadczenie o zameldowaniu.');
    await page.setInputFiles('input[name=files]', pdfPath);
    await page.click('[data-testid=follow-up-form] button[type=submit]');
    await page.locator('[data-testid=message-sent]').waitFor();
    expect(await page.locator('[data-testid=message-sent]').innerText()).toContain('zaswiadczenie.pdf');
    await page.locator('[data-testid=case-status]', { hasText: text('pl', 'status.in_progress') }).waitFor();
    await page.screenshot({ path: 'test-results/informed-sent-pl.png', fullPage: true });
    await phone.close();

    // The desk confirms the message by e-mail, in Polish.
    const mails = await waitForMail(r.number, 3);
    expect(mails.at(-1)!.headers.get('content-language')).toBe('pl');

    // 4. The due date moved as the rule says: a new term of 20 working days from the day the information came.
    const after = await services.cases.getCaseForStaff(clerk, r.number);
    const expectedDue = responseDueDate(registrationDate(new Date()));
    expect(after.kase.dueOn).toBe(expectedDue);
    expect(after.kase.dueOn! > firstDue).toBe(true);
    expect(after.events.find((e) => e.type === 'clock_resumed')).toMatchObject({ data: { rule: 'information_restart', to: expectedDue } });

    // 5. The clerk is told (the header count), opens the case and sees the message and the new due date.
    const desk = await run.browser.newContext();
    const staff = await desk.newPage();
    await signIn(staff, run.desk.url, 'water@desk.example');
    await staff.goto(`${run.desk.url}/staff/notifications`);
    await staff.locator(`a[href="/staff/cases/${r.number}"]`).first().waitFor();
    await staff.goto(`${run.desk.url}/staff/cases/${r.number}`);
    const body = await staff.locator('main').innerText();
    expect(body).toContain('W załączeniu przesyłam zaświadczenie o zameldowaniu.');
    expect(body).toContain('zaswiadczenie.pdf');
    expect(await staff.locator('[data-testid=clock-panel]').innerText()).toContain(formatDate(expectedDue, 'lt'));
    await staff.screenshot({ path: 'test-results/informed-clerk-case.png', fullPage: true });
    await desk.close();
  });
});
