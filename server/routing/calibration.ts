/**
 * Confidence that means what it says. The classifier's softmax is sharp by construction (a
 * sharpness constant), so "0.8" from it is a ranking, not a probability. Here a logistic map
 * (Platt scaling) is fitted from held-out routings — each petition or catalogue text scored by a
 * model that never saw it — from the margin between the best and the second department to the
 * chance that the best one is right. The map is linear in the logarithm of the margin: the odds of
 * being right rise steeply just past a tie and level off far from it, where every held-out routing
 * is right (see fitCalibrator). Per department, the auto-routing threshold is then the lowest
 * confidence at which the held-out routings to that department reach the precision target, never
 * below a floor; a department with too few held-out routings to tell takes the pooled threshold.
 * Pure.
 */

export interface Calibrator {
  /** P(right) = 1 / (1 + exp(-(slope · ln(margin) + intercept))), the margin taken at least MIN_MARGIN. */
  slope: number;
  intercept: number;
}

export interface HeldOutRouting {
  /** The department the model ranked first. */
  departmentId: string;
  /** ln(p1 / p2) of the model's own probabilities. */
  margin: number;
  /** Whether the first department was the right one. */
  correct: boolean;
}

export interface Thresholds {
  /** Confidence at or above which a routing to the department is automatic. */
  byDepartment: ReadonlyMap<string, number>;
  /** For departments without a threshold of their own. */
  pooled: number;
}

/** Never auto-route: no confidence reaches it. */
export const NEVER = Number.POSITIVE_INFINITY;

/** Keeps the fit finite on a sample that margin separates perfectly. */
const RIDGE = 1e-3;

const sigmoid = (x: number) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));

/** A margin this small is a tie: the map's input is the margin's logarithm, which a tie would send to −∞. */
export const MIN_MARGIN = 1e-3;

/** What the logistic map is linear in: the logarithm of the margin. */
const logMargin = (margin: number) => Math.log(Math.max(MIN_MARGIN, margin));

export function calibratedConfidence(c: Calibrator, margin: number): number {
  return sigmoid(c.slope * logMargin(margin) + c.intercept);
}

/** Without held-out routings: confidence rises with the margin, and no routing reaches the target by it. */
export const UNCALIBRATED: Readonly<Calibrator> = Object.freeze({ slope: 1, intercept: 0 });

/**
 * Platt's fit (Newton's method on the log-loss), with his smoothed targets — (n₊+1)/(n₊+2) for a
 * right routing, 1/(n₋+2) for a wrong one — so that a sample with no wrong routing does not
 * claim certainty, and a small sample claims less than a large one.
 *
 * On the logarithm of the margin, not the margin itself. The smoothed target leaves every right
 * routing a share of an error (about 1 % on a desk of a hundred learned petitions), and on a
 * learned desk a third of the held-out routings lie at margins above 6 (ln(p1/p2): the best
 * department hundreds of times likelier than the second), all of them right. A logistic linear in
 * the margin can keep those at 99 % only by flattening its slope and raising its intercept, which
 * put a near tie (margin 0.1, where held-out routings were wrong more often than not) at a
 * calibrated 0.85–0.92, and the 0.9 threshold at margins of 0.15–0.5. On the log of the margin
 * the curve can rise steeply past a tie and level off far from it, so the smoothing holds the far
 * routings near 99 % without lifting the near ties.
 */
