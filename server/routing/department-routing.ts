/**
 * The department routing service: the router, loaded from the database (service catalogue and
 * every confirmed or re-routed case of the retention period), and `learnFromCorrection` /
 * `learnFromConfirmed`, which store a clerk's decision and update the in-memory model at once — no
 * nightly batch. The confidence calibration and the auto-routing thresholds are fitted at every
 * load, and again once enough new examples have come in. Several processes (web, workers on
 * PostgreSQL) each hold a model; each picks up the others' corrections before routing, at most
 * `refreshEveryMs` late.
 *
 * The database is the only source: a database with no active department (its catalogue never
 * loaded, or every department switched off) routes every case to triage, and is looked at again
 * at the next refresh, so a catalogue loaded later is picked up without a restart.
 */
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { listDepartments } from '../departments/list-departments.js';
import { listExtraLanguageKeywords } from '../departments/list-extra-language-keywords.js';
import { listServiceCatalogue } from '../departments/list-service-catalogue.js';
import { InvalidInputError } from '../errors.js';
import { newId } from '../ids.js';
import { NEVER } from './calibration.js';
import { createDepartmentRouter, DEFAULT_ROUTER_SETTINGS, type CalibrationSummary, type DepartmentRouter, type RouterSettings, type Routing, type RoutingCatalogue } from './department-router.js';
import type { PetitionText } from './features.js';
import {
  deleteRoutingExamplesBefore,
  findRoutingExampleOfCase,
  replaceRoutingExample,
  saveRoutingExample,
  selectRoutingExamples,
  type RoutingExample,
} from './routing.repository.js';

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
  /**
   * A case's department was confirmed by a clerk's work on it (answered, routed from triage):
   * stored inside the caller's transaction (the event dispatcher's), so it is written exactly when
   * the event is taken. Never reads outside `trx` (on SQLite the one connection is the caller's).
   * Returns false when there is nothing to learn (no text, a department the desk does not have).
   */
  learnFromConfirmed(trx: Kysely<DB>, caseText: PetitionText, departmentId: string, details: CorrectionDetails & { caseId: string }): Promise<boolean>;
  /** Rebuilds the model from the database (after the catalogue was edited). */
  reload(): Promise<void>;
  /** How many learned examples the model holds. */
  exampleCount(): Promise<number>;
  /** The calibration in use: its sample size, the fitted map and the thresholds. */
  calibration(): Promise<CalibrationSummary>;
}

/** A window that covers clocks a little apart and transactions committed out of order. */
const REFRESH_OVERLAP_MS = 5 * 60_000;

/**
 * Learned examples older than this are dropped at load, from the model and from the database. An
 * example is a resident's own words, kept only to route later petitions: three years see every
 * seasonal matter (the heating season, the waste declarations, school enrolment) several times,
 * while a service the municipality has since moved to another department stops being taught the
 * old way, and the petitions' texts are not kept in the model longer than the routing needs them.
 */
export const ROUTING_EXAMPLE_RETENTION_YEARS = 3;

/** Calibrate again once the examples grew by this share since the last calibration (and at least MIN). */
const RECALIBRATE_GROWTH = 0.1;
const RECALIBRATE_MIN_EXAMPLES = 25;

function retentionStart(now: Date): string {
  const start = new Date(now);
  start.setUTCFullYear(start.getUTCFullYear() - ROUTING_EXAMPLE_RETENTION_YEARS);
  return start.toISOString();
}

async function readRoutingCatalogue(deps: DepartmentRoutingDeps): Promise<RoutingCatalogue> {
  const departments = await listDepartments(deps, { activeOnly: true });
  if (departments.length === 0) return { departments: [], services: [] };
  const extraKeywords = listExtraLanguageKeywords(departments.map((d) => d.id));
  return { departments, services: await listServiceCatalogue(deps), extraKeywords };
}

const NO_CALIBRATION: CalibrationSummary = { samples: 0, calibrator: { slope: 1, intercept: 0 }, thresholds: { byDepartment: new Map(), pooled: NEVER } };

/** No department to route to: every case goes to triage, with no suggestions. */
const TO_TRIAGE: DepartmentRouter = {
  departmentIds: [],
  route: () => ({ departmentId: null, autoRouted: false, confidence: 0, top3: [], evidence: [] }),
  learn: () => undefined,
  forget: () => undefined,
  exampleCount: () => 0,
  calibrate: () => NO_CALIBRATION,
  calibration: () => NO_CALIBRATION,
};

function toPetition(text: string | PetitionText): PetitionText {
  return typeof text === 'string' ? { subject: '', body: text } : text;
}

const asText = (petition: PetitionText) => [petition.subject, petition.body, ...(petition.pages ?? []).map((p) => p.text)].filter((t) => t.trim()).join('\n');

interface State {
  router: DepartmentRouter;
  applied: Set<string>;
  newest: string | null;
  checkedAt: number;
  calibratedAt: number;
}

