/**
 * How much work inspecting files may cost: bytes that decoders produce and time. One budget is
 * shared by every file of a message, so twenty small bombs in one e-mail cost what one may cost;
 * each file also gets its own, smaller share (inspect-file.ts). Time is read from a monotonic
 * clock passed in, so a test can drive it.
 */

export interface InspectionBudget {
  /** Decoded bytes still allowed (every decoder's output at every stage counts). */
  readonly decodedBytesLeft: number;
  /** Milliseconds left before the inspection must give up. */
  msLeft(): number;
  /** Charges decoded bytes; false once the budget is spent. */
  spend(bytes: number): boolean;
  /** A budget for one part of the work: never more than what is left here, and charged here too. */
  share(limits: { maxDecodedBytes: number; maxMs: number }): InspectionBudget;
}

export interface InspectionBudgetLimits {
  maxDecodedBytes: number;
  maxMs: number;
}

export function createInspectionBudget(limits: InspectionBudgetLimits, now: () => number = () => performance.now(), parent?: InspectionBudget): InspectionBudget {
  const deadline = now() + limits.maxMs;
  let left = limits.maxDecodedBytes;
  const budget: InspectionBudget = {
    get decodedBytesLeft() {
      return parent ? Math.min(left, parent.decodedBytesLeft) : left;
    },
    msLeft() {
      const own = deadline - now();
      return parent ? Math.min(own, parent.msLeft()) : own;
    },
    spend(bytes) {
      left -= bytes;
      const parentOk = parent ? parent.spend(bytes) : true;
      return parentOk && left >= 0;
    },
    share(shareLimits) {
      return createInspectionBudget(shareLimits, now, budget);
    },
  };
  return budget;
}
