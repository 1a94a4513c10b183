/**
 * The router: the model trained on the service catalogue (every department's names, and every
 * service's name, description and keywords in all four languages, and the departments' keywords
 * in the languages the desk reads but does not serve) plus every petition a clerk
 * confirmed or re-routed. It reads a letter as a letter (letter-body.ts: the sender's and the
 * recipient's blocks, salutation, closing and signature set aside), ranks the departments, and
 * routes automatically only when the calibrated confidence reaches its department's threshold
 * (calibration.ts); otherwise the case goes to triage with three suggestions and the resident's
 * words that carried them. Pure, in memory.
 */
import type { Lang } from '../languages.js';
import {
  calibratedConfidence,
  chooseThresholds,
  DEFAULT_THRESHOLD_SETTINGS,
  fitCalibrator,
  NEVER,
  thresholdFor,
  UNCALIBRATED,
  type Calibrator,
  type HeldOutRouting,
  type ThresholdSettings,
  type Thresholds,
} from './calibration.js';
import { createDepartmentModel, DEFAULT_MODEL_SETTINGS, type DepartmentModel, type Features, type ModelSettings, type Ranked, type RankedViews } from './department-model.js';
import { isEvidenceWord, petitionFeatures, textFeatures, type FeatureCounts, type PetitionText } from './features.js';
import { readLetterBody, type LetterLineKinds } from './letter-body.js';

/** What the router needs of the catalogue (the departments slice's Department and CatalogueService fit). */
export interface RoutingCatalogue {
  departments: readonly { id: string; names: Readonly<Record<Lang, string>>; active?: boolean }[];
  services: readonly {
    departmentId: string;
    texts: Readonly<Record<Lang, { name: string; description: string; keywords: readonly string[] }>>;
  }[];
  /**
   * Keywords in languages residents write in but the desk does not serve (Ukrainian, Belarusian,
   * German, Latvian), per department (the departments slice's ExtraLanguageKeywords fit): their
   * petitions route too. They weigh as the catalogue's keywords do.
   */
  extraKeywords?: readonly { language: string; departmentId: string; keywords: readonly string[] }[];
}

export interface RouterSettings {
  model?: Partial<ModelSettings>;
  /** How much each kind of catalogue text weighs against a description. */
  catalogueWeights?: { name: number; description: number; keyword: number };
  /** The precision target and its safeguards for the auto-routing thresholds. */
  thresholds?: Partial<ThresholdSettings>;
  /** How the lines of a letter are told apart (intake's letter-facts reader); without it the whole text is read. */
  letterLines?: LetterLineKinds;
  /** Folds of the learned examples held out, one at a time, to calibrate on. */
  folds?: number;
  /** The newest learned examples calibrated on, at most: calibration costs one routing per example. */
  maxCalibrationExamples?: number;
}

export const DEFAULT_ROUTER_SETTINGS: Readonly<RouterSettings> = Object.freeze({});

const CATALOGUE_WEIGHTS = { name: 3, description: 1, keyword: 3 };
const FOLDS = 5;
/** Each held-out routing costs a routing, and a routing looks at every learned example (near copies). */
const MAX_CALIBRATION_EXAMPLES = 1000;
/** With this many learned petitions, the calibration rests on them alone: they are what the desk routes. */
const PETITIONS_TO_CALIBRATE_ON = 60;
/** Evidence is a word that makes its department at least twice as likely as the runner-up. */
const MIN_EVIDENCE_GAIN = Math.log(2);

export interface Routing {
  /** The department to route to, or null: triage. */
  departmentId: string | null;
  /** Whether the desk routes it without asking anyone (departmentId is then the best department). */
  autoRouted: boolean;
  /** The calibrated probability that the best department is right, whether or not it was routed there. */
  confidence: number;
  top3: { departmentId: string; confidence: number }[];
  /** The resident's words that most favour the best department. */
  evidence: string[];
}

export interface CalibrationSummary {
  /** Held-out routings the calibration was fitted on: catalogue texts and learned petitions. */
  samples: number;
  calibrator: Calibrator;
  thresholds: Thresholds;
}

export interface DepartmentRouter {
  readonly departmentIds: readonly string[];
  route(petition: PetitionText): Routing;
  /** Learns (or re-learns, under the same key) that this petition belongs to this department. */
  learn(key: string, departmentId: string, petition: PetitionText): void;
  forget(key: string): void;
  exampleCount(): number;
  /** Fits the confidence and the thresholds again on held-out folds (after loading, or many new examples). */
  calibrate(): CalibrationSummary;
  calibration(): CalibrationSummary;
}

interface CatalogueEntry {
  departmentId: string;
  features: FeatureCounts;
  /** The entry's texts read as petitions, one per language, with that language's share of its features (a service's only). */
  queries: { petition: PetitionText; features: FeatureCounts }[];
}

function addWeighted(into: FeatureCounts, text: string, weight: number): void {
  for (const [f, n] of textFeatures(text)) into.set(f, (into.get(f) ?? 0) + n * weight);
}

