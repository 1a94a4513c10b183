/**
 * The department classifier: multinomial naive Bayes over the features of features.ts, which
 * learns online — adding or withdrawing one example is a handful of counter updates, so a clerk's
 * re-route counts for the very next petition. A near-copy of a petition a clerk has already
 * routed (the same matter written again) also gets a nearest-neighbour boost, so one correction
 * is enough for it. Pure and in memory; the repository persists the examples it learns from.
 */

export type Features = ReadonlyMap<string, number>;

export interface ModelSettings {
  /** Additive smoothing of the per-department feature probabilities. */
  smoothing: number;
  /** The total feature mass one learned petition adds to its department. */
  exampleMass: number;
  /**
   * Cosine similarity above which a learned petition counts as "the same matter": a copy is near 1,
   * a resident's rewording of the same matter (its subject line in other words) lands about 0.6,
   * while petitions about different matters stay under 0.4 even when they share a street's words.
   */
  nearCopySimilarity: number;
  /** Score added (per feature unit) for a near-copy at similarity 1. */
  nearCopyBoost: number;
  /** Softmax sharpness over the per-feature mean log-likelihood. */
  sharpness: number;
}

export const DEFAULT_MODEL_SETTINGS: Readonly<ModelSettings> = Object.freeze({
  smoothing: 0.1,
  exampleMass: 5,
  nearCopySimilarity: 0.5,
  nearCopyBoost: 2,
  sharpness: 8,
});

export interface Ranked {
  departmentId: string;
  /** 0–1, summing to 1 over the departments. */
  probability: number;
}

interface Example {
  departmentId: string;
  features: Map<string, number>;
  norm: number;
}

export interface DepartmentModel {
  readonly departmentIds: readonly string[];
  /** Adds weighted feature counts to a department (catalogue text). */
  addCounts(departmentId: string, features: Features, weight: number): void;
  /** Learns one petition under a key (e.g. its case); a second call with the same key replaces the first. */
  learnExample(key: string, departmentId: string, features: Features): void;
  forgetExample(key: string): void;
  exampleCount(): number;
  rank(features: Features): Ranked[];
  /** The learned petition most like this one (cosine similarity of their features), or null when none is learned. */
  nearestExample(features: Features): { departmentId: string; similarity: number } | null;
  /** The features that most favour `departmentId` over `over`, strongest first, each by at least `minGain` (log-odds per unit). */
  explain(features: Features, departmentId: string, over: string | null, limit?: number, minGain?: number): string[];
}

function l2(features: Features): number {
  let sum = 0;
  for (const v of features.values()) sum += v * v;
  return Math.sqrt(sum);
}

function mass(features: Features): number {
  let sum = 0;
  for (const v of features.values()) sum += v;
  return sum;
}

