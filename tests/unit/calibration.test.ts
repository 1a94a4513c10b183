/** Calibrated confidence and thresholds from a precision target: pure, table-driven. */
import { describe, expect, it } from 'vitest';
import { calibratedConfidence, chooseThresholds, fitCalibrator, lowestThreshold, NEVER, thresholdFor } from '../../server/routing/calibration';

/** P(right) of the synthetic samples: odds rising as a power of the margin, σ(1.5·ln(margin) + 1). */
const truth = (margin: number) => 1 / (1 + Math.exp(-(1.5 * Math.log(margin) + 1)));

/** A sample whose right answers grow more likely with the margin, as `truth` says. */
function sample(n: number): { departmentId: string; margin: number; correct: boolean }[] {
  const out = [];
  for (let i = 0; i < n; i++) {
    const margin = 0.1 + (i % 50) / 10; // 0.1 … 5.0
    // Deterministic: of every 20 routings at a margin, round(20·p) are right.
    out.push({ departmentId: i % 2 ? 'a' : 'b', margin, correct: Math.floor(i / 50) % 20 < Math.round(20 * truth(margin)) });
  }
  return out;
}

/**
 * Shaped like a learned desk's held-out routings: most far from a tie (margins 1–12.6) and all
 * right there, the few near a tie wrong one time in three.
 */
function desk(): { departmentId: string; margin: number; correct: boolean }[] {
  const out: { departmentId: string; margin: number; correct: boolean }[] = [];
  for (let i = 0; i < 90; i++) out.push({ departmentId: 'a', margin: 1 + (i % 30) / 2.5, correct: true });
  const nearTies = [[0.02, false], [0.05, true], [0.1, false], [0.15, true], [0.2, true], [0.3, true], [0.4, true], [0.5, true], [0.6, false], [0.8, true]] as const;
  for (const [margin, correct] of nearTies) out.push({ departmentId: 'a', margin, correct });
  return out;
}

describe('calibration', () => {
  it('recovers the probability a margin stands for', () => {
    const c = fitCalibrator(sample(1000));
    for (const margin of [0.2, 0.5, 1, 3]) {
      expect(calibratedConfidence(c, margin)).toBeCloseTo(truth(margin), 1);
    }
  });

  it('right routings far from a tie do not lift a near tie to a confident one', () => {
    // Linear in the margin, Platt's smoothed targets put a margin of 0.1 here at 0.86.
    const c = fitCalibrator(desk());
    expect(calibratedConfidence(c, 0.1)).toBeLessThan(0.8);
    expect(calibratedConfidence(c, 0.05)).toBeLessThan(calibratedConfidence(c, 0.1));
    expect(calibratedConfidence(c, 10)).toBeGreaterThan(0.99);
    expect(calibratedConfidence(c, 10)).toBeLessThan(1);
  });

  it('a tie is as unsure as a near tie', () => {
    const c = fitCalibrator(desk());
    expect(calibratedConfidence(c, 0)).toBe(calibratedConfidence(c, 1e-6));
    expect(calibratedConfidence(c, 0)).toBeLessThan(0.5);
  });

  it('stays finite, and short of certainty, on a sample with no wrong routing', () => {
    const c = fitCalibrator([1, 2, 3, 4].map((margin) => ({ departmentId: 'a', margin, correct: true })));
    expect(Number.isFinite(c.slope) && Number.isFinite(c.intercept)).toBe(true);
    expect(calibratedConfidence(c, 4)).toBeLessThan(1);
  });

  it.each([
    ['the lowest confidence at which the routings above it meet the target', [[0.99, true], [0.97, true], [0.95, true], [0.93, false], [0.92, true]], 0.95],
    ['never below the floor, however lucky the sample', [[0.99, true], [0.8, true], [0.6, true]], 0.9],
    ['never, when even the most confident routing is wrong', [[0.99, false], [0.95, true]], NEVER],
  ] as const)('%s', (_what, items, expected) => {
    const routings = items.map(([confidence, correct]) => ({ confidence, correct }));
    expect(lowestThreshold(routings, { precisionTarget: 0.99, floor: 0.9, minPerDepartment: 2 })).toBe(expected);
  });

  it('a department with few held-out routings takes the pooled threshold', () => {
    const items = [
      ...Array.from({ length: 30 }, (_, i) => ({ departmentId: 'big', margin: 0, confidence: 0.9 + i / 1000, correct: true })),
      { departmentId: 'small', margin: 0, confidence: 0.95, correct: true },
      { departmentId: 'big', margin: 0, confidence: 0.985, correct: false },
    ];
    const t = chooseThresholds(items, { precisionTarget: 0.99, floor: 0.9, minPerDepartment: 20 });
    expect(t.byDepartment.has('small')).toBe(false);
    expect(thresholdFor(t, 'small')).toBe(t.pooled);
    expect(thresholdFor(t, 'big')).toBeGreaterThan(0.985);
  });

  it("a department's own threshold never goes below the pooled one", () => {
    const items = [
      // 'lucky': 25 right routings, from 0.90 up, enough to have a threshold of its own (the floor).
      ...Array.from({ length: 25 }, (_, i) => ({ departmentId: 'lucky', margin: 0, confidence: 0.9 + i / 1000, correct: true })),
      // The desk as a whole misses at 0.95.
      ...Array.from({ length: 50 }, (_, i) => ({ departmentId: 'other', margin: 0, confidence: 0.96 + i / 2000, correct: true })),
      { departmentId: 'other', margin: 0, confidence: 0.95, correct: false },
    ];
    const t = chooseThresholds(items, { precisionTarget: 0.99, floor: 0.9, minPerDepartment: 20 });
    expect(t.pooled).toBeGreaterThan(0.95);
    expect(thresholdFor(t, 'lucky')).toBe(t.pooled);
  });
});
