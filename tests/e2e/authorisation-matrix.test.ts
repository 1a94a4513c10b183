/**
 * The authorisation matrix, generated from the route list: every route module in app/routes must
 * have a row here (a new route fails this test until someone says who may use it), and every
 * loader and action is called over HTTP, against the real built desk, by every role — anonymous,
 * a clerk of the department that owns the case, a clerk of another department, a manager and an
 * admin — on one department's case, its document and its reply.
 *
 * Expected outcomes: `ok` (served), `login` (sent to sign in), `forbidden` (403), `notFound`
 * (404: another department's case is not admitted to exist), `refused` (any 4xx, or the sign-in
 * redirect: the request changed nothing it may not).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { createServices, type Services } from '../../server/services';
import { startDesk, DEMO_PASSWORD, type RunningDesk } from './harness';

type Role = 'anonymous' | 'clerk' | 'otherClerk' | 'manager' | 'admin' | 'registry';
type Outcome = 'ok' | 'login' | 'forbidden' | 'notFound' | 'refused';
const ROLES: Role[] = ['anonymous', 'clerk', 'otherClerk', 'manager', 'admin', 'registry'];

interface Objects {
  caseNumber: string;
  documentId: string;
  replyId: string;
  /** The archive's service point, and a visit booked there on its next free day. */
  servicePointId: string;
  visitId: string;
  visitReference: string;
  visitDate: string;
  /** The demo data's campaign (the desk puts its copies together as it dispatches their events). */
  campaignId: string;
}

interface Probe {
  url(o: Objects): string;
  /** The form an action is sent (the CSRF token is added). */
  form?: (o: Objects) => Record<string, string>;
  expect: Record<Role, Outcome>;
  /** A stream that never ends by itself (server-sent events): only its status is read. */
  stream?: boolean;
  /** Sent as multipart/form-data with this file (the CSRF token first, as the desk's forms do). */
  file?: { name: string; type: string };
}

interface RouteRow {
  loader?: Probe;
  action?: Probe;
  /** A layout or redirect-only module, covered by the URLs of its children. */
  coveredBy?: string;
  /** More ways into the same module (another intent of its action, a query its loader acts on). */
  more?: { kind: 'loader' | 'action'; probe: Probe }[];
}

const everyone = (outcome: Outcome): Record<Role, Outcome> => ({ anonymous: outcome, clerk: outcome, otherClerk: outcome, manager: outcome, admin: outcome, registry: outcome });
const staff: Record<Role, Outcome> = { anonymous: 'login', clerk: 'ok', otherClerk: 'ok', manager: 'ok', admin: 'ok', registry: 'ok' };
// The registry reads only the cases it registered, until routed: the probed case is a department's.
const caseStaff: Record<Role, Outcome> = { anonymous: 'login', clerk: 'ok', otherClerk: 'notFound', manager: 'ok', admin: 'ok', registry: 'notFound' };
const caseAction: Record<Role, Outcome> = { anonymous: 'refused', clerk: 'ok', otherClerk: 'notFound', manager: 'ok', admin: 'ok', registry: 'notFound' };
const adminOnly: Record<Role, Outcome> = { anonymous: 'login', clerk: 'forbidden', otherClerk: 'forbidden', manager: 'forbidden', admin: 'ok', registry: 'forbidden' };
const adminAction: Record<Role, Outcome> = { anonymous: 'refused', clerk: 'forbidden', otherClerk: 'forbidden', manager: 'forbidden', admin: 'ok', registry: 'forbidden' };

