/**
 * The background workers' loop (scoring, screening): runs its work every `intervalMs`, one run at
 * a time (a run that outlasts the interval is followed by the next, never piled up), and at once
 * when woken. The intake wakes the workers of its database when it has committed queued work
 * (`signalWork`), so an accepted filing is screened and scored without waiting for the next
 * poll; workers in other processes, or of work queued elsewhere, find it by polling.
 */
import type { Database } from '../storage/index.ts';

export interface WorkLoop {
  /** Stops polling and listening, and waits for the run under way. */
  stop(): Promise<void>;
}

const listeners = new WeakMap<Database, Set<() => void>>();

/** Wakes the work loops of `database` in this process. */
export function signalWork(database: Database): void {
  for (const wake of listeners.get(database) ?? []) wake();
}

export function startWorkLoop(
  run: () => Promise<unknown>,
  options: { readonly intervalMs: number; readonly database?: Database },
): WorkLoop {
  let stopped = false;
  let running: Promise<void> | undefined;
  let again = false;
  const tick = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = run()
      .catch(() => undefined)
      .then(() => {
        running = undefined;
        if (again) {
          again = false;
          tick();
        }
      });
  };
  const timer = setInterval(tick, options.intervalMs);
  const { database } = options;
  if (database) {
    const set = listeners.get(database) ?? new Set();
    set.add(tick);
    listeners.set(database, set);
  }
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      if (database) listeners.get(database)?.delete(tick);
      await running;
    },
  };
}
