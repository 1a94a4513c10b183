/** Small waiting helpers for the queue adapters (timers only, no I/O). */

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** True when `promise` settled within `ms`; the timer does not keep the process alive afterwards. */
export async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A sleep that wake() cuts short — the poller sleeps between polls, an enqueue or a finished job wakes
 * it. A wake() while nobody sleeps is remembered, so the next sleep returns at once instead of missing it.
 */
export function createAlarm(): { sleep(ms: number): Promise<void>; wake(): void } {
  let sleeper: (() => void) | null = null;
  let pending = false;
  return {
    sleep(ms) {
      if (pending) {
        pending = false;
        return Promise.resolve();
      }
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          sleeper = null;
          resolve();
        }, ms);
        sleeper = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    },
    wake() {
      const waiting = sleeper;
      sleeper = null;
      if (waiting) waiting();
      else pending = true;
    },
  };
}