/** One row per file in app/routes. */
const ROUTES: Record<string, RouteRow> = {
  '_index.tsx': { loader: { url: () => '/', expect: everyone('ok') } },
  '$lang.tsx': { coveredBy: '$lang._index.tsx' },
  '$lang._index.tsx': { loader: { url: () => '/en', expect: everyone('ok') } },
  '$lang.petition.tsx': {
    loader: { url: () => '/pl/petition', expect: everyone('ok') },
    // Anyone may petition; an incomplete form is answered with its errors, whoever sends it.
    action: { url: () => '/pl/petition', form: () => ({ subject: '' }), file: { name: 'scan.png', type: 'image/png' }, expect: everyone('ok') },
  },
  '$lang.status.tsx': {
    loader: { url: () => '/ru/status', expect: everyone('ok') },
    // A wrong code finds nothing, whoever asks: staff get no shortcut to a resident's view.
    action: { url: () => '/ru/status', form: (o) => ({ number: o.caseNumber, code: 'AAAA-BBBB-CCCC' }), expect: everyone('ok') },
    more: [
      // A forged one-click link grants nothing: the lookup form, whoever opens it.
      { kind: 'loader', probe: { url: (o) => `/ru/status?t=${o.caseNumber}.zzzzzz.${'A'.repeat(43)}`, expect: everyone('ok') } },
      // Writing to a case needs the grant of a lookup with its code or of the link: no role has one here.
      { kind: 'action', probe: { url: () => '/ru/status', form: () => ({ text: 'Matrix check' }), file: { name: 'scan.png', type: 'image/png' }, expect: everyone('notFound') } },
    ],
  },
  // A reply is downloaded only by a browser that looked the case up with its code.
  '$lang.replies.$id.tsx': { loader: { url: (o) => `/en/replies/${o.documentId}`, expect: everyone('notFound') } },
  'staff.tsx': { coveredBy: 'staff._index.tsx' },
  'staff._index.tsx': {
    loader: { url: () => '/staff', expect: staff },
    // Saved views and bulk actions: each case of a selection is checked by its own use case (tests/integration/inbox.test.ts).
    action: { url: () => '/staff?index', form: () => ({ intent: 'none' }), expect: { anonymous: 'refused', clerk: 'ok', otherClerk: 'ok', manager: 'ok', admin: 'ok', registry: 'ok' } },
  },
  'staff.inbox.events.tsx': { loader: { url: () => '/staff/inbox/events', expect: staff, stream: true } },
  // The exports carry only what the viewer's inbox shows them (scope applied in cases/list-inbox.ts).
  'staff.inbox[.]csv.tsx': { loader: { url: () => '/staff/inbox.csv?status=any', expect: staff } },
  'staff.inbox[.]xlsx.tsx': { loader: { url: () => '/staff/inbox.xlsx?status=any', expect: staff } },
  'staff_.login.tsx': {
    loader: { url: () => '/staff/login', expect: everyone('ok') },
    // A failed sign-in (an account that does not exist) is answered the same, whoever asks.
    action: { url: () => '/staff/login', form: () => ({ email: 'nobody@desk.example', password: 'not the password' }), expect: everyone('ok') },
  },
  'staff.admin.departments.tsx': {
    loader: { url: () => '/staff/admin/departments', expect: adminOnly },
    action: { url: () => '/staff/admin/departments', form: () => ({ intent: 'none' }), expect: adminAction },
  },
  'staff.admin.users.tsx': {
    loader: { url: () => '/staff/admin/users', expect: adminOnly },
    action: { url: () => '/staff/admin/users', form: () => ({ intent: 'none' }), expect: adminAction },
  },
  'staff.deadlines.tsx': {
    loader: { url: () => '/staff/deadlines', expect: { anonymous: 'login', clerk: 'forbidden', otherClerk: 'forbidden', manager: 'ok', admin: 'ok', registry: 'forbidden' } },
  },
  // The deadlines lists in full, and the cockpit with its tables as downloads: managers and admins only.
  'staff.deadlines[.]csv.tsx': { loader: { url: () => '/staff/deadlines.csv', expect: { anonymous: 'login', clerk: 'forbidden', otherClerk: 'forbidden', manager: 'ok', admin: 'ok', registry: 'forbidden' } } },
  'staff.deadlines[.]xlsx.tsx': { loader: { url: () => '/staff/deadlines.xlsx', expect: { anonymous: 'login', clerk: 'forbidden', otherClerk: 'forbidden', manager: 'ok', admin: 'ok', registry: 'forbidden' } } },
  'staff.reports.tsx': { loader: { url: () => '/staff/reports', expect: { anonymous: 'login', clerk: 'forbidden', otherClerk: 'forbidden', manager: 'ok', admin: 'ok', registry: 'forbidden' } } },
  'staff.reports_.$file.tsx': { loader: { url: () => '/staff/reports/by-clerk.xlsx', expect: { anonymous: 'login', clerk: 'forbidden', otherClerk: 'forbidden', manager: 'ok', admin: 'ok', registry: 'forbidden' } } },
  // The approval queue is a manager's (an admin's too); the probed reply is a draft, so approving it is answered inline with its conflict.
  // Campaigns are a manager's (an admin's too), their list and each one; the probed action takes a case out
  // of the campaign that is not in it, answered inline.
  'staff.campaigns.tsx': { loader: { url: () => '/staff/campaigns', expect: { anonymous: 'login', clerk: 'forbidden', otherClerk: 'forbidden', manager: 'ok', admin: 'ok', registry: 'forbidden' } } },
  'staff.campaigns_.$id.tsx': {
    loader: { url: (o) => `/staff/campaigns/${o.campaignId}`, expect: { anonymous: 'login', clerk: 'forbidden', otherClerk: 'forbidden', manager: 'ok', admin: 'ok', registry: 'forbidden' } },
    action: { url: (o) => `/staff/campaigns/${o.campaignId}`, form: (o) => ({ intent: 'remove', number: o.caseNumber }), expect: { anonymous: 'refused', clerk: 'forbidden', otherClerk: 'forbidden', manager: 'ok', admin: 'ok', registry: 'forbidden' } },
  },
  'staff.approvals.tsx': {
    loader: { url: () => '/staff/approvals', expect: { anonymous: 'login', clerk: 'forbidden', otherClerk: 'forbidden', manager: 'ok', admin: 'ok', registry: 'forbidden' } },
    action: { url: () => '/staff/approvals', form: (o) => ({ intent: 'approve', replyId: o.replyId }), expect: { anonymous: 'refused', clerk: 'forbidden', otherClerk: 'forbidden', manager: 'ok', admin: 'ok', registry: 'forbidden' } },
  },
  // Everyone's own list: the query is by the signed-in person, so there is nobody else's to reach.
  'staff.notifications.tsx': {
    loader: { url: () => '/staff/notifications', expect: staff },
    action: { url: () => '/staff/notifications', form: () => ({ intent: 'readAll' }), expect: { anonymous: 'refused', clerk: 'ok', otherClerk: 'ok', manager: 'ok', admin: 'ok', registry: 'ok' } },
  },
  'staff.intake.tsx': { loader: { url: () => '/staff/intake', expect: staff } },
  'staff.intake_.walk-in.tsx': {
    loader: { url: () => '/staff/intake/walk-in', expect: staff },
    // Every staff role registers walk-in petitions; an empty form is answered with its errors.
    action: { url: () => '/staff/intake/walk-in', form: () => ({ name: '' }), file: { name: 'photo.png', type: 'image/png' }, expect: { anonymous: 'refused', clerk: 'ok', otherClerk: 'ok', manager: 'ok', admin: 'ok', registry: 'ok' } },
  },
  'staff.intake.upload.tsx': {
    // Adding a scan to another department's case: that case does not exist for them.
    action: { url: () => '/staff/intake/upload', form: (o) => ({ caseNumber: o.caseNumber }), file: { name: 'scan.png', type: 'image/png' }, expect: caseAction },
  },
  // The dispatch list: clerks see their department's postal letters; the registry, managers and admins post and print.
  'staff.dispatch.tsx': {
    loader: { url: () => '/staff/dispatch', expect: staff },
    // Clerks may not post at all; for those who may, the probed reply (a draft of an e-mail case) is no letter on the list.
    action: { url: () => '/staff/dispatch', form: (o) => ({ replyId: o.replyId, postedOn: '2026-12-02' }), expect: { anonymous: 'refused', clerk: 'forbidden', otherClerk: 'forbidden', manager: 'notFound', admin: 'notFound', registry: 'notFound' } },
  },
  'staff.dispatch.pdf.tsx': {
    loader: { url: () => '/staff/dispatch/pdf', expect: { anonymous: 'login', clerk: 'forbidden', otherClerk: 'forbidden', manager: 'ok', admin: 'ok', registry: 'ok' } },
  },
  'staff.preferences.tsx': {
    action: { url: () => '/staff/preferences', form: () => ({ locale: 'lt' }), expect: { anonymous: 'refused', clerk: 'ok', otherClerk: 'ok', manager: 'ok', admin: 'ok', registry: 'ok' } },
  },
  'staff.cases.$number.tsx': {
    loader: { url: (o) => `/staff/cases/${o.caseNumber}`, expect: caseStaff },
    action: { url: (o) => `/staff/cases/${o.caseNumber}`, form: () => ({ intent: 'note', text: 'Matrix check' }), expect: caseAction },
    more: [
      // Reopening (the probed case is open: whoever may work it is told so in the page, nothing changes), linking, unlinking.
      { kind: 'action', probe: { url: (o) => `/staff/cases/${o.caseNumber}`, form: () => ({ intent: 'reopen', reason: 'Matrix check', confirm: 'yes' }), expect: caseAction } },
      { kind: 'action', probe: { url: (o) => `/staff/cases/${o.caseNumber}`, form: (o) => ({ intent: 'link', other: o.caseNumber }), expect: caseAction } },
      { kind: 'action', probe: { url: (o) => `/staff/cases/${o.caseNumber}`, form: (o) => ({ intent: 'unlink', other: o.caseNumber }), expect: caseAction } },
    ],
  },
  'staff.cases.$number.progress.tsx': { loader: { url: (o) => `/staff/cases/${o.caseNumber}/progress`, expect: caseStaff, stream: true } },
  // The probed case is a web petition: whoever may see it is told it takes no receipt (409), its code untouched; the rest, not found.
  'staff.cases.$number.receipt.tsx': {
    action: { url: (o) => `/staff/cases/${o.caseNumber}/receipt`, form: () => ({ paper: 'A5' }), expect: { anonymous: 'refused', clerk: 'refused', otherClerk: 'notFound', manager: 'refused', admin: 'refused', registry: 'notFound' } },
  },
  'staff.documents.$id.tsx': { loader: { url: (o) => `/staff/documents/${o.documentId}`, expect: caseStaff } },
  // Splitting a scanned stack: whoever may edit the case's facts (the registry too, for the cases it
  // registered; the probed case is a department's). An empty form is answered with its reason inline.
  'staff.documents_.$id.split.tsx': {
    loader: { url: (o) => `/staff/documents/${o.documentId}/split`, expect: caseStaff },
    action: { url: (o) => `/staff/documents/${o.documentId}/split`, form: () => ({}), expect: caseAction },
  },
  'staff.pages.$id.$page.tsx': { loader: { url: (o) => `/staff/pages/${o.documentId}/1`, expect: caseStaff } },
  'staff.texts.$id.tsx': {
    loader: { url: (o) => `/staff/texts/${o.documentId}`, expect: caseStaff },
    action: { url: (o) => `/staff/texts/${o.documentId}`, form: () => ({ page: '1', text: 'Matrix check' }), expect: caseAction },
  },
  'staff.replies.$id.tsx': {
    loader: { url: (o) => `/staff/replies/${o.replyId}`, expect: caseStaff },
    action: { url: (o) => `/staff/replies/${o.replyId}`, form: () => ({ intent: 'save', subject: 'Matrix', bodyHtml: '<p>Matrix check</p>' }), expect: caseAction },
  },
  'staff.replies.$id.preview.tsx': { loader: { url: (o) => `/staff/replies/${o.replyId}/preview`, expect: caseStaff } },
  // Visits by appointment: anyone books and manages their own (a wrong code finds nothing, an incomplete form is answered with its errors).
  '$lang.visits.tsx': {
    loader: { url: () => '/pl/visits', expect: everyone('ok') },
    action: { url: () => '/pl/visits', form: () => ({ service: 'archive-certificate' }), expect: everyone('ok') },
    more: [{ kind: 'loader', probe: { url: () => '/pl/visits?service=archive-certificate&need=1&why=Matrix', expect: everyone('ok') } }],
  },
  '$lang.visits_.manage.tsx': {
    loader: { url: () => '/ru/visits/manage', expect: everyone('ok') },
    action: { url: () => '/ru/visits/manage', form: (o) => ({ intent: 'cancel', reference: o.visitReference, code: '000000' }), expect: everyone('ok') },
  },
  // The phone line: every staff member opens it (a clerk is offered their department's matters); recording an
  // outcome of the archive's matter is the registry's, a manager's, an admin's or an archive clerk's.
  'staff.visits.tsx': {
    loader: { url: () => '/staff/visits', expect: staff },
    action: {
      url: () => '/staff/visits',
      form: () => ({ intent: 'remote', service: 'archive-certificate', alternative: 'e_service' }),
      expect: { anonymous: 'refused', clerk: 'forbidden', otherClerk: 'forbidden', manager: 'ok', admin: 'ok', registry: 'ok' },
    },
    more: [{ kind: 'loader', probe: { url: () => '/staff/visits?service=archive-certificate&need=1&why=Matrix', expect: staff } }],
  },
  // The counter's day of the archive's point: its staff, the registry, managers, admins; a water or heating clerk is refused.
  'staff.visits_.day.tsx': {
    loader: { url: () => '/staff/visits/day', expect: staff },
    action: {
      url: (o) => `/staff/visits/day?point=${o.servicePointId}&date=${o.visitDate}`,
      form: (o) => ({ intent: 'checkIn', visitId: o.visitId }),
      expect: { anonymous: 'refused', clerk: 'forbidden', otherClerk: 'forbidden', manager: 'ok', admin: 'ok', registry: 'ok' },
    },
    more: [
      {
        kind: 'loader',
        probe: { url: (o) => `/staff/visits/day?point=${o.servicePointId}&date=${o.visitDate}`, expect: { anonymous: 'login', clerk: 'forbidden', otherClerk: 'forbidden', manager: 'ok', admin: 'ok', registry: 'ok' } },
      },
    ],
  },
  'staff.visits_.report.tsx': {
    loader: { url: () => '/staff/visits/report', expect: { anonymous: 'login', clerk: 'forbidden', otherClerk: 'forbidden', manager: 'ok', admin: 'ok', registry: 'forbidden' } },
  },
  // Last: it ends the sessions the rows above use.
  'staff_.logout.tsx': { action: { url: () => '/staff/logout', form: () => ({}), expect: everyone('login') } },
};