export function createDepartmentModel(departmentIds: readonly string[], settings: ModelSettings = DEFAULT_MODEL_SETTINGS): DepartmentModel {
  const counts = new Map<string, Map<string, number>>(departmentIds.map((d) => [d, new Map()]));
  const totals = new Map<string, number>(departmentIds.map((d) => [d, 0]));
  /** How many departments' counts hold a feature: a feature no department knows says nothing. */
  const vocabulary = new Map<string, number>();
  const examples = new Map<string, Example>();

  function add(departmentId: string, features: Features, weight: number) {
    const table = counts.get(departmentId);
    if (!table) return; // a department that no longer exists
    for (const [feature, n] of features) {
      const before = table.get(feature) ?? 0;
      const after = before + n * weight;
      if (after <= 1e-9) {
        table.delete(feature);
        const holders = (vocabulary.get(feature) ?? 1) - (before > 0 ? 1 : 0);
        if (holders <= 0) vocabulary.delete(feature);
        else vocabulary.set(feature, holders);
      } else {
        table.set(feature, after);
        if (before <= 0) vocabulary.set(feature, (vocabulary.get(feature) ?? 0) + 1);
      }
      totals.set(departmentId, Math.max(0, (totals.get(departmentId) ?? 0) + n * weight));
    }
  }

  function logLikelihoods(features: Features): Map<string, number> {
    const scores = new Map<string, number>();
    const size = vocabulary.size || 1;
    for (const d of departmentIds) {
      const table = counts.get(d)!;
      const denominator = Math.log((totals.get(d) ?? 0) + settings.smoothing * size);
      let score = 0;
      for (const [feature, n] of features) {
        if (!vocabulary.get(feature)) continue;
        score += n * (Math.log((table.get(feature) ?? 0) + settings.smoothing) - denominator);
      }
      scores.set(d, score);
    }
    return scores;
  }

  function nearCopies(features: Features): Map<string, number> {
    const best = new Map<string, number>();
    const norm = l2(features);
    if (!norm) return best;
    for (const e of examples.values()) {
      let dot = 0;
      for (const [feature, n] of features) dot += n * (e.features.get(feature) ?? 0);
      const similarity = dot / (norm * e.norm || 1);
      if (similarity > (best.get(e.departmentId) ?? 0)) best.set(e.departmentId, similarity);
    }
    return best;
  }

  return {
    departmentIds,
    addCounts: add,
    learnExample(key, departmentId, features) {
      this.forgetExample(key);
      const total = mass(features);
      if (!total || !counts.has(departmentId)) return;
      const copy = new Map(features);
      examples.set(key, { departmentId, features: copy, norm: l2(copy) });
      add(departmentId, copy, settings.exampleMass / total);
    },
    forgetExample(key) {
      const old = examples.get(key);
      if (!old) return;
      examples.delete(key);
      add(old.departmentId, old.features, -settings.exampleMass / mass(old.features));
    },
    exampleCount: () => examples.size,
    nearestExample(features) {
      let nearest: { departmentId: string; similarity: number } | null = null;
      for (const [departmentId, similarity] of nearCopies(features)) {
        if (!nearest || similarity > nearest.similarity) nearest = { departmentId, similarity };
      }
      return nearest;
    },
    rank(features) {
      const total = mass(features);
      if (!total) return departmentIds.map((d) => ({ departmentId: d, probability: 1 / departmentIds.length }));
      const ll = logLikelihoods(features);
      const near = nearCopies(features);
      const span = 1 - settings.nearCopySimilarity;
      const scores = departmentIds.map((d) => {
        const similarity = near.get(d) ?? 0;
        const boost = similarity > settings.nearCopySimilarity ? (settings.nearCopyBoost * (similarity - settings.nearCopySimilarity)) / span : 0;
        // Per feature unit, so that a long letter is not more certain merely for being long.
        return { departmentId: d, score: (ll.get(d)! / total + boost) * settings.sharpness };
      });
      const max = Math.max(...scores.map((s) => s.score));
      const exps = scores.map((s) => ({ departmentId: s.departmentId, e: Math.exp(s.score - max) }));
      const sum = exps.reduce((a, b) => a + b.e, 0);
      return exps.map((x) => ({ departmentId: x.departmentId, probability: x.e / sum })).sort((a, b) => b.probability - a.probability);
    },
    explain(features, departmentId, over, limit = 8, minGain = 0) {
      const size = vocabulary.size || 1;
      const logP = (d: string, feature: string) =>
        Math.log((counts.get(d)?.get(feature) ?? 0) + settings.smoothing) - Math.log((totals.get(d) ?? 0) + settings.smoothing * size);
      const others = over ? [over] : departmentIds.filter((d) => d !== departmentId);
      const contributions: [string, number][] = [];
      for (const [feature, n] of features) {
        if (!vocabulary.get(feature)) continue;
        const rival = Math.max(...others.map((o) => logP(o, feature)));
        const perUnit = logP(departmentId, feature) - rival;
        if (perUnit > minGain) contributions.push([feature, n * perUnit]);
      }
      return contributions.sort((a, b) => b[1] - a[1]).slice(0, limit).map(([feature]) => feature);
    },
  };
}
