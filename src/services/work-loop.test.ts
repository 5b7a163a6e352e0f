import { describe, expect, it } from 'vitest';
import type { Database } from '../storage/index.ts';
import { signalWork, startWorkLoop } from './work-loop.ts';

const database = {} as Database;
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe('startWorkLoop', () => {
  it('runs at once when its database signals work, not only at the next poll', async () => {
    let runs = 0;
    const loop = startWorkLoop(
      () => {
        runs++;
        return Promise.resolve();
      },
      { intervalMs: 60_000, database },
    );
    signalWork(database);
    await until(() => runs === 1);
    expect(runs).toBe(1);
    signalWork({} as Database); // another database's work does not wake it
    await new Promise((r) => setTimeout(r, 20));
    expect(runs).toBe(1);
    await loop.stop();
    signalWork(database);
    await new Promise((r) => setTimeout(r, 20));
    expect(runs).toBe(1);
  });

  it('never runs twice at a time: wakes during a run make one more run after it', async () => {
    let active = 0;
    let most = 0;
    let runs = 0;
    let release: () => void = () => undefined;
    const loop = startWorkLoop(
      async () => {
        runs++;
        active++;
        most = Math.max(most, active);
        await new Promise<void>((r) => (release = r));
        active--;
      },
      { intervalMs: 60_000, database },
    );
    signalWork(database);
    await until(() => runs === 1);
    signalWork(database);
    signalWork(database);
    release();
    await until(() => runs === 2);
    release();
    await new Promise((r) => setTimeout(r, 20));
    expect(runs).toBe(2);
    expect(most).toBe(1);
    await loop.stop();
  });

  it('polls on its interval, and stop waits for the run under way', async () => {
    let runs = 0;
    let finished = false;
    const loop = startWorkLoop(
      async () => {
        runs++;
        await new Promise((r) => setTimeout(r, 30));
        finished = true;
      },
      { intervalMs: 10 },
    );
    await until(() => runs >= 1);
    await loop.stop();
    expect(finished).toBe(true);
  });
});