/**
 * The catalogue as entries: each department's names, each service (all its languages) as one, and
 * each department's keywords in each extra language as one.
 */
export function catalogueEntries(catalogue: RoutingCatalogue, weights = CATALOGUE_WEIGHTS): CatalogueEntry[] {
  const entries: CatalogueEntry[] = [];
  for (const d of catalogue.departments) {
    const features: FeatureCounts = new Map();
    for (const name of Object.values(d.names)) addWeighted(features, name, weights.name);
    entries.push({ departmentId: d.id, features, queries: [] });
  }
  for (const service of catalogue.services) {
    const features: FeatureCounts = new Map();
    const queries: CatalogueEntry['queries'] = [];
    for (const text of Object.values(service.texts)) {
      const own: FeatureCounts = new Map();
      addWeighted(own, text.name, weights.name);
      addWeighted(own, text.description, weights.description);
      for (const keyword of text.keywords) addWeighted(own, keyword, weights.keyword);
      for (const [f, n] of own) features.set(f, (features.get(f) ?? 0) + n);
      queries.push({ petition: { subject: text.name, body: `${text.description}\n${text.keywords.join(', ')}` }, features: own });
    }
    entries.push({ departmentId: service.departmentId, features, queries });
  }
  for (const extra of catalogue.extraKeywords ?? []) {
    const features: FeatureCounts = new Map();
    for (const keyword of extra.keywords) addWeighted(features, keyword, weights.keyword);
    // Held out as a service's text in one language is: the list read back as a petition.
    entries.push({ departmentId: extra.departmentId, features, queries: [{ petition: { subject: '', body: extra.keywords.join(', ') }, features }] });
  }
  return entries;
}

const marginOf = (ranking: readonly Ranked[]) => Math.log(ranking[0].probability / Math.max(ranking[1]?.probability ?? 0, 1e-300));

/** How much likelier a view makes `departmentId` than its strongest rival: negative when the view prefers another. */
function marginFor(ranking: readonly Ranked[], departmentId: string): number {
  const own = ranking.find((r) => r.departmentId === departmentId)?.probability ?? 0;
  const rival = Math.max(0, ...ranking.filter((r) => r.departmentId !== departmentId).map((r) => r.probability));
  return Math.log(Math.max(own, 1e-300) / Math.max(rival, 1e-300));
}

/**
 * The margin the confidence is calibrated on: "two departments both have real support" makes it
 * smaller than the ranking's own. The ranking mixes the whole text and the focus (subject,
 * request sentences, the office written to: department-model.ts); the margin is
 * - no more than the whole text alone gives the best department: when the request lifts a
 *   department the letter as a whole does not favour, the whole text's margin is negative and
 *   the routing a tie, for a clerk to decide;
 * - no more than the focus alone gives it, as far as the focus has its say: a request that points
 *   elsewhere makes a long letter a tie, while a request of a word or two ("Please help.") takes
 *   away only its small part.
 * Held-out routings are scored by the same margin, so the confidence stays calibrated, and the
 * thresholds (chosen on them) keep such ties in triage.
 */
function effectiveMargin(views: RankedViews): number {
  const best = views.combined[0].departmentId;
  const margin = marginOf(views.combined);
  const floor = margin * (1 - views.focusSay);
  const focus = views.focus ? Math.max(marginFor(views.focus, best), floor) : Number.POSITIVE_INFINITY;
  return Math.min(margin, marginFor(views.whole, best), focus);
}

/** The petition as the model reads it: a letter's furniture set aside, when the router knows how. */
export function readAsLetter(petition: PetitionText, kinds: LetterLineKinds | undefined): PetitionText {
  if (!kinds) return petition;
  const body = readLetterBody(petition.body, kinds);
  const pages = petition.pages?.map((page) => {
    const read = readLetterBody(page.text, kinds);
    // A page's subject stays in its text (twice, as a subject weighs), not in the focus: on paper the
    // subject is a guess (the first heading-like line), which for a letter in a language the
    // letter-facts reader does not know is often the recipient office or a phone number.
    return { text: [read.subject, read.subject, read.body].filter(Boolean).join('\n'), confidence: page.confidence, addressee: read.addressee };
  });
  const subject = [petition.subject, body.subject].filter((s) => s.trim()).join('\n');
  return { subject, body: body.body, addressee: [petition.addressee ?? '', body.addressee].filter((s) => s.trim()).join('\n'), pages };
}

