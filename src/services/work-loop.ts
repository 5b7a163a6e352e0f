/**
 * The background workers' loop (scoring, screening, the audit tree head, partner sync): runs its
 * work every `intervalMs`, one run at a time (never piled up), and at once when woken. The intake wakes the workers of its database when it has committed queued work
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

export interface WorkLoopOptions {
  readonly intervalMs: number;
  /** Woken by `signalWork` on this database. */
  readonly database?: Database;
  /** The timer does not keep the process alive. */
  readonly unref?: boolean;
  /** A failed run is handed here (else dropped); the next run tries again. */
  readonly onError?: (error: unknown) => void;
}

export function startWorkLoop(run: () => Promise<unknown>, options: WorkLoopOptions): WorkLoop {
  let stopped = false;
  let running: Promise<void> | undefined;
  let again = false;
  const onError = options.onError ?? (() => undefined);
  // A poll during a run is skipped (the next one comes); a wake during a run runs once more.
  const tick = (woken: boolean) => {
    if (stopped) return;
    if (running) {
      again ||= woken;
      return;
    }
    running = run()
      .then(() => undefined, onError)
      .then(() => {
        running = undefined;
        if (again) {
          again = false;
          tick(true);
        }
      });
  };
  const timer = setInterval(() => tick(false), options.intervalMs);
  if (options.unref) timer.unref();
  const wake = () => tick(true);
  const { database } = options;
  if (database) {
    const set = listeners.get(database) ?? new Set();
    set.add(wake);
    listeners.set(database, set);
  }
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      if (database) listeners.get(database)?.delete(wake);
      await running;
    },
  };
}
