/**
 * `portcullis risk calls`: the vessel calls with assessed containers (and those at the agency's
 * home ports known only from an arrival or departure event, with no container), each line the
 * call's id and counts (as before) then the vessel's name, ETA (and ATA once arrived) and the newest scan
 * plan's counts. `--order eta` lists them as an arrivals board under "Upcoming" and "Past"
 * (then "Without ETA", for calls with neither ETA nor ATA); `--limit` takes 1 to 500 calls (50 unless given); `--json` prints the
 * service's values, the same fields as the HTTP API's.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { CALL_ORDERS, type CallOrder } from '../../services/targeting/targeting-types.ts';
import type { ListedCallSummary } from '../../services/targeting/vessel-listings.ts';
import { printJson } from '../output.ts';
import { riskCommon, withTargeting, type RiskCommonOptions } from './risk.command.ts';

const MAX_CALLS = 500;

const order = (v: string): CallOrder => {
  const found = CALL_ORDERS.find((o) => o === v);
  if (!found) throw new InvalidArgumentError(`not one of ${CALL_ORDERS.join(', ')}`);
  return found;
};

const limit = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > MAX_CALLS)
    throw new InvalidArgumentError(`not a whole number from 1 to ${MAX_CALLS}`);
  return n;
};

/** "2026-11-23 17:11 UTC" */
const minute = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

export function formatCall(c: ListedCallSummary): string {
  const id = `${c.vesselImo}:${c.voyageNumber}:${c.port}`;
  const counts = c.filed
    ? `${c.containers} containers, ${c.high} high, ${c.holds} holds`
    : 'no cargo report yet';
  const times = [
    c.eta ? `ETA ${minute(c.eta)}` : 'no ETA',
    ...(c.ata ? [`arrived ${minute(c.ata)}`] : []),
  ];
  const plan = c.plan
    ? `planned: ${c.plan.selected} selected, ${c.plan.scanned} scanned`
    : 'no plan yet';
  const listed = (c.listed ?? []).map(
    (l) => `ON WATCHLIST ${l.listId} as ${l.name} (${l.programmes.join(', ') || 'no programme'})`,
  );
  return [`${id}  ${counts}`, c.vesselName ?? 'vessel not named', ...times, plan, ...listed].join(
    '  ·  ',
  );
}

const HEADINGS = { upcoming: 'Upcoming', past: 'Past', none: 'Without ETA' } as const;

/** The calls' lines; by ETA, under a heading for each part of the board that has calls. */
export function formatCalls(calls: readonly ListedCallSummary[], by: CallOrder): string {
  if (calls.length === 0)
    return 'No vessel call has assessed containers yet (ingest filings, then "risk score").';
  if (by === 'assessed') return calls.map(formatCall).join('\n');
  const lines: string[] = [];
  for (const part of ['upcoming', 'past', 'none'] as const) {
    const inPart = calls.filter((c) => (c.arrival ?? 'none') === part);
    if (inPart.length === 0) continue;
    if (lines.length > 0) lines.push('');
    lines.push(`${HEADINGS[part]}:`, ...inPart.map(formatCall));
  }
  return lines.join('\n');
}

export function registerRiskCallsCommand(risk: Command): void {
  riskCommon(risk.command('calls'))
    .description(
      'vessel calls with assessed containers, and those at home ports known only from an arrival or departure: vessel, ETA, counts and scan plan',
    )
    .option(
      '--order <order>',
      'assessed (most recently assessed first) or eta (upcoming by ETA, then past)',
      order,
      'assessed',
    )
    .option('--limit <n>', `calls at most (1 to ${MAX_CALLS})`, limit, 50)
    .action(async (o: RiskCommonOptions & { order: CallOrder; limit: number }) => {
      const calls = await withTargeting(o, (c) =>
        c.targeting.listVesselCalls(c.operator, o.limit, o.order),
      );
      if (o.json) return printJson(calls);
      console.log(formatCalls(calls, o.order));
    });
}
