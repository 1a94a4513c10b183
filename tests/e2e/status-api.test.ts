/**
 * The status lookup as JSON (POST /api/v1/status) on the built desk: the right code gives the case's
 * public view — never a clerk's note — a wrong one the same 404 as an unknown number, a malformed body 400,
 * and guessing is slowed by the same throttle as the status page.
 */
import { describe, expect, it } from 'vitest';
import { deskAndBrowser, signIn } from './harness';

const run = deskAndBrowser();

const lookUp = (body: unknown) =>
  fetch(`${run.desk.url}/api/v1/status`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('the status API', () => {
  it('answers the public view for the right code, and nothing else', async () => {
    const page = await run.browser.newPage();
    await page.goto(`${run.desk.url}/en/petition`);
    await page.fill('input[name=name]', 'Anna Test');
    await page.fill('input[name=subject]', 'Broken street light');
    await page.fill('textarea[name=body]', 'The street light outside Gedimino pr. 9 has been broken for two weeks. Please repair it.');
    await page.check('input[name=consent]');
    await page.click('form button[type=submit]');
    const number = (await page.locator('[data-testid=case-number]').innerText()).trim();
    const code = (await page.locator('[data-testid=tracking-code]').innerText()).trim();
    await page.close();

    // A clerk's internal note must never reach the resident's view.
    const context = await run.browser.newContext();
    const clerk = await context.newPage();
    await signIn(clerk, run.desk.url, 'manager@desk.example');
    await clerk.goto(`${run.desk.url}/staff/cases/${number}`);
    await clerk.fill('textarea[name=text]', 'INTERNAL: do not tell the resident');
    await clerk.locator('form', { has: clerk.locator('textarea[name=text]') }).locator('button[type=submit]').click();
    await clerk.locator('text=INTERNAL: do not tell the resident').first().waitFor();
    await context.close();

    const ok = await lookUp({ number, code });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    const view = (await ok.json()) as { number: string; status: string; timeline: unknown[] };
    expect(view.number).toBe(number);
    expect(view.timeline.length).toBeGreaterThan(0);
    expect(JSON.stringify(view)).not.toContain('INTERNAL');

    const wrong = await lookUp({ number, code: 'AAAA-BBBB-CCCC-DDDD' });
    const unknown = await lookUp({ number: 'VLN-2026-999999', code });
    expect([wrong.status, unknown.status]).toEqual([404, 404]);
    expect(await wrong.json()).toEqual(await unknown.json());
    expect((await lookUp({ number: 42 })).status).toBe(400);
    const huge = await fetch(`${run.desk.url}/api/v1/status`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ number, code: 'x'.repeat(10_000) }) });
    expect(huge.status).toBe(413);
  });
});