export function createDepartmentRouting(
  deps: DepartmentRoutingDeps,
  settings: RouterSettings = DEFAULT_ROUTER_SETTINGS,
  options: { refreshEveryMs?: number } = {},
): DepartmentRouting {
  const refreshEveryMs = options.refreshEveryMs ?? 1000;
  let state: Promise<State> | null = null;
  /** The state once loaded, for learning inside someone else's transaction without waiting on a load. */
  let loaded: State | null = null;

  function apply(s: State, example: RoutingExample) {
    if (s.applied.has(example.id)) return;
    s.applied.add(example.id);
    s.router.learn(example.caseId ?? example.id, example.departmentId, { subject: '', body: example.text });
    if (!s.newest || example.createdAt > s.newest) s.newest = example.createdAt;
  }

  function calibrateIfGrown(s: State) {
    const count = s.router.exampleCount();
    if (count - s.calibratedAt >= Math.max(RECALIBRATE_MIN_EXAMPLES, RECALIBRATE_GROWTH * s.calibratedAt)) {
      s.router.calibrate();
      s.calibratedAt = count;
    }
  }

  async function load(): Promise<State> {
    const catalogue = await readRoutingCatalogue(deps);
    const router = catalogue.departments.length ? createDepartmentRouter(catalogue, settings) : TO_TRIAGE;
    const s: State = { router, applied: new Set<string>(), newest: null, checkedAt: Date.now(), calibratedAt: 0 };
    if (router === TO_TRIAGE) return s;
    const keepFrom = retentionStart(deps.clock.now());
    await deleteRoutingExamplesBefore(deps.db, keepFrom);
    for (const example of await selectRoutingExamples(deps.db, keepFrom)) apply(s, example);
    router.calibrate();
    s.calibratedAt = router.exampleCount();
    return s;
  }

  function fresh() {
    const next = load().then(
      (s) => {
        if (state === next) loaded = s;
        return s;
      },
      (error: unknown) => {
        if (state === next) state = null; // try again on the next call
        throw error;
      },
    );
    state = next;
    return next;
  }

  async function current() {
    const s = await (state ?? fresh());
    if (Date.now() - s.checkedAt < refreshEveryMs) return s;
    if (s.router === TO_TRIAGE) return fresh(); // perhaps the catalogue has been loaded since
    s.checkedAt = Date.now();
    const since = s.newest ? new Date(Date.parse(s.newest) - REFRESH_OVERLAP_MS).toISOString() : retentionStart(deps.clock.now());
    for (const example of await selectRoutingExamples(deps.db, since)) apply(s, example);
    calibrateIfGrown(s);
    return s;
  }

  function exampleOf(petition: PetitionText, departmentId: string, details: CorrectionDetails): RoutingExample {
    return {
      id: newId(),
      caseId: details.caseId ?? null,
      departmentId,
      suggestedDepartmentId: details.suggestedDepartmentId ?? null,
      kind: details.suggestedDepartmentId && details.suggestedDepartmentId !== departmentId ? 'rerouted' : 'confirmed',
      text: asText(petition),
      actorId: details.actorId ?? null,
      createdAt: deps.clock.now().toISOString(),
    };
  }

  return {
    async route(petition) {
      return (await current()).router.route(petition);
    },
    async learnFromCorrection(caseText, departmentId, details = {}) {
      const s = await current();
      if (!s.router.departmentIds.includes(departmentId)) throw new InvalidInputError('unknown department', { reason: 'bad_department' });
      const example = exampleOf(toPetition(caseText), departmentId, details);
      if (!example.text.trim()) throw new InvalidInputError('nothing to learn from', { reason: 'empty_text' });
      await saveRoutingExample(deps.db, example);
      apply(s, example);
    },
    async learnFromConfirmed(trx, caseText, departmentId, details) {
      const example = exampleOf(caseText, departmentId, details);
      if (!example.text.trim()) return false;
      // The department must be one the desk has (the example refers to it), read through trx.
      if (!(await listDepartments({ db: trx }, { activeOnly: true })).some((d) => d.id === departmentId)) return false;
      const before = await findRoutingExampleOfCase(trx, details.caseId);
      // Confirming what is already known changes nothing; a re-route stays a re-route.
      if (before && before.departmentId === departmentId && before.text === example.text) return false;
      if (before?.kind === 'rerouted' && before.departmentId === departmentId) {
        example.kind = 'rerouted';
        example.suggestedDepartmentId = before.suggestedDepartmentId;
      }
      await replaceRoutingExample(trx, example);
      if (loaded && loaded.router !== TO_TRIAGE) apply(loaded, example);
      return true;
    },
    async reload() {
      await fresh();
    },
    async exampleCount() {
      return (await current()).router.exampleCount();
    },
    async calibration() {
      return (await current()).router.calibration();
    },
  };
}
