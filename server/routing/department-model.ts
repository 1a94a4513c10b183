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
  /**
   * The share of the decision that a petition's focus (its subject and request sentences,
   * features.ts) has of its own, beside the whole text's: each is scored per feature unit, so a
   * story of two hundred words around a one-line request no longer outvotes it by its length.
   */
  focusShare: number;
}

export const DEFAULT_MODEL_SETTINGS: Readonly<ModelSettings> = Object.freeze({
  smoothing: 0.1,
  exampleMass: 5,
  nearCopySimilarity: 0.5,
  nearCopyBoost: 2,
  sharpness: 8,
  focusShare: 0.5,
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

export interface RankedViews {
  combined: Ranked[];
  /** The whole text alone. */
  whole: Ranked[];
  /** The focus alone, or null without one. */
  focus: Ranked[] | null;
  /** How much of its share the focus had (0–1): it grows with the focus's mass (FOCUS_HALF_MASS). */
  focusSay: number;
}

export interface DepartmentModel {
  readonly departmentIds: readonly string[];
  /** Adds weighted feature counts to a department (catalogue text). */
  addCounts(departmentId: string, features: Features, weight: number): void;
  /** Learns one petition under a key (e.g. its case); a second call with the same key replaces the first. */
  learnExample(key: string, departmentId: string, features: Features): void;
  forgetExample(key: string): void;
  exampleCount(): number;
  /** `focus`: the petition's subject and request sentences (features.ts), which weigh `focusShare` of the decision. */
  rank(features: Features, focus?: Features): Ranked[];
  /** The ranking, and each view's own: the whole text alone, and the focus alone (null without one). */
  rankViews(features: Features, focus?: Features): RankedViews;
  /** The learned petition most like this one (cosine similarity of their features), or null when none is learned. */
  nearestExample(features: Features): { departmentId: string; similarity: number } | null;
  /** The features that most favour `departmentId` over `over`, strongest first, each by at least `minGain` (log-odds per unit). */
  explain(features: Features, departmentId: string, over: string | null, limit?: number, minGain?: number, focus?: Features): string[];
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

/**
 * The focus's mass (dampened feature units; a content word brings about one, with its stems and
 * its pair) at which it has half its share: a request of a few words has most of it.
 */
const FOCUS_HALF_MASS = 2;

/** Each view's weight per feature unit: the whole text's, and the focus's when the petition has one. */
function viewWeightsWith(share: number, features: Features, focus: Features | undefined): { all: number; focus: number; say: number } {
  const total = mass(features);
  const focusTotal = focus ? mass(focus) : 0;
  if (!focusTotal || share <= 0) return { all: 1 / total, focus: 0, say: 0 };
  // A focus of a word or two ("Please help.") says too little to have its share: it grows to it with its mass.
  const own = (share * focusTotal) / (focusTotal + FOCUS_HALF_MASS);
  return { all: (1 - own) / total, focus: own / focusTotal, say: focusTotal / (focusTotal + FOCUS_HALF_MASS) };
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

  const viewWeights = (features: Features, focus: Features | undefined) => viewWeightsWith(settings.focusShare, features, focus);

  function softmax(perUnit: number[]): Ranked[] {
    const scores = perUnit.map((x) => x * settings.sharpness);
    const max = Math.max(...scores);
    const exps = scores.map((x) => Math.exp(x - max));
    const sum = exps.reduce((a, b) => a + b, 0);
    return departmentIds.map((d, i) => ({ departmentId: d, probability: exps[i] / sum })).sort((a, b) => b.probability - a.probability);
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
    rank(features, focus) {
      return this.rankViews(features, focus).combined;
    },
    rankViews(features, focus) {
      const total = mass(features);
      const even = departmentIds.map((d) => ({ departmentId: d, probability: 1 / departmentIds.length }));
      if (!total) return { combined: even, whole: even, focus: null, focusSay: 0 };
      const weights = viewWeights(features, focus);
      const ll = logLikelihoods(features);
      const focusLl = weights.focus ? logLikelihoods(focus!) : null;
      const near = nearCopies(features);
      const span = 1 - settings.nearCopySimilarity;
      const boosts = new Map(departmentIds.map((d) => {
        const similarity = near.get(d) ?? 0;
        return [d, similarity > settings.nearCopySimilarity ? (settings.nearCopyBoost * (similarity - settings.nearCopySimilarity)) / span : 0];
      }));
      // Per feature unit, so that a long letter is not more certain merely for being long.
      const combined = softmax(departmentIds.map((d) => ll.get(d)! * weights.all + (focusLl ? focusLl.get(d)! * weights.focus : 0) + boosts.get(d)!));
      const whole = softmax(departmentIds.map((d) => ll.get(d)! / total + boosts.get(d)!));
      const focusTotal = focus ? mass(focus) : 0;
      const focusView = focusLl ? softmax(departmentIds.map((d) => focusLl.get(d)! / focusTotal + boosts.get(d)!)) : null;
      return { combined, whole, focus: focusView, focusSay: weights.say };
    },
    explain(features, departmentId, over, limit = 8, minGain = 0, focus) {
      const size = vocabulary.size || 1;
      const logP = (d: string, feature: string) =>
        Math.log((counts.get(d)?.get(feature) ?? 0) + settings.smoothing) - Math.log((totals.get(d) ?? 0) + settings.smoothing * size);
      const others = over ? [over] : departmentIds.filter((d) => d !== departmentId);
      const weights = viewWeights(features, focus);
      const contributions: [string, number][] = [];
      for (const [feature, n] of features) {
        if (!vocabulary.get(feature)) continue;
        const rival = Math.max(...others.map((o) => logP(o, feature)));
        const perUnit = logP(departmentId, feature) - rival;
        // What the feature added to the ranking's score: in the whole text, and in the focus.
        const weight = n * weights.all + (focus?.get(feature) ?? 0) * weights.focus;
        if (perUnit > minGain) contributions.push([feature, weight * perUnit]);
      }
      return contributions.sort((a, b) => b[1] - a[1]).slice(0, limit).map(([feature]) => feature);
    },
  };
}
