/** Calibrated confidence and thresholds from a precision target: pure, table-driven. */
import { describe, expect, it } from 'vitest';
import { calibratedConfidence, chooseThresholds, fitCalibrator, lowestThreshold, NEVER, thresholdFor } from '../../server/routing/calibration';

/** A sample whose right answers grow more likely with the margin: P(right) = σ(2·margin − 1). */
function sample(n: number): { departmentId: string; margin: number; correct: boolean }[] {
  const out = [];
  for (let i = 0; i < n; i++) {
    const margin = (i % 50) / 10; // 0 … 4.9
    // Deterministic: of every 20 routings at a margin, round(20·p) are right.
    const p = 1 / (1 + Math.exp(-(2 * margin - 1)));
    out.push({ departmentId: i % 2 ? 'a' : 'b', margin, correct: Math.floor(i / 50) % 20 < Math.round(20 * p) });
  }
  return out;
}

describe('calibration', () => {
  it('recovers the probability a margin stands for', () => {
    const c = fitCalibrator(sample(1000));
    for (const margin of [0, 1, 2, 3]) {
      expect(calibratedConfidence(c, margin)).toBeCloseTo(1 / (1 + Math.exp(-(2 * margin - 1))), 1);
    }
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
});
