/**
 * Bench support: time spent in the embedded engine, by statement target, for a breakdown of
 * POST-to-stored. Wraps PGlite's `query` (and a transaction's) once, in the bench process only.
 */
import { PGlite } from '@electric-sql/pglite';

type Query = (text: string, params?: unknown[], options?: unknown) => Promise<unknown>;
interface Tx {
  query: Query;
}

/** Wall and CPU milliseconds of a statement target. */
export interface SqlTime {
  wall: number;
  cpu: number;
}

const totals = new Map<string, SqlTime>();
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function add(key: string, wall: number, cpu: number): void {
  const t = totals.get(key) ?? { wall: 0, cpu: 0 };
  t.wall += wall;
  t.cpu += cpu;
  totals.set(key, t);
}

/** `INSERT INTO x`, `COPY x`, `… FROM x`, `UPDATE x`: the first table a statement names. */
function targetOf(text: string): string {
  const m = /\b(?:insert\s+into|copy|update|from)\s+"?([a-z_]+)"?/i.exec(text);
  return m?.[1] ?? 'other';
}

function timed(query: Query): Query {
  return async (text, params, options) => {
    const [t0, c0] = [performance.now(), cpuMs()];
    try {
      return await query(text, params, options);
    } finally {
      add(targetOf(text), performance.now() - t0, cpuMs() - c0);
    }
  };
}

let installed = false;

/** Starts timing every PGlite statement of this process. */
export function installSqlTimer(): void {
  if (installed) return;
  installed = true;
  const proto = PGlite.prototype as unknown as {
    query: Query;
    transaction: (fn: (tx: Tx) => Promise<unknown>) => Promise<unknown>;
  };
  const query = proto.query;
  proto.query = function (this: PGlite, ...args) {
    return timed(query.bind(this))(...args);
  };
  const transaction = proto.transaction;
  proto.transaction = async function (this: PGlite, fn) {
    let [done, cpu] = [0, 0];
    const result = await transaction.call(this, async (tx: Tx) => {
      tx.query = timed(tx.query.bind(tx));
      const value = await fn(tx);
      [done, cpu] = [performance.now(), cpuMs()];
      return value;
    });
    if (done > 0) add('commit', performance.now() - done, cpuMs() - cpu);
    return result;
  };
}

/** Time per statement target since the last call, and resets. */
export function takeSqlTimes(): Map<string, SqlTime> {
  const out = new Map(totals);
  totals.clear();
  return out;
}
