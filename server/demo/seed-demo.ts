/**
 * Demo data for a newcomer's desk: one clerk per department, a manager and an admin, and the
 * project's own ~40 demo petitions in four languages, moved along their life so the inbox and
 * deadlines pages have something to show. The departments and their services are reference data,
 * not demo data: `migrate` loads them, and so, harmlessly, does this. Idempotent: a desk that
 * already has cases is left as it is.
 */
import { DEMO_CASES } from '../db/seed/demo-cases.js';
import { readCatalogue } from '../departments/catalogue.store.js';
import { fixedClock } from '../clock.js';
import type { Services } from '../services.js';
import type { CaseStatus } from '../cases/case.js';
import type { Actor } from '../auth/user.js';
import { seedVisits } from './seed-visits.js';

/** Not a secret: the published password of the demo accounts, refused outside demo seeding. */
export const DEMO_PASSWORD = 'demo-desk-2026';

export interface DemoLogin {
  email: string;
  role: string;
  departmentId: string | null;
}

const PEOPLE: Record<string, string> = {
  water: 'Rasa Vaitkienė', heating: 'Tomas Žukauskas', transport: 'Ieva Kazlauskaitė', waste: 'Mindaugas Petrauskas',
  housing: 'Agnė Jankauskienė', 'civil-registry': 'Laura Paulauskienė', 'social-welfare': 'Darius Stankevičius',
  archive: 'Eglė Balčiūnienė', eldership: 'Paulius Urbonas', 'city-administration': 'Justina Navickaitė',
};

export function demoLogins(): DemoLogin[] {
  return [
    { email: 'admin@desk.example', role: 'admin', departmentId: null },
    { email: 'manager@desk.example', role: 'manager', departmentId: null },
    { email: 'registry@desk.example', role: 'registry', departmentId: null },
    ...readCatalogue().departments.map((d) => ({ email: `${d.id}@desk.example`, role: 'clerk', departmentId: d.id })),
  ];
}

/** The path from "registered" to each demo status, one legal move at a time. */
const PATHS: Record<string, CaseStatus[]> = {
  registered: [],
  assigned: [],
  in_progress: ['in_progress'],
  awaiting_information: ['in_progress', 'awaiting_information'],
  answered: ['in_progress', 'answered'],
  closed: ['in_progress', 'answered', 'closed'],
  needs_review: ['needs_review'],
};

export async function seedDemo(services: Services): Promise<{ cases: number; users: number; skipped: boolean }> {
  await services.departments.loadCatalogue();
  const existing = await services.auth.listUsers({ id: 'seed', role: 'admin', departmentId: null, name: 'seed' });
  const byEmail = new Map(existing.map((u) => [u.email, u]));
  let users = 0;
  for (const login of demoLogins()) {
    if (byEmail.has(login.email)) continue;
    const name = login.departmentId ? PEOPLE[login.departmentId] ?? login.email : ({ admin: 'Vytautas Adminas', manager: 'Ona Vadovaitė', registry: 'Rūta Registrienė' } as Record<string, string>)[login.role] ?? login.email;
    const user = await services.auth.addUser(null, {
      email: login.email,
      name,
      role: login.role as Actor['role'],
      departmentId: login.departmentId,
      locale: 'lt',
      password: DEMO_PASSWORD,
    });
    byEmail.set(user.email, user);
    users += 1;
  }
  // Service points and bookable services: by slug, so even a desk that already has cases gets them.
  await seedVisits(services);
  const manager = byEmail.get('manager@desk.example')!;
  const inbox = await services.cases.listInbox(manager, { view: 'all', includeClosed: true, limit: 1 });
  if (inbox.length > 0) return { cases: 0, users, skipped: true };

  const catalogue = await services.departments.listServiceCatalogue();
  const now = services.clock.now();
  let cases = 0;
  for (const demo of DEMO_CASES) {
    const receivedAt = new Date(now.getTime() - demo.receivedDaysAgo * 86_400_000 - (cases % 7) * 3_600_000);
    // Each demo case lives in its own time: its events are stamped from the day it arrived.
    const clock = fixedClock(receivedAt);
    const scoped = services.withClock(clock);
    const service = demo.department ? catalogue.find((s) => s.departmentId === demo.department) : undefined;
    const registered = await scoped.cases.registerPetition({
      channel: demo.channel,
      kind: demo.kind,
      language: demo.language,
      petitioner: { name: demo.petitioner.name, email: demo.petitioner.email, phone: demo.petitioner.phone, address: demo.petitioner.address },
      subject: demo.subject,
      body: demo.body,
      departmentId: demo.department,
      serviceId: demo.channel === 'web' ? service?.id ?? null : null,
      files: [],
      receivedAt,
    });
    const clerk = demo.department ? byEmail.get(`${demo.department}@desk.example`) : undefined;
    const actor: Actor = clerk ?? manager;
    clock.set(new Date(receivedAt.getTime() + 26 * 3_600_000));
    if (clerk && (demo.assignTo === 'clerk' || (PATHS[demo.status] ?? []).includes('in_progress'))) {
      await scoped.cases.assignCase(actor, registered.number, clerk.id);
    }
    for (const note of demo.notes ?? []) await scoped.cases.addCaseNote(actor, registered.number, note);
    for (const step of PATHS[demo.status] ?? []) {
      clock.set(new Date(clock.now().getTime() + 20 * 3_600_000));
      await scoped.cases.changeCaseStatus(actor, registered.number, step);
    }
    cases += 1;
  }
  return { cases, users, skipped: false };
}

