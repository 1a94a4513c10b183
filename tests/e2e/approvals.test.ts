/**
 * Four eyes in Chromium: a clerk of a four-eyes department asks for approval, the manager sees the
 * count in the header, returns the reply from the queue with a comment, the clerk reads the
 * comment in the editor and in their notifications, asks again, and the manager approves from the
 * queue. The queue and the notifications page pass axe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadConfig } from '../../server/config';
import { createServices, type Services } from '../../server/services';
import { deskAndBrowser, expectAccessible, signIn, text } from './harness';

const run = deskAndBrowser();
let services: Services;
let caseNumber: string;
let replyId: string;

beforeAll(async () => {
  // No demo department works with four eyes: water does here, set beside the running desk as an admin would.
  services = createServices(loadConfig(run.desk.env));
  const admin = { id: 'e2e', role: 'admin' as const, departmentId: null, name: 'E2E' };
  const water = (await services.departments.listDepartments()).find((d) => d.id === 'water')!;
  await services.departments.updateDepartment(admin, 'water', { legalName: water.legalName, names: water.names, email: water.email, active: true, fourEyes: true });
  const clerk = (await services.auth.listUsers(admin)).find((u) => u.email === 'water@desk.example')!;
  const registered = await services.cases.registerPetition({
    channel: 'web', kind: 'request', language: 'lt',
    petitioner: { name: 'Jonas Jonaitis', email: null, phone: null, address: 'Ukmergės g. 20, Vilnius' },
    subject: 'Vandens skaitiklio keitimas', body: 'Prašau pakeisti vandens skaitiklį bute.', departmentId: 'water', serviceId: null, files: [],
  });
  caseNumber = registered.number;
  replyId = await services.replies.startReply(clerk, caseNumber, 'acknowledgement');
}, 120_000);

afterAll(async () => {
  await services?.close();
});

/** Reloads until the selector shows: the desk tells people of events within a second or two. */
async function reloadUntil(page: Page, selector: string, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if ((await page.locator(selector).count()) > 0) return;
    if (Date.now() > until) throw new Error(`never showed: ${selector}`);
    await page.waitForTimeout(500);
    await page.reload();
  }
}

describe('approvals and staff notifications in Chromium', () => {
  it('a manager returns a reply with a comment from the queue, the clerk reads it and asks again, the manager approves', { timeout: 180_000 }, async () => {
    const clerkContext = await run.browser.newContext();
    const clerk = await clerkContext.newPage();
    await signIn(clerk, run.desk.url, 'water@desk.example');
    await clerk.goto(`${run.desk.url}/staff/replies/${replyId}`);
    await clerk.click(`button:text-is("${text('lt', 'reply.requestApproval')}")`);
    await clerk.locator('.flash', { hasText: text('lt', 'reply.sentForApproval') }).waitFor();

    const managerContext = await run.browser.newContext();
    const manager = await managerContext.newPage();
    await signIn(manager, run.desk.url, 'manager@desk.example');
    const approvalsLink = manager.locator('[data-testid=approvals-link]');
    await expect(approvalsLink.innerText()).resolves.toBe(text('lt', 'approvals.nav').replace('{{n}}', '1'));
    // The manager is told too: the badge counts unread entries, and says so in words to a screen reader.
    await reloadUntil(manager, '[data-testid=unread-badge]');
    const unread = Number(await manager.locator('[data-testid=unread-badge]').innerText());
    expect(unread).toBeGreaterThan(0);
    await expect(manager.locator('[data-testid=notifications-link] .visually-hidden').innerText()).resolves.toContain(String(unread));

    await approvalsLink.click();
    await manager.waitForURL(/\/staff\/approvals$/);
    const row = manager.locator(`[data-testid=approval-row][data-case="${caseNumber}"]`);
    await expect(row.innerText()).resolves.toContain('Rasa Vaitkienė');
    await expect(row.locator(`a[href="/staff/cases/${caseNumber}"]`).count()).resolves.toBe(1);
    await expectAccessible(manager, 'approvals-queue');

    // Returning needs a comment: the browser will not send an empty one.
    const comment = 'Nurodykite gatvę pirmoje eilutėje.';
    await row.locator('textarea[name=comment]').fill(comment);
    await row.locator(`button:text-is("${text('lt', 'reply.return')}")`).click();
    await manager.locator('[data-testid=approvals-result]', { hasText: text('lt', 'reply.returned') }).waitFor();
    await manager.locator('[data-testid=approvals-empty]').waitFor();

    // The clerk reads who returned it and why, in the editor and in the notifications.
    await clerk.goto(`${run.desk.url}/staff/replies/${replyId}`);
    const returned = clerk.locator('[data-testid=returned-comment]');
    await expect(returned.innerText()).resolves.toContain(comment);
    await expect(returned.innerText()).resolves.toContain('Ona Vadovaitė');
    await reloadUntil(clerk, '[data-testid=unread-badge]');
    await clerk.locator('[data-testid=notifications-link]').click();
    await clerk.waitForURL(/\/staff\/notifications$/);
    const entry = clerk.locator('[data-testid=notification][data-kind=reply_returned]');
    await reloadUntil(clerk, '[data-testid=notification][data-kind=reply_returned]');
    await expect(entry.innerText()).resolves.toContain(comment);
    await expect(entry.innerText()).resolves.toContain(text('lt', 'staffNotifications.kind.reply_returned'));
    await expect(entry.getAttribute('data-unread')).resolves.toBe('true');
    await expectAccessible(clerk, 'staff-notifications');
    await entry.locator(`button:text-is("${text('lt', 'staffNotifications.markRead')}")`).click();
    await clerk.locator('[data-testid=notification][data-kind=reply_returned][data-unread=false]').waitFor();

    // Asked again; approved from the queue.
    await clerk.goto(`${run.desk.url}/staff/replies/${replyId}`);
    await clerk.click(`button:text-is("${text('lt', 'reply.requestApproval')}")`);
    await clerk.locator('.flash', { hasText: text('lt', 'reply.sentForApproval') }).waitFor();
    await manager.goto(`${run.desk.url}/staff/approvals`);
    await manager.locator(`[data-testid=approval-row][data-case="${caseNumber}"] button:text-is("${text('lt', 'reply.approve')}")`).click();
    await manager.locator('[data-testid=approvals-result]', { hasText: text('lt', 'reply.approved') }).waitFor();
    await manager.locator('[data-testid=approvals-empty]').waitFor();
    await manager.locator('[data-testid=approvals-link]', { hasText: text('lt', 'approvals.nav').replace('{{n}}', '0') }).waitFor({ timeout: 5_000 }).catch(async (e) => {
      const html = await manager.locator('nav').innerHTML();
      throw new Error(`header count after approving: ${html}\n${String(e)}`);
    });
    await clerk.goto(`${run.desk.url}/staff/replies/${replyId}`);
    await clerk.locator('.badge', { hasText: text('lt', 'reply.status.approved') }).waitFor();
    await expect(clerk.locator('[data-testid=returned-comment]').count()).resolves.toBe(0);
    await clerkContext.close();
    await managerContext.close();
  });
});