export function createDepartmentRouter(catalogue: RoutingCatalogue, settings: RouterSettings = DEFAULT_ROUTER_SETTINGS): DepartmentRouter {
  const departmentIds = catalogue.departments.filter((d) => d.active !== false).map((d) => d.id);
  const modelSettings = { ...DEFAULT_MODEL_SETTINGS, ...settings.model };
  const model: DepartmentModel = createDepartmentModel(departmentIds, modelSettings);
  const entries = catalogueEntries(catalogue, settings.catalogueWeights ?? CATALOGUE_WEIGHTS);
  for (const e of entries) model.addCounts(e.departmentId, e.features, 1);
  const thresholdSettings = { ...DEFAULT_THRESHOLD_SETTINGS, ...settings.thresholds };
  /** The learned examples' features, in the order learned, for the held-out folds. */
  const learned = new Map<string, { departmentId: string; features: Features; focus: Features }>();
  const featuresOf = (petition: PetitionText) => petitionFeatures(readAsLetter(petition, settings.letterLines));

  function heldOutRoutings(): HeldOutRouting[] {
    const out: HeldOutRouting[] = [];
    const score = (features: Features, focus: Features, departmentId: string) => {
      if (!features.size) return;
      const views = model.rankViews(features, focus);
      const ranking = views.combined;
      out.push({ departmentId: ranking[0].departmentId, margin: effectiveMargin(views), correct: ranking[0].departmentId === departmentId });
    };
    const newest = [...learned].slice(-(settings.maxCalibrationExamples ?? MAX_CALIBRATION_EXAMPLES));
    // Each service's text in one language held out and read back as a petition: a stand-in until
    // enough petitions have been learned. Its other languages stay, as a petition's matter is
    // usually known to the catalogue in some language; a service's texts are terser than a letter.
    if (newest.length < PETITIONS_TO_CALIBRATE_ON) for (const e of entries) {
      if (!departmentIds.includes(e.departmentId)) continue;
      for (const q of e.queries) {
        model.addCounts(e.departmentId, q.features, -1);
        const read = petitionFeatures(q.petition);
        score(read.features, read.focus, e.departmentId);
        model.addCounts(e.departmentId, q.features, 1);
      }
    }
    const folds = Math.max(2, settings.folds ?? FOLDS);
    for (let fold = 0; fold < folds; fold++) {
      const held = newest.filter((_, i) => i % folds === fold);
      for (const [key] of held) model.forgetExample(key);
      for (const [, e] of held) score(e.features, e.focus, e.departmentId);
      for (const [key, e] of held) model.learnExample(key, e.departmentId, e.features);
    }
    return out;
  }

  let summary: CalibrationSummary = { samples: 0, calibrator: UNCALIBRATED, thresholds: { byDepartment: new Map(), pooled: NEVER } };

  function calibrate(): CalibrationSummary {
    const samples = heldOutRoutings();
    const calibrator = fitCalibrator(samples);
    const thresholds = chooseThresholds(samples.map((s) => ({ ...s, confidence: calibratedConfidence(calibrator, s.margin) })), thresholdSettings);
    summary = { samples: samples.length, calibrator, thresholds };
    return summary;
  }

  if (departmentIds.length > 1) calibrate();

  return {
    departmentIds,
    route(petition) {
      const { features, focus, surfaces } = featuresOf(petition);
      const views = model.rankViews(features, focus);
      const ranking = views.combined;
      const [best, second] = ranking;
      const confidence = features.size && ranking.length > 1 ? calibratedConfidence(summary.calibrator, effectiveMargin(views)) : 0;
      // The others share what the best leaves, in the model's proportions.
      const rest = 1 - best.probability;
      const top3 = ranking.slice(0, 3).map((r, i) => ({
        departmentId: r.departmentId,
        // Never above the best's: a doubtful best (a tie by effectiveMargin) leaves more than it keeps.
        confidence: i === 0 ? confidence : rest > 0 ? Math.min(confidence, (r.probability / rest) * (1 - confidence)) : 0,
      }));
      const evidence = features.size ? model.explain(features, best.departmentId, second?.departmentId ?? null, 24, MIN_EVIDENCE_GAIN, focus) : [];
      const words = [...new Set(evidence.map((f) => surfaces.get(f) ?? f).filter(isEvidenceWord))].slice(0, 8);
      // The same matter written again (a resident writing once more, a campaign's copies) goes where a
      // clerk already decided it belongs, however terse: the decision, not the calibrated model, is
      // the evidence (department-model.ts says how near a copy must be).
      const near = features.size ? model.nearestExample(features) : null;
      const decidedAlready = near !== null && near.similarity >= modelSettings.nearCopySimilarity && near.departmentId === best.departmentId;
      const autoRouted = features.size > 0 && (decidedAlready || confidence >= thresholdFor(summary.thresholds, best.departmentId));
      return { departmentId: autoRouted ? best.departmentId : null, autoRouted, confidence, top3, evidence: words };
    },
    learn(key, departmentId, petition) {
      const { features, focus } = featuresOf(petition);
      learned.delete(key);
      if (departmentIds.includes(departmentId) && features.size) learned.set(key, { departmentId, features, focus });
      model.learnExample(key, departmentId, features);
    },
    forget(key) {
      learned.delete(key);
      model.forgetExample(key);
    },
    exampleCount: () => model.exampleCount(),
    calibrate,
    calibration: () => summary,
  };
}