export function fitCalibrator(samples: readonly HeldOutRouting[]): Calibrator {
  const positives = samples.filter((s) => s.correct).length;
  const negatives = samples.length - positives;
  if (samples.length === 0) return UNCALIBRATED;
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (negatives + 2);
  const target = (x: { correct: boolean }) => (x.correct ? hi : lo);
  const xs = samples.map((x) => ({ margin: logMargin(x.margin), correct: x.correct }));
  // Log-loss with a little ridge on the slope, computed stably (Lin, Lin & Weng's form of Platt's fit).
  const loss = (a: number, b: number) => {
    let sum = RIDGE * a * a;
    for (const x of xs) {
      const f = a * x.margin + b;
      const t = target(x);
      sum += f >= 0 ? (1 - t) * f + Math.log1p(Math.exp(-f)) : -t * f + Math.log1p(Math.exp(f));
    }
    return sum;
  };
  let a = 0;
  let b = Math.log((positives + 1) / (negatives + 1));
  let current = loss(a, b);
  for (let iteration = 0; iteration < 100; iteration++) {
    let ga = 2 * RIDGE * a;
    let gb = 0;
    let haa = 2 * RIDGE + 1e-12;
    let hab = 0;
    let hbb = 1e-12;
    for (const x of xs) {
      const p = sigmoid(a * x.margin + b);
      const t = target(x);
      const w = p * (1 - p);
      ga += (p - t) * x.margin;
      gb += p - t;
      haa += w * x.margin * x.margin;
      hab += w * x.margin;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (!(det > 0)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    // Backtracking: a full Newton step overshoots when the sample is nearly separable.
    let step = 1;
    let next = loss(a - da, b - db);
    while (next > current && step > 1e-8) {
      step /= 2;
      next = loss(a - step * da, b - step * db);
    }
    if (next > current) break;
    a -= step * da;
    b -= step * db;
    const improved = current - next;
    current = next;
    if (improved < 1e-10 * Math.max(1, current)) break;
  }
  return Number.isFinite(a) && Number.isFinite(b) ? { slope: a, intercept: b } : UNCALIBRATED;
}

export interface ThresholdSettings {
  /** The share of automatic routings that must be right (e.g. 0.99). */
  precisionTarget: number;
  /**
   * No threshold below this, however lucky the sample: a held-out sample of a few hundred cannot
   * show 99 % by counting alone, so the calibrated probability itself must say the desk is at
   * most one time in ten wrong before it routes without a person.
   */
  floor: number;
  /** A department with fewer held-out routings than this takes the pooled threshold. */
  minPerDepartment: number;
}

export const DEFAULT_THRESHOLD_SETTINGS: Readonly<ThresholdSettings> = Object.freeze({ precisionTarget: 0.99, floor: 0.9, minPerDepartment: 20 });

/**
 * The lowest confidence t such that the held-out routings at or above t are right at least as often
 * as the target, never below the floor.
 */
export function lowestThreshold(items: readonly { confidence: number; correct: boolean }[], settings: ThresholdSettings): number {
  const sorted = [...items].sort((x, y) => y.confidence - x.confidence);
  let right = 0;
  let best = NEVER;
  for (let i = 0; i < sorted.length; i++) {
    right += Number(sorted[i].correct);
    const tieFollows = i + 1 < sorted.length && sorted[i + 1].confidence === sorted[i].confidence;
    if (!tieFollows && right / (i + 1) >= settings.precisionTarget) best = sorted[i].confidence;
  }
  return best === NEVER ? NEVER : Math.max(settings.floor, best);
}

/**
 * The pooled threshold over every held-out routing, and one of its own for each department with
 * enough held-out routings to tell; the rest take the pooled one. A department's own threshold
 * only ever raises the pooled one: a few dozen held-out routings can show that a department is
 * routed worse than the desk as a whole (one confident miss among them), but not that it is routed
 * better, at 99 % — twenty right routings in a row happen four times in five at 99 %, and still
 * two times in three at 98 %.
 */
export function chooseThresholds(items: readonly (HeldOutRouting & { confidence: number })[], settings: ThresholdSettings = DEFAULT_THRESHOLD_SETTINGS): Thresholds {
  const pooled = lowestThreshold(items, settings);
  const byDepartment = new Map<string, number>();
  const groups = new Map<string, (HeldOutRouting & { confidence: number })[]>();
  for (const item of items) groups.set(item.departmentId, [...(groups.get(item.departmentId) ?? []), item]);
  for (const [departmentId, group] of groups) {
    if (group.length >= settings.minPerDepartment) byDepartment.set(departmentId, Math.max(pooled, lowestThreshold(group, settings)));
  }
  return { byDepartment, pooled };
}

export function thresholdFor(thresholds: Thresholds, departmentId: string): number {
  return thresholds.byDepartment.get(departmentId) ?? thresholds.pooled;
}
