/**
 * Visits by appointment in Chromium: the 1664 line books by keyboard alone (and is told, in its
 * language, when the time was taken meanwhile); a resident books in Polish, is refused a wrong code,
 * and cancels, freeing the time again; the counter opens a case from a visit, checks it in and serves
 * it with a note that lands on the case; a walk-in takes today's next free time. Every page is axe
 * clean at 1280 px and at 390 px, where it never scrolls sideways.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { createServices, type Services } from '../../server/services';
import { deskAndBrowser, expectAccessible, signIn, text } from './harness';

const run = deskAndBrowser();
let services: Services;

beforeAll(async () => {
  // Beside the running server, on its database (SQLite in WAL mode allows it), as the authorisation matrix does.
  services = createServices(loadConfig(run.desk.env));
});
afterAll(async () => {
  await services?.close();
});

const vilniusToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Vilnius' }).format(new Date());

/** Axe at both widths (the page's state kept), and no sideways scrolling on the phone. */
async function checkBothWidths(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectAccessible(page, `${name}-1280`);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page, `${name}-390`);
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll, `${name} is ${widths.scroll} px wide at 390 px`).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Presses Tab until the focus is on an element matching `selector`. */
async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Free counters at one service point and start (a slot "is free again" when this count comes back). */
async function freeCounters(service: string, date: string, pointId: string, start: string): Promise<number> {
  return (await services.visits.freeSlots(service, date, { servicePointId: pointId })).filter((s) => s.start === start).length;
}

async function pointOf(departmentId: string) {
  return (await services.visits.listServicePoints()).find((p) => p.departmentId === departmentId)!;
}

