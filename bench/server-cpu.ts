/**
 * Bench support: CPU milliseconds used so far by the PostgreSQL server's processes on this
 * machine (every process named `postgres`, background workers included), from /proc. Wall time
 * on a shared machine follows its load; the CPU a step made the server use is steadier. Undefined
 * where /proc cannot be read or shows no server (another machine, another operating system).
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

export function serverCpuMs(): number | undefined {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return undefined;
  }
  let total = 0;
  let found = false;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      if (stat.slice(stat.indexOf('(') + 1, close) !== 'postgres') continue;
      const fields = stat.slice(close + 2).split(' ');
      // utime and stime: the 14th and 15th fields, 12th and 13th after the name.
      total += (Number(fields[11]) + Number(fields[12])) * TICK_MS;
      found = true;
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return found ? total : undefined;
}
