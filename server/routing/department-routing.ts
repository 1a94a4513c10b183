/**
 * The department routing service: the router, loaded from the database (service catalogue and
 * every confirmed or re-routed case), and `learnFromCorrection`, which stores a clerk's decision
 * and updates the in-memory model at once — no nightly batch. Several processes (web, workers on
 * PostgreSQL) each hold a model; each picks up the others' corrections before routing, at most
 * `refreshEveryMs` late.
 *
 * The database is the only source: a database with no active department (its catalogue never
 * loaded, or every department switched off) routes every case to triage, and is looked at again
 * at the next refresh, so a catalogue loaded later is picked up without a restart.
 */
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import { listDepartments } from '../departments/list-departments.js';
import { listServiceCatalogue } from '../departments/list-service-catalogue.js';
import { InvalidInputError } from '../errors.js';
import { newId } from '../ids.js';
import { createDepartmentRouter, DEFAULT_ROUTER_SETTINGS, type DepartmentRouter, type RouterSettings, type Routing, type RoutingCatalogue } from './department-router.js';
import type { PetitionText } from './features.js';
import { saveRoutingExample, selectRoutingExamples, type RoutingExample } from './routing.repository.js';

export interface DepartmentRoutingDeps {
  db: Database;
  clock: Clock;
}

export interface CorrectionDetails {
  /** The case the text comes from: a later correction of the same case replaces this one. */
  caseId?: string | null;
  /** What the router had suggested (null: it sent the case to triage). */
  suggestedDepartmentId?: string | null;
  actorId?: string | null;
}

export interface DepartmentRouting {
  route(petition: PetitionText): Promise<Routing>;
  /** A clerk confirmed or re-routed a case: remember it, in the database and in the model. */
  learnFromCorrection(caseText: string | PetitionText, departmentId: string, details?: CorrectionDetails): Promise<void>;
  /** Rebuilds the model from the database (after the catalogue was edited). */
  reload(): Promise<void>;
  /** How many learned examples the model holds. */
  exampleCount(): Promise<number>;
}

/** A window that covers clocks a little apart and transactions committed out of order. */
const REFRESH_OVERLAP_MS = 5 * 60_000;

async function readRoutingCatalogue(deps: DepartmentRoutingDeps): Promise<RoutingCatalogue> {
  const departments = await listDepartments(deps, { activeOnly: true });
  if (departments.length === 0) return { departments: [], services: [] };
  return { departments, services: await listServiceCatalogue(deps) };
}

/** No department to route to: every case goes to triage, with no suggestions. */
const TO_TRIAGE: DepartmentRouter = {
  departmentIds: [],
  route: () => ({ departmentId: null, confidence: 0, top3: [], evidence: [] }),
  learn: () => undefined,
  forget: () => undefined,
  exampleCount: () => 0,
};

function toPetition(text: string | PetitionText): PetitionText {
  return typeof text === 'string' ? { subject: '', body: text } : text;
}

export function createDepartmentRouting(
  deps: DepartmentRoutingDeps,
  settings: RouterSettings = DEFAULT_ROUTER_SETTINGS,
  options: { refreshEveryMs?: number } = {},
): DepartmentRouting {
  const refreshEveryMs = options.refreshEveryMs ?? 1000;
  let state: Promise<{ router: DepartmentRouter; applied: Set<string>; newest: string | null; checkedAt: number }> | null = null;

  function apply(s: { router: DepartmentRouter; applied: Set<string>; newest: string | null }, example: RoutingExample) {
    if (s.applied.has(example.id)) return;
    s.applied.add(example.id);
    s.router.learn(example.caseId ?? example.id, example.departmentId, { subject: '', body: example.text });
    if (!s.newest || example.createdAt > s.newest) s.newest = example.createdAt;
  }

  async function load() {
    const catalogue = await readRoutingCatalogue(deps);
    const router = catalogue.departments.length ? createDepartmentRouter(catalogue, settings) : TO_TRIAGE;
    const s = { router, applied: new Set<string>(), newest: null as string | null, checkedAt: Date.now() };
    if (router === TO_TRIAGE) return s;
    for (const example of await selectRoutingExamples(deps.db)) apply(s, example);
    return s;
  }

  function fresh() {
    const next = load().catch((error: unknown) => {
      if (state === next) state = null; // try again on the next call
      throw error;
    });
    state = next;
    return next;
  }

  async function current() {
    const s = await (state ?? fresh());
    if (Date.now() - s.checkedAt < refreshEveryMs) return s;
    if (s.router === TO_TRIAGE) return fresh(); // perhaps the catalogue has been loaded since
    s.checkedAt = Date.now();
    const since = s.newest ? new Date(Date.parse(s.newest) - REFRESH_OVERLAP_MS).toISOString() : undefined;
    for (const example of await selectRoutingExamples(deps.db, since)) apply(s, example);
    return s;
  }

  return {
    async route(petition) {
      return (await current()).router.route(petition);
    },
    async learnFromCorrection(caseText, departmentId, details = {}) {
      const s = await current();
      if (!s.router.departmentIds.includes(departmentId)) throw new InvalidInputError('unknown department', { reason: 'bad_department' });
      const petition = toPetition(caseText);
      const text = [petition.subject, petition.body].filter((t) => t.trim()).join('\n');
      if (!text.trim()) throw new InvalidInputError('nothing to learn from', { reason: 'empty_text' });
      const example: RoutingExample = {
        id: newId(),
        caseId: details.caseId ?? null,
        departmentId,
        suggestedDepartmentId: details.suggestedDepartmentId ?? null,
        kind: details.suggestedDepartmentId && details.suggestedDepartmentId !== departmentId ? 'rerouted' : 'confirmed',
        text,
        actorId: details.actorId ?? null,
        createdAt: deps.clock.now().toISOString(),
      };
      await saveRoutingExample(deps.db, example);
      apply(s, example);
    },
    async reload() {
      await fresh();
    },
    async exampleCount() {
      return (await current()).router.exampleCount();
    },
  };
}
