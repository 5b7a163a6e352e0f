import { describe, expect, it } from 'vitest';
import type { CargoRecords } from '../../core/cargo/filing.ts';
import { parseDcsaEvents } from '../../ingest/dcsa/index.ts';
import { mapMessage, readInterchange } from '../../ingest/edifact/index.ts';
import { simConfig } from '../sim-config.ts';
import { generateDays } from '../simulate.ts';
import type { SimFile } from './sim-file.ts';
import { SimFileStream, simFiles } from './sim-files.ts';

const config = simConfig({ seed: 'sim-files', days: 3, containersPerDay: 600 });
const days = [...generateDays(config)];
const files = simFiles(days, config.port);

interface ReadFile {
  readonly file: SimFile;
  readonly unbSender: string | undefined;
  readonly messages: { type: string; documentNumber: string; records: CargoRecords }[];
}

function read(file: SimFile): ReadFile {
  if (file.path.endsWith('.json')) {
    const { records } = parseDcsaEvents(file.text, file.path);
    return {
      file,
      unbSender: undefined,
      messages: [{ type: 'DCSA', documentNumber: file.path, records }],
    };
  }
  const interchange = readInterchange(file.text);
  const messages = interchange.messages.map((m) => {
    const mapped = mapMessage(m, { source: file.path });
    return {
      type: mapped.type ?? '',
      documentNumber: mapped.documentNumber,
      records: mapped.records,
    };
  });
  return { file, unbSender: interchange.received.interchanges[0]?.sender, messages };
}

const sent = files.filter((f) => f.sender !== undefined).map(read);

describe('simFiles', () => {
  it('puts in each file only what happened by the time it was prepared', () => {
    for (const { file, messages } of sent) {
      const prepared = Date.parse(file.preparedAt);
      for (const { records } of messages) {
        for (const e of [...records.containerEvents, ...records.transportEvents])
          expect(Date.parse(e.eventAt), file.path).toBeLessThanOrEqual(prepared);
        // Messages sent before the vessel arrives give its estimated times only.
        for (const c of records.portCalls) {
          expect(c.ata, file.path).toBeUndefined();
          expect(c.atd, file.path).toBeUndefined();
          if (c.eta) expect(Date.parse(c.eta), file.path).toBeGreaterThan(prepared);
        }
      }
    }
  });

  it('gives every message a document number of its own per sender', () => {
    const seen = new Map<string, string>();
    for (const { file, messages } of sent)
      for (const m of messages) {
        const key = `${file.sender?.code}|${m.type}|${m.documentNumber}`;
        expect(seen.get(key), `${key} in ${file.path}`).toBeUndefined();
        seen.set(key, file.path);
      }
    expect(seen.size).toBeGreaterThan(sent.length);
  });

  it('sends terminal messages as the terminal and the rest as the call’s carrier', () => {
    const carriers = new Set(days.flatMap((d) => d.calls.map((c) => c.carrier)));
    const terminals = new Set(days.flatMap((d) => d.calls.map((c) => c.terminal)));
    for (const { file, unbSender, messages } of sent) {
      const terminalMessage = messages.some((m) => m.type === 'CODECO' || m.type === 'COARRI');
      expect(file.sender?.kind, file.path).toBe(terminalMessage ? 'terminal' : 'carrier');
      expect((terminalMessage ? terminals : carriers).has(file.sender?.code ?? '')).toBe(true);
      if (unbSender !== undefined) expect(unbSender, file.path).toBe(file.sender?.code);
    }
    expect(new Set(sent.map((r) => r.file.sender?.code)).size).toBe(carriers.size + terminals.size);
  });

  it('has each move at the port reported by its terminal and by the carrier', () => {
    const key = (e: CargoRecords['containerEvents'][number]) =>
      `${e.containerNumber}|${e.eventType}|${Date.parse(e.eventAt)}`;
    const bySender = new Map<string, Set<string>>();
    for (const { file, messages } of sent)
      for (const m of messages)
        for (const e of m.records.containerEvents)
          if (e.location === config.port) {
            const kinds = bySender.get(key(e)) ?? new Set();
            kinds.add(file.sender?.kind ?? '');
            bySender.set(key(e), kinds);
          }
    const moves = days.flatMap((d) => d.containerEvents).filter((e) => e.location === config.port);
    expect(bySender.size).toBe(new Set(moves.map(key)).size);
    for (const [move, kinds] of bySender)
      expect([...kinds].sort(), move).toEqual(['carrier', 'terminal']);
  });

  it('streams the same files day by day as it gives at once, handing over finished reports early', () => {
    const long = simConfig({ seed: 'sim-files', days: 16, containersPerDay: 150 });
    const all = [...generateDays(long)];
    const stream = new SimFileStream(long.port);
    const byDay = all.map((d) => stream.add(d));
    const streamed = [...byDay.flat(), ...stream.finish()];
    const whole = simFiles(all, long.port);
    expect(streamed.length).toBe(whole.length);
    expect(new Set(streamed.map((f) => f.path)).size).toBe(whole.length);
    const text = new Map(whole.map((f) => [f.path, f.text]));
    for (const f of streamed) expect(f.text === text.get(f.path), f.path).toBe(true);
    // The port's reports of the first days are handed over before the run ends.
    expect(byDay.flat().some((f) => f.path.startsWith('codeco/'))).toBe(true);
  });
});
