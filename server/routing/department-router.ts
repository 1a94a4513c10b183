/**
 * The router: the model trained on the service catalogue (every department's names, and every
 * service's name, description and keywords in all four languages) plus every petition a clerk
 * confirmed or re-routed. It ranks the departments, and below a confidence threshold sends the
 * case to triage with its three suggestions and the words that drove them. Pure, in memory.
 */
import type { Lang } from '../languages.js';
import { createDepartmentModel, DEFAULT_MODEL_SETTINGS, type DepartmentModel, type ModelSettings } from './department-model.js';
import { petitionFeatures, textFeatures, type PetitionText } from './features.js';

/** What the router needs of the catalogue (the departments slice's Department and CatalogueService fit). */
export interface RoutingCatalogue {
  departments: readonly { id: string; names: Readonly<Record<Lang, string>>; active?: boolean }[];
  services: readonly {
    departmentId: string;
    texts: Readonly<Record<Lang, { name: string; description: string; keywords: readonly string[] }>>;
  }[];
}

export interface RouterSettings {
  /** Below this confidence the case goes to triage. */
  triageBelow: number;
  model?: Partial<ModelSettings>;
  /** How much each kind of catalogue text weighs against a description. */
  catalogueWeights?: { name: number; description: number; keyword: number };
}

export const DEFAULT_ROUTER_SETTINGS: Readonly<RouterSettings> = Object.freeze({ triageBelow: 0.6 });

const CATALOGUE_WEIGHTS = { name: 3, description: 1, keyword: 3 };

export interface Routing {
  /** The department to route to, or null: triage. */
  departmentId: string | null;
  /** The best department's probability, whether or not it was routed there. */
  confidence: number;
  top3: { departmentId: string; confidence: number }[];
  /** The resident's words that most favour the best department. */
  evidence: string[];
}

export interface DepartmentRouter {
  readonly departmentIds: readonly string[];
  route(petition: PetitionText): Routing;
  /** Learns (or re-learns, under the same key) that this petition belongs to this department. */
  learn(key: string, departmentId: string, petition: PetitionText): void;
  forget(key: string): void;
  exampleCount(): number;
}

export function trainOnCatalogue(model: DepartmentModel, catalogue: RoutingCatalogue, weights = CATALOGUE_WEIGHTS): void {
  for (const d of catalogue.departments) {
    for (const name of Object.values(d.names)) model.addCounts(d.id, textFeatures(name), weights.name);
  }
  for (const service of catalogue.services) {
    for (const text of Object.values(service.texts)) {
      model.addCounts(service.departmentId, textFeatures(text.name), weights.name);
      model.addCounts(service.departmentId, textFeatures(text.description), weights.description);
      for (const keyword of text.keywords) model.addCounts(service.departmentId, textFeatures(keyword), weights.keyword);
    }
  }
}

export function createDepartmentRouter(catalogue: RoutingCatalogue, settings: RouterSettings = DEFAULT_ROUTER_SETTINGS): DepartmentRouter {
  const departmentIds = catalogue.departments.filter((d) => d.active !== false).map((d) => d.id);
  const model = createDepartmentModel(departmentIds, { ...DEFAULT_MODEL_SETTINGS, ...settings.model });
  trainOnCatalogue(model, catalogue, settings.catalogueWeights ?? CATALOGUE_WEIGHTS);

  return {
    departmentIds,
    route(petition) {
      const { features, surfaces } = petitionFeatures(petition);
      const ranking = model.rank(features);
      const [best, second] = ranking;
      const evidence = features.size ? model.explain(features, best.departmentId, second?.departmentId ?? null, 16) : [];
      const words = [...new Set(evidence.map((f) => surfaces.get(f) ?? f))].slice(0, 8);
      return {
        departmentId: features.size && best.probability >= settings.triageBelow ? best.departmentId : null,
        confidence: best.probability,
        top3: ranking.slice(0, 3).map((r) => ({ departmentId: r.departmentId, confidence: r.probability })),
        evidence: words,
      };
    },
    learn(key, departmentId, petition) {
      model.learnExample(key, departmentId, petitionFeatures(petition).features);
    },
    forget: (key) => model.forgetExample(key),
    exampleCount: () => model.exampleCount(),
  };
}