describe('visits by appointment in Chromium', () => {
  it('the phone line books by keyboard alone, and hears of a time taken meanwhile in its language', async () => {
    const page = await run.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, run.desk.url, 'registry@desk.example');
    await page.goto(`${run.desk.url}/staff/visits`);
    await checkBothWidths(page, 'visits-phone-service');

    // The matter: the select, moved with the arrow keys to the archive's certificate, then Continue.
    await tabTo(page, 'select[name=service]');
    for (let i = 0; i < 40 && (await page.locator('select[name=service]').inputValue()) !== 'archive-certificate'; i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator('select[name=service]').inputValue()).toBe('archive-certificate');
    await tabTo(page, '[data-testid=choose-service]');
    await Promise.all([page.waitForURL(/service=archive-certificate/), page.keyboard.press('Enter')]);
    await page.waitForFunction(() => document.activeElement?.id === 'step-remote');

    // The remote way is offered first; the visit goes on only with the reason.
    await page.locator('[data-testid=e-service-link]').waitFor();
    await checkBothWidths(page, 'visits-phone-remote');
    await tabTo(page, 'textarea[name=why]');
    await page.keyboard.type('Reikia parodyti dokumentų originalus');
    await tabTo(page, '[data-testid=to-slots]');
    await Promise.all([page.waitForURL(/need=1/), page.keyboard.press('Enter')]);
    await page.waitForFunction(() => document.activeElement?.id === 'step-day');

    // A time: Tab into the radio group, Space chooses the first, ArrowDown the next.
    await tabTo(page, 'input[name=slot]');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    const chosen = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    expect(await page.locator(`input[name=slot][value="${chosen}"]`).isChecked()).toBe(true);
    await tabTo(page, 'input[name=name]');
    await page.keyboard.type('Jonas Jonaitis');
    await tabTo(page, 'input[name=phone]');
    await page.keyboard.type('+370 612 34567');
    await tabTo(page, 'input[name=email]');
    await page.keyboard.type('jonas@example.org');
    await checkBothWidths(page, 'visits-phone-slots');

    // Meanwhile another line takes that time at every counter: the booking is refused, said in the alert, the times reloaded.
    const [pointId, start] = chosen.split('|') as [string, string];
    const date = start.slice(0, 10);
    for (let i = 0; (await freeCounters('archive-certificate', date, pointId, start)) > 0; i++) {
      await services.visits.bookVisit(null, {
        serviceSlug: 'archive-certificate', start, servicePointId: pointId, channel: 'web', whyVisit: 'test',
        person: { name: `Other caller ${i}`, phone: `+370 600 1000${i}`, email: null, language: 'lt' },
      });
    }
    await tabTo(page, '[data-testid=book-visit]');
    await page.keyboard.press('Enter');
    const alert = page.locator('.error-summary[role=alert]');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(text('lt', 'errors.visit_slot_taken'));
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary') ?? false);
    // The free times are loaded anew after the refusal: the taken one is gone.
    await page.waitForFunction((value) => document.querySelector(`input[name=slot][value="${value}"]`) === null, chosen);
    await checkBothWidths(page, 'visits-phone-taken');

    // Another time, by keyboard again: the reference and the six-digit code, the focus on them.
    await tabTo(page, 'input[name=slot]');
    await page.keyboard.press('Space');
    await tabTo(page, '[data-testid=book-visit]');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=visit-confirmation]').waitFor();
    expect(await focusedId(page)).toBe('visit-confirmed');
    const reference = (await page.locator('[data-testid=visit-reference]').innerText()).trim();
    const code = (await page.locator('[data-testid=visit-code]').innerText()).trim();
    expect(reference).toMatch(/^V-\d{4}-\d+$/);
    expect(code).toMatch(/^\d{6}$/);
    const visit = await services.visits.findVisitForResident(reference, code);
    expect(visit).toMatchObject({ channel: 'phone', serviceSlug: 'archive-certificate', whyVisit: 'Reikia parodyti dokumentų originalus', status: 'booked' });
    expect(visit.person).toMatchObject({ name: 'Jonas Jonaitis', email: 'jonas@example.org' });
    await checkBothWidths(page, 'visits-phone-booked');
    await page.close();
  });

  it('a resident books in Polish, is refused a wrong code, and cancels: the time is free again', async () => {
    const page = await run.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${run.desk.url}/pl/visits`);
    await page.getByRole('link', { name: text('pl', 'visits.publicNav') }).waitFor();
    await checkBothWidths(page, 'visits-pl-service');
    await page.selectOption('select[name=service]', 'archive-certificate');
    await Promise.all([page.waitForURL(/service=archive-certificate/), page.click('[data-testid=choose-service]')]);

    // The remote way first: the e-service link comes before "I still need to come", which needs a reason.
    await page.locator('[data-testid=to-slots]').waitFor();
    const order = await page.evaluate(() => {
      const link = document.querySelector('[data-testid=e-service-link]');
      const button = document.querySelector('[data-testid=to-slots]');
      return link && button ? link.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
    await checkBothWidths(page, 'visits-pl-remote');
    await page.click('[data-testid=to-slots]');
    await page.getByText(text('pl', 'form.error.required').replace('{{field}}', text('pl', 'visits.field.why'))).waitFor();
    await page.fill('textarea[name=why]', 'Muszę okazać oryginał aktu');
    await Promise.all([page.waitForURL(/need=1/), page.click('[data-testid=to-slots]')]);

    const slot = page.locator('input[name=slot]').first();
    const chosen = await slot.getAttribute('value');
    const [pointId, start] = chosen!.split('|') as [string, string];
    const date = start.slice(0, 10);
    const freeBefore = await freeCounters('archive-certificate', date, pointId, start);
    await slot.check();
    await page.fill('input[name=name]', 'Anna Kowalska');
    await page.fill('input[name=phone]', '+370 698 76543');
    await page.fill('input[name=email]', 'anna@example.org');
    await checkBothWidths(page, 'visits-pl-slots');
    await page.click('[data-testid=book-visit]');
    await page.locator('[data-testid=visit-confirmation]').waitFor();
    const reference = (await page.locator('[data-testid=visit-reference]').innerText()).trim();
    const code = (await page.locator('[data-testid=visit-code]').innerText()).trim();
    expect(await page.getByText(text('pl', 'visits.public.emailSent').replace('{{email}}', 'anna@example.org')).count()).toBe(1);
    expect(await freeCounters('archive-certificate', date, pointId, start)).toBe(freeBefore - 1);
    const booked = await services.visits.findVisitForResident(reference, code);
    expect(booked).toMatchObject({ channel: 'web', start, person: { language: 'pl', name: 'Anna Kowalska' } });
    await checkBothWidths(page, 'visits-pl-booked');

    // Manage: a wrong code finds nothing (one message, whatever was wrong); the right one shows the visit.
    await page.goto(`${run.desk.url}/pl/visits/manage`);
    await checkBothWidths(page, 'visits-pl-manage');
    await page.fill('input[name=reference]', reference);
    await page.fill('input[name=code]', code === '000000' ? '111111' : '000000');
    await page.click('[data-testid=find-visit]');
    expect(await page.locator('[data-testid=manage-error]').innerText()).toContain(text('pl', 'visits.manage.noMatch'));
    await page.fill('input[name=code]', code);
    await page.click('[data-testid=find-visit]');
    await page.locator('[data-testid=manage-heading]').waitFor();
    expect(await page.locator('[data-testid=visit-status]').innerText()).toBe(text('pl', 'visits.status.booked'));
    await checkBothWidths(page, 'visits-pl-visit');
    await page.click('[data-testid=cancel-visit]');
    await page.getByText(text('pl', 'visits.manage.cancelAsk')).waitFor();
    await checkBothWidths(page, 'visits-pl-cancel-ask');
    await page.click('[data-testid=cancel-yes]');
    expect(await page.locator('[data-testid=manage-done]').innerText()).toBe(text('pl', 'visits.manage.cancelled'));
    expect(await page.locator('[data-testid=visit-status]').innerText()).toBe(text('pl', 'visits.status.cancelled'));
    await checkBothWidths(page, 'visits-pl-cancelled');

    // The time is offered again, on the page too.
    expect(await freeCounters('archive-certificate', date, pointId, start)).toBe(freeBefore);
    await page.goto(`${run.desk.url}/pl/visits?service=archive-certificate&need=1&why=x&date=${date}`);
    expect(await page.locator(`input[name=slot][value="${chosen}"]`).count()).toBe(1);
    await page.close();
  });

  for (const lang of ['lt', 'ru', 'en'] as const) {
    it(`a resident books in ${lang} a matter that needs a visit, then moves it to another time`, async () => {
      const page = await run.browser.newPage({ viewport: { width: 390, height: 800 } });
      await page.goto(`${run.desk.url}/${lang}/visits`);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      await page.selectOption('select[name=service]', 'marriage-registration');
      await Promise.all([page.waitForURL(/service=marriage-registration/), page.click('[data-testid=choose-service]')]);
      // Nothing remote to offer for a marriage: the free times come at once, in the page's language.
      const slots = page.locator('input[name=slot]');
      await slots.first().waitFor();
      const first = (await slots.first().getAttribute('value'))!;
      await slots.first().check();
      await page.fill('input[name=name]', `Resident ${lang}`);
      await page.fill('input[name=phone]', `+370 611 0${lang === 'lt' ? 1 : lang === 'ru' ? 2 : 3}000`);
      await page.click('[data-testid=book-visit]');
      await page.locator('[data-testid=visit-confirmation]').waitFor();
      const reference = (await page.locator('[data-testid=visit-reference]').innerText()).trim();
      const code = (await page.locator('[data-testid=visit-code]').innerText()).trim();
      expect(await services.visits.findVisitForResident(reference, code)).toMatchObject({ start: first.split('|')[1], person: { language: lang } });

      await page.goto(`${run.desk.url}/${lang}/visits/manage`);
      await page.fill('input[name=reference]', reference);
      await page.fill('input[name=code]', code);
      await page.click('[data-testid=find-visit]');
      await page.locator('[data-testid=manage-heading]').waitFor();
      expect(await page.locator('[data-testid=visit-status]').innerText()).toBe(text(lang, 'visits.status.booked'));
      await page.click('[data-testid=show-move]');
      const other = page.locator('input[name=slot]').nth(3);
      const target = (await other.getAttribute('value'))!;
      await other.check();
      await page.click('[data-testid=move-visit]');
      expect(await page.locator('[data-testid=manage-done]').innerText()).toBe(text(lang, 'visits.manage.moved'));
      await expectAccessible(page, `visits-${lang}-moved-390`);
      expect(await services.visits.findVisitForResident(reference, code)).toMatchObject({ start: target.split('|')[1], status: 'booked' });
      await page.close();
    });
  }

  it("the counter's day: a case opened from the visit, check-in, served with a note that lands on the case", async () => {
    const point = await pointOf('civil-registry');
    const today = vilniusToday();
    const day = (await services.visits.freeSlots('marriage-registration', today, { servicePointId: point.id })).length > 0
      ? today
      : (await services.visits.freeDays('marriage-registration', today, 21, { servicePointId: point.id })).find((d) => d.free > 0)!.date;
    const [slot] = await services.visits.freeSlots('marriage-registration', day, { servicePointId: point.id });
    const { visit } = await services.visits.bookVisit(null, {
      serviceSlug: 'marriage-registration', start: slot!.start, servicePointId: point.id, channel: 'web', whyVisit: null,
      person: { name: 'Ieva Petraitė', phone: '+370 611 22334', email: null, language: 'lt' },
    });

    const page = await run.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, run.desk.url, 'civil-registry@desk.example');
    await page.goto(`${run.desk.url}/staff/visits/day?point=${point.id}&date=${day}`);
    const card = page.locator(`[data-testid="visit-${visit.reference}"]`);
    expect(await card.locator('[data-testid=visit-status]').innerText()).toBe(text('lt', 'visits.status.booked'));
    await checkBothWidths(page, 'visits-day');

    await card.locator('summary').click();
    await card.locator('textarea[name=body]').fill('Santuokos registracija, abu sutuoktiniai atvyks');
    await card.locator('[data-testid=open-case]').click();
    const caseLink = card.locator('[data-testid=visit-case]');
    await caseLink.waitFor();
    const caseNumber = (await caseLink.innerText()).replace(text('lt', 'visits.day.caseLinked').replace('{{number}}', ''), '').trim();
    expect(await caseLink.getAttribute('href')).toBe(`/staff/cases/${caseNumber}`);

    await card.locator('[data-testid=check-in]').click();
    await card.locator('textarea[name=notes]').waitFor();
    expect(await card.locator('[data-testid=visit-status]').innerText()).toBe(text('lt', 'visits.status.checked_in'));
    await checkBothWidths(page, 'visits-day-checked-in');
    await card.locator('textarea[name=notes]').fill('Pateikti gimimo liudijimai, sutuoktuvių data suderinta');
    await card.locator('[data-testid=served]').click();
    await page.waitForFunction((ref) => document.querySelector(`[data-testid="visit-${ref}"] .visit-status-served`) !== null, visit.reference);
    expect(await card.locator('.visit-notes').innerText()).toContain('sutuoktuvių data suderinta');

    await page.goto(`${run.desk.url}/staff/cases/${caseNumber}`);
    expect(await page.getByText('Pateikti gimimo liudijimai, sutuoktuvių data suderinta').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('a walk-in takes the next free time of today, or is told none is left', async () => {
    const point = await pointOf('civil-registry');
    const today = vilniusToday();
    const free = await services.visits.freeSlots('birth-registration', today, { servicePointId: point.id });
    const page = await run.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, run.desk.url, 'civil-registry@desk.example');
    await page.goto(`${run.desk.url}/staff/visits/day?point=${point.id}&date=${today}`);
    const open = await page.locator('[data-testid=walk-in-book]').count();
    if (free.length === 0) {
      // Closed, or after the last free time: the counter is not offered a walk-in it could not give.
      if (open > 0) {
        await page.fill('input[name=name]', 'Petras Petraitis');
        await page.fill('input[name=phone]', '+370 622 33445');
        await page.click('[data-testid=walk-in-book]');
        expect(await page.locator('[data-testid=counter-message]').innerText()).toContain(text('lt', 'errors.visit_closed'));
      }
      await page.close();
      return;
    }
    await page.selectOption('select[name=service]', 'birth-registration');
    await page.fill('input[name=name]', 'Petras Petraitis');
    await page.fill('input[name=phone]', '+370 622 33445');
    await checkBothWidths(page, 'visits-walk-in');
    await page.click('[data-testid=walk-in-book]');
    const message = await page.locator('[data-testid=counter-message]').innerText();
    expect(message).toContain('Petras Petraitis');
    expect(message).toContain(free[0]!.start.slice(11, 16));
    const day = await services.visits.counterDay({ id: 'test', role: 'admin', departmentId: null, name: 'Test' }, point.id, today);
    const walkIn = day.counters.flatMap((c) => c.visits).find((v) => v.person.name === 'Petras Petraitis')!;
    expect(walkIn).toMatchObject({ channel: 'walk_in', start: free[0]!.start, serviceSlug: 'birth-registration' });
    // The day's list, loaded anew after the booking, has it at its counter.
    const card = page.locator(`#counter-${walkIn.counter} ~ ol [data-testid="visit-${walkIn.reference}"]`);
    await card.waitFor();
    expect(await card.innerText()).toContain(text('lt', 'visits.channel.walk_in'));
    await page.close();
  });

  it("the managers' report: both tables with captions and headers, the bookings counted; a clerk has no report", async () => {
    const page = await run.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, run.desk.url, 'manager@desk.example');
    await page.click(`nav a:text-is("${text('lt', 'visits.navReport')}")`);
    await page.waitForURL(/\/staff\/visits\/report/);
    expect(await page.locator('[data-testid=points-table] caption').innerText()).toBe(text('lt', 'visits.report.pointsCaption'));
    expect(await page.locator('[data-testid=calls-table] caption').innerText()).toBe(text('lt', 'visits.report.callsCaption'));
    expect(await page.locator('[data-testid=points-table] thead th[scope=col]').count()).toBe(9);
    // The visits booked above are in the figures: some row counts bookings.
    const bookings = await page.locator('[data-testid=points-table] tbody tr td:nth-of-type(2)').allInnerTexts();
    expect(bookings.map((b) => Number(b.replace(/\s/g, ''))).some((n) => n > 0)).toBe(true);
    await checkBothWidths(page, 'visits-report');
    // A clerk has neither the link nor the page.
    const clerk = await run.browser.newPage();
    await signIn(clerk, run.desk.url, 'civil-registry@desk.example');
    expect(await clerk.locator(`nav a:text-is("${text('lt', 'visits.navReport')}")`).count()).toBe(0);
    expect((await clerk.goto(`${run.desk.url}/staff/visits/report`))!.status()).toBe(403);
    await clerk.close();
    await page.close();
  });
});