/** A browser without JavaScript: cookies kept across requests, redirects not followed. */
class Client {
  private cookies = new Map<string, string>();
  constructor(private readonly base: string) {}

  async request(url: string, init: RequestInit & { stream?: boolean } = {}): Promise<{ status: number; location: string | null; body: string }> {
    const controller = new AbortController();
    const response = await fetch(this.base + url, {
      ...init,
      redirect: 'manual',
      signal: controller.signal,
      headers: { ...(init.headers as Record<string, string> | undefined), cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    let body = '';
    if (init.stream && response.status === 200) controller.abort();
    else body = await response.text();
    return { status: response.status, location: response.headers.get('location'), body };
  }

  /** The CSRF token the desk puts in its forms for this browser, as of now. */
  async csrfToken(): Promise<string> {
    const page = await this.request('/staff/login');
    const from = page.status === 200 ? page.body : (await this.request('/staff/intake')).body;
    const token = /name="csrf" value="([^"]+)"/.exec(from)?.[1];
    if (!token) throw new Error('no CSRF token on the page');
    return token;
  }

  async post(url: string, form: Record<string, string>, file?: { name: string; type: string; bytes: Uint8Array }) {
    const csrf = await this.csrfToken();
    if (file) {
      const body = new FormData();
      body.append('csrf', csrf);
      for (const [k, v] of Object.entries(form)) body.append(k, v);
      body.append('file', new Blob([Buffer.from(file.bytes)], { type: file.type }), file.name);
      return this.request(url, { method: 'POST', body });
    }
    const body = new URLSearchParams({ ...form, csrf });
    return this.request(url, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  }

  async signIn(email: string): Promise<void> {
    const result = await this.post('/staff/login', { email, password: DEMO_PASSWORD });
    if (result.status !== 302 && result.status !== 303) throw new Error(`sign-in of ${email} failed: ${result.status}`);
  }
}

function outcomeOf(result: { status: number; location: string | null }): Outcome {
  if ((result.status === 302 || result.status === 303) && result.location?.includes('/staff/login')) return 'login';
  if (result.status === 403) return 'forbidden';
  if (result.status === 404) return 'notFound';
  if (result.status >= 200 && result.status < 400) return 'ok';
  return 'refused';
}

/** `refused` is met by any refusal; a bad form (400) after the right checks is the role's `ok`. */
function meets(expected: Outcome, got: Outcome, status: number, isAction: boolean): boolean {
  if (expected === 'refused') return got !== 'ok';
  if (expected === 'ok' && isAction && status === 400) return true;
  return expected === got;
}

let desk: RunningDesk;
let services: Services;
let objects: Objects;
let scan: Uint8Array;
const clients = {} as Record<Role, Client>;

beforeAll(async () => {
  desk = await startDesk();
  // The test reaches the desk's database beside the running server (SQLite in WAL mode allows it).
  services = createServices(loadConfig(desk.env));
  const admin = { id: 'matrix', role: 'admin' as const, departmentId: null, name: 'Matrix' };
  const users = await services.auth.listUsers(admin);
  const waterClerk = users.find((u) => u.email === 'water@desk.example')!;
  const pdf = fs.readFileSync(path.resolve(import.meta.dirname, '../../../shared/corpus/badinputs/broken_xref.pdf'));
  const registered = await services.cases.registerPetition({
    channel: 'web', kind: 'request', language: 'en',
    petitioner: { name: 'Matrix Resident', email: 'resident@example.org', phone: null, address: null },
    subject: 'Water meter', body: 'Please replace the water meter in my flat.', departmentId: 'water', serviceId: null,
    files: [{ filename: 'meter.pdf', bytes: pdf }],
  });
  const view = await services.cases.getCaseForStaff(waterClerk, registered.number);
  const replyId = await services.replies.startReply(waterClerk, registered.number, 'acknowledgement');
  scan = fs.readFileSync(path.resolve(import.meta.dirname, '../../../shared/corpus/scans', fs.readdirSync(path.resolve(import.meta.dirname, '../../../shared/corpus/scans')).find((f) => f.endsWith('.png'))!));
  const archive = (await services.visits.listServicePoints()).find((p) => p.departmentId === 'archive')!;
  const today = new Date().toISOString().slice(0, 10);
  const day = (await services.visits.freeDays('archive-certificate', today, 21, { servicePointId: archive.id })).find((d) => d.free > 0)!;
  const [slot] = await services.visits.freeSlots('archive-certificate', day.date, { servicePointId: archive.id });
  const booked = await services.visits.bookVisit(null, {
    serviceSlug: 'archive-certificate', start: slot.start, servicePointId: archive.id, channel: 'web', whyVisit: 'Matrix check',
    person: { name: 'Matrix Visitor', phone: '+370 600 00001', email: null, language: 'en' },
  });
  const manager = users.find((u) => u.email === 'manager@desk.example')!;
  let campaigns: { id: string }[] = [];
  for (let i = 0; i < 120 && campaigns.length === 0; i++) {
    campaigns = (await services.duplicates.listCampaigns(manager)).campaigns;
    if (campaigns.length === 0) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (campaigns.length === 0) throw new Error('the demo campaign was not put together');
  objects = {
    caseNumber: registered.number, documentId: view.documents[0].id, replyId, servicePointId: archive.id, visitId: booked.visit.id,
    visitReference: booked.visit.reference, visitDate: day.date, campaignId: campaigns[0].id,
  };

  for (const role of ROLES) clients[role] = new Client(desk.url);
  await clients.clerk.signIn('water@desk.example');
  await clients.otherClerk.signIn('heating@desk.example');
  await clients.manager.signIn('manager@desk.example');
  await clients.admin.signIn('admin@desk.example');
  await clients.registry.signIn('registry@desk.example');
}, 180_000);

afterAll(async () => {
  await services?.close();
  await desk?.stop();
});

describe('the authorisation matrix', () => {
  it('has a row for every route module, so a new route is covered by construction', () => {
    const files = fs.readdirSync(path.resolve(import.meta.dirname, '../../app/routes')).filter((f) => /\.tsx?$/.test(f)).sort();
    expect(Object.keys(ROUTES).sort()).toEqual(files);
    for (const [file, row] of Object.entries(ROUTES)) {
      const source = fs.readFileSync(path.resolve(import.meta.dirname, '../../app/routes', file), 'utf8');
      if (row.coveredBy) continue;
      // A module with an action must have its action probed, and one with a loader its loader.
      if (/export async function action/.test(source)) expect(row.action, `${file}: its action has no row`).toBeDefined();
      if (/export async function loader/.test(source) && !/export async function loader\(\)/.test(source)) {
        expect(row.loader, `${file}: its loader has no row`).toBeDefined();
      }
    }
  });

  const cells = Object.entries(ROUTES).flatMap(([file, row]) =>
    [...(['loader', 'action'] as const).flatMap((kind) => (row[kind] ? [{ kind, probe: row[kind]! }] : [])), ...(row.more ?? [])].flatMap(({ kind, probe }) =>
      ROLES.map((role) => ({ file, kind, role, probe })),
    ),
  );

  it.each(cells.map((c) => [`${c.file} ${c.kind}`, c.role, c] as const))('%s as %s', async (_name, role, cell) => {
    const client = clients[role];
    const url = cell.probe.url(objects);
    const result =
      cell.kind === 'loader'
        ? await client.request(url, { stream: cell.probe.stream })
        : await client.post(url, cell.probe.form?.(objects) ?? {}, cell.probe.file && { ...cell.probe.file, bytes: scan });
    const got = outcomeOf(result);
    const expected = cell.probe.expect[role];
    expect(meets(expected, got, result.status, cell.kind === 'action'), `${cell.kind} ${url} as ${role}: expected ${expected}, got ${got} (${result.status})`).toBe(true);
  });

  it("leaves another department's case as it was: nothing a refused request sent was recorded", async () => {
    const manager = { id: 'matrix', role: 'manager' as const, departmentId: null, name: 'Matrix' };
    const view = await services.cases.getCaseForStaff(manager, objects.caseNumber);
    const notes = view.events.filter((e) => e.type === 'note_added');
    // The owning clerk, the manager and the admin each added one note; the other clerk none.
    expect(notes).toHaveLength(3);
    expect(new Set(notes.map((e) => e.actorId)).size).toBe(3);
  });
});
