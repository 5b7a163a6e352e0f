/**
 * The demo's senders, as an agency registers them: one per carrier of the simulated world (by
 * name; its SCAC is the id it signs its EDIFACT interchanges with) and one per terminal of the
 * port, each with its own API key. Each file is submitted by the actor its sender's key
 * authenticates, as the server would.
 */
import type { Actor } from '../../services/access/actor.ts';
import { createSenderService } from '../../services/intake/sender.service.ts';
import type { AuditDeps } from '../../services/audit/audited-transaction.ts';
import { simCarrier, terminalName, type SimDay, type SimSender } from '../../sim/index.ts';
import { demoAdmin } from './demo-actors.ts';

export interface DemoSenders {
  /** The actor that sends the files of a simulated sender. */
  actorOf(sender: SimSender): Actor;
  readonly count: number;
}

/** Every carrier and terminal of the days' calls, carriers first, each by code. */
export function sendersOf(days: readonly SimDay[]): SimSender[] {
  const calls = days.flatMap((d) => d.calls);
  const codes = (list: string[]) => [...new Set(list)].sort();
  return [
    ...codes(calls.map((c) => c.carrier)).map((code) => ({ kind: 'carrier', code }) as const),
    ...codes(calls.map((c) => c.terminal)).map((code) => ({ kind: 'terminal', code }) as const),
  ];
}

const keyOf = (s: SimSender) => `${s.kind}|${s.code}`;

function nameOf(sender: SimSender, port: string): string {
  switch (sender.kind) {
    case 'carrier':
      return simCarrier(sender.code).name;
    case 'terminal':
      return `${terminalName(port, sender.code)} (${sender.code})`;
  }
}

export async function registerDemoSenders(
  deps: AuditDeps,
  senders: readonly SimSender[],
  port: string,
): Promise<DemoSenders> {
  const service = createSenderService(deps);
  const actors = new Map<string, Actor>();
  for (const s of senders) {
    const stored = await service.addSender(demoAdmin, { name: nameOf(s, port), kind: s.kind });
    const { key } = await service.issueKey(demoAdmin, stored.id);
    const actor = await service.authenticate(key);
    if (!actor) throw new Error(`The key issued to ${stored.name} does not authenticate`);
    actors.set(keyOf(s), actor);
  }
  return {
    count: actors.size,
    actorOf: (s) => {
      const actor = actors.get(keyOf(s));
      if (!actor) throw new Error(`No demo sender ${s.kind} ${s.code}`);
      return actor;
    },
  };
}
