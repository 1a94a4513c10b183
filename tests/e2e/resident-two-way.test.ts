/**
 * The resident's status page both ways, in Chromium on a phone-sized window: a case the desk asked
 * information for says so first; the right code works after wrong ones (the slowed answer is a 429
 * with Retry-After, said on the page in the resident's language); a PDF with a message goes in and
 * is confirmed, and the case is back at work; the e-mailed link opens the page and a forged one
 * shows the form; a closed case says where to write instead. Each state passes axe.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { createStatusLinkToken } from '../../server/notifications/status-link';
import { createServices, type Services } from '../../server/services';
import { textLayerLetter } from '../fixtures/letters/text-layer-pdf';
import { deskAndBrowser, expectAccessible, text } from './harness';

const run = deskAndBrowser();
const PHONE = { width: 390, height: 844 };
let services: Services;
let pdfPath: string;
let clerk: Awaited<ReturnType<Services['auth']['listUsers']>>[number];

beforeAll(async () => {
  // The test reaches the desk's database beside the running server (SQLite in WAL mode allows it).
  services = createServices(loadConfig(run.desk.env));
  const admin = { id: 'e2e', role: 'admin' as const, departmentId: null, name: 'E2E' };
  clerk = (await services.auth.listUsers(admin)).find((u) => u.email === 'water@desk.example')!;
  pdfPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'desk-two-way-')), 'skaitiklio-nuotrauka.pdf');
  fs.writeFileSync(pdfPath, await textLayerLetter('Skaitiklio numeris 778899, nuotrauka pridedama'));
});
afterAll(async () => {
  await services?.close();
  if (pdfPath) fs.rmSync(path.dirname(pdfPath), { recursive: true, force: true });
});

async function petition(lang: 'lt' | 'en', status: 'awaiting_information' | 'closed') {
  const r = await services.cases.registerPetition({
    channel: 'web', kind: 'request', language: lang,
    petitioner: { name: 'Rūta Petraitienė', email: 'ruta@example.lt', phone: null, address: null },
    subject: 'Vandens skaitiklio keitimas', body: 'Prašau pakeisti vandens skaitiklį bute Žirmūnų g. 5-12.', departmentId: 'water', serviceId: null, files: [],
  });
  await services.cases.assignCase(clerk, r.number, clerk.id);
  await services.cases.changeCaseStatus(clerk, r.number, 'in_progress');
  const moves = status === 'closed' ? (['answered', 'closed'] as const) : (['awaiting_information'] as const);
  for (const to of moves) await services.cases.changeCaseStatus(clerk, r.number, to);
  return r;
}

async function phone(): Promise<Page> {
  const context = await run.browser.newContext({ viewport: PHONE, deviceScaleFactor: 1 });
  return context.newPage();
}

async function lookUp(page: Page, number: string, code: string) {
  await page.fill('input[name=number]', number);
  await page.fill('input[name=code]', code);
  const answer = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/status'));
  await page.click('form:has(input[name=code]) button[type=submit]');
  return answer;
}

describe('the two-way status page in Chromium', () => {
  it('a case awaiting information: the right code after wrong ones, then a PDF with a message, confirmed', async () => {
    const r = await petition('lt', 'awaiting_information');
    const page = await phone();
    await page.goto(`${run.desk.url}/lt/status`);
    expect(await page.getAttribute('html', 'lang')).toBe('lt');
    await expectAccessible(page, 'two-way-lookup-lt');

    // Ten wrong codes are answered "no match"; the eleventh is told to wait, with the wait in Lithuanian.
    for (let i = 0; i < 10; i += 1) expect((await lookUp(page, r.number, `WRNG-CODE-0000-00${String(i).padStart(2, '0')}`)).status()).toBe(200);
    await page.locator('[data-testid=lookup-error]', { hasText: text('lt', 'track.noMatch') }).waitFor();
    const slowed = await lookUp(page, r.number, 'WRNG-CODE-0000-0099');
    expect(slowed.status()).toBe(429);
    expect(Number(slowed.headers()['retry-after'])).toBeGreaterThan(0);
    const said = page.locator('[data-testid=lookup-error]');
    await said.filter({ hasText: 'sekund' }).waitFor();
    expect(await said.innerText()).toContain(text('lt', 'track.slowDown').split('{{wait}}')[0].slice(0, 40));
    await expectAccessible(page, 'two-way-slowed-lt');

    // The right code, at once, from the same browser and address.
    expect((await lookUp(page, r.number, r.trackingCode.toLowerCase())).status()).toBe(200);
    await page.locator('[data-testid=awaiting-information]').waitFor();
    expect(await page.locator('[data-testid=case-status]').innerText()).toBe(text('lt', 'status.awaiting_information'));
    expect(await page.locator('[data-testid=due-paused]').innerText()).toBe(text('lt', 'track.duePaused'));
    expect(await page.locator('[data-testid=clock-rule]').innerText()).toBe(text('lt', 'clock.rules.information_restart'));
    // What the desk waits for comes first: the panel, then the form that answers it, then the case.
    const order = await page.evaluate(() => ['[data-testid=awaiting-information]', '[data-testid=follow-up-form]', '#result-heading'].map((s) => document.querySelector(s)!.getBoundingClientRect().top));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await page.locator('[style]').count()).toBe(0);
    await expectAccessible(page, 'two-way-awaiting-lt');

    // Sending nothing is stopped in the browser, with the error summary focused.
    await page.click('[data-testid=follow-up-form] button[type=submit]');
    await page.locator('.error-summary', { hasText: text('lt', 'followUp.error.empty') }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await expectAccessible(page, 'two-way-empty-lt');

    await page.fill('textarea[name=text]', 'Skaitiklio numeris: 778899. Pridedu nuotrauką.');
    // With a scan of 190 KB: more than an ordinary form may carry, sent by the page's script (single fetch) all the same.
    await page.setInputFiles('input[name=files]', [pdfPath, path.resolve(import.meta.dirname, '../../../shared/corpus/scans/dev-en-housing-1.scan.pdf')]);
    await page.click('[data-testid=follow-up-form] button[type=submit]');
    await page.locator('[data-testid=message-sent]').waitFor();
    expect(await page.locator('[data-testid=message-sent]').innerText()).toContain('skaitiklio-nuotrauka.pdf');
    expect(await page.locator('[data-testid=message-sent]').innerText()).toContain('dev-en-housing-1.scan.pdf');
    await page.locator('[data-testid=case-status]', { hasText: text('lt', 'status.in_progress') }).waitFor();
    expect(await page.locator('[data-testid=awaiting-information]').count()).toBe(0);
    expect(await page.inputValue('textarea[name=text]')).toBe('');
    await expectAccessible(page, 'two-way-sent-lt');

    const view = await services.cases.getCaseForStaff(clerk, r.number);
    expect(view.kase.status).toBe('in_progress');
    const message = view.events.find((e) => e.type === 'message_received');
    expect(message).toMatchObject({ data: { channel: 'web', text: 'Skaitiklio numeris: 778899. Pridedu nuotrauką.' } });
    expect(view.documents.map((d) => d.filename)).toEqual(expect.arrayContaining(['skaitiklio-nuotrauka.pdf', 'dev-en-housing-1.scan.pdf']));
    await page.context().close();
  });

  it('the e-mailed link opens the page without the code (and leaves the address bar); a forged one shows the form', async () => {
    const r = await petition('en', 'awaiting_information');
    const page = await phone();
    await page.goto(`${run.desk.url}/en/status?t=${encodeURIComponent(`${r.number}.zzzzzz.${'A'.repeat(43)}`)}`);
    await page.locator('[data-testid=link-invalid]').waitFor();
    expect(await page.locator('input[name=code]').count()).toBe(1);
    await expectAccessible(page, 'two-way-link-invalid-en');

    const token = createStatusLinkToken(services.secret, r.number, new Date());
    await page.goto(`${run.desk.url}/en/status?t=${encodeURIComponent(token)}`);
    await page.locator('[data-testid=awaiting-information]').waitFor();
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('[data-testid=case-heading]').innerText()).toContain(r.number);
    expect(await page.content()).not.toContain(r.trackingCode);
    await page.context().close();
  });

  it('a closed case says where to write instead, and offers no upload', async () => {
    const r = await petition('lt', 'closed');
    const page = await phone();
    await page.goto(`${run.desk.url}/lt/status?t=${encodeURIComponent(createStatusLinkToken(services.secret, r.number, new Date()))}`);
    await page.locator('[data-testid=no-more-messages]').waitFor();
    expect(await page.locator('input[type=file]').count()).toBe(0);
    expect(await page.locator('[data-testid=no-more-messages]').innerText()).toContain(text('lt', 'followUp.closedTitle'));
    await expectAccessible(page, 'two-way-closed-lt');
    await page.context().close();
  });
});
