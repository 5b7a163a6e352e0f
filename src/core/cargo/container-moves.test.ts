// Grouping a container's event reports into moves: the same-move rule, discrepancies, and
// properties (arrival order changes nothing; distinct moves are never merged).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containerNo, imo, locode } from '../../../test/support/cargo-fixtures.ts';
import { groupContainerMoves, SAME_MOVE_WINDOW_MS, type EventReport } from './container-moves.ts';
import { EQUIPMENT_EVENT_TYPES, type ContainerEvent } from './events.ts';

const T0 = Date.UTC(2026, 10, 2, 10, 0);
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

function event(minutes: number, overrides: Partial<ContainerEvent> = {}): ContainerEvent {
  return {
    eventType: 'GTIN',
    classifier: 'ACT',
    containerNumber: containerNo(123456),
    eventAt: at(minutes),
    location: locode('BEANR'),
    facility: 'PSA-869',
    fullEmpty: 'full',
    transportCall: { mode: 'TRUCK' },
    ...overrides,
  };
}

function report(
  id: string,
  e: ContainerEvent,
  sender = 'TERMINAL',
  messageType = 'CODECO',
): EventReport {
  const receivedAt = at(60 + Number.parseInt(id.replace(/\D/g, '') || '0', 10));
  const format = messageType === 'DCSA' ? 'dcsa-json' : 'edifact';
  return { id, event: e, source: { filingId: `f-${id}`, messageType, format, sender, receivedAt } };
}

const codeco = (id: string, e: ContainerEvent) => report(id, e, 'BEANRTERM', 'CODECO');
const dcsa = (id: string, e: ContainerEvent) => report(id, e, 'MAEU', 'DCSA');
const groups = (reports: readonly EventReport[]) =>
  groupContainerMoves(reports).map((m) => m.reports.map((r) => r.id).sort());

describe('groupContainerMoves', () => {
  it('makes one move of a terminal and a carrier report of one gate-in, with both sources', () => {
    const seal = [{ number: 'ML123' }];
    const moves = groupContainerMoves([
      dcsa('r2', event(3, { seals: seal, sourceEventId: 'e-1', billNumbers: ['B2'] })),
      codeco('r1', event(0, { billNumbers: ['B1'] })),
    ]);
    expect(moves).toHaveLength(1);
    const [move] = moves;
    expect(move?.reports.map((r) => [r.id, r.source?.messageType])).toEqual([
      ['r1', 'CODECO'],
      ['r2', 'DCSA'],
    ]);
    expect(move?.discrepancies).toEqual([]);
    // The earliest time, the carrier's seal the terminal did not give, both bills, no event id.
    expect(move?.event).toEqual(event(0, { seals: seal, billNumbers: ['B1', 'B2'] }));
  });

  it('keeps a retracted report in its move without letting it count', () => {
    const retracted = (r: EventReport): EventReport => ({ ...r, retracted: true });
    const gateOut = event(5, { eventType: 'GTOT' });
    const moves = groupContainerMoves([
      codeco('r1', event(0, { seals: [{ number: 'ML1' }] })),
      retracted(dcsa('r2', event(2, { seals: [{ number: 'ML9' }] }))),
      // A retracted gate-out between two gate-ins does not make them two visits.
      retracted(report('r3', gateOut, 'OTHER', 'CODECO')),
      report('r4', event(10), 'MSCU', 'DCSA'),
    ]);
    expect(moves.map((m) => [m.reports.map((r) => r.id).sort(), m.retracted])).toEqual([
      [['r1', 'r2', 'r4'], undefined],
      [['r3'], true],
    ]);
    expect(moves[0]?.discrepancies).toEqual([]);
    expect(moves[0]?.event.seals).toEqual([{ number: 'ML1' }]);
  });

  it('merges reports up to the window apart, and not beyond it', () => {
    const window = SAME_MOVE_WINDOW_MS / 60_000;
    expect(groups([codeco('r1', event(0)), dcsa('r2', event(window))])).toEqual([['r1', 'r2']]);
    expect(groups([codeco('r1', event(0)), dcsa('r2', event(window + 1))])).toEqual([
      ['r1'],
      ['r2'],
    ]);
  });

  it('shows a seal, full/empty or vessel disagreement on the one move instead of choosing', () => {
    const [move, ...more] = groupContainerMoves([
      codeco('r1', event(0, { seals: [{ number: 'ml 123' }], fullEmpty: 'empty' })),
      dcsa('r2', event(1, { seals: [{ number: 'ML999' }] })),
      report('r3', event(2, { seals: [{ number: 'ML123' }] }), 'MSCU', 'DCSA'),
    ]);
    expect(more).toEqual([]);
    expect(move?.discrepancies).toEqual([
      {
        field: 'seals',
        values: [
          { value: 'ML123', reportIds: ['r1', 'r3'] },
          { value: 'ML999', reportIds: ['r2'] },
        ],
      },
      {
        field: 'fullEmpty',
        values: [
          { value: 'empty', reportIds: ['r1'] },
          { value: 'full', reportIds: ['r2', 'r3'] },
        ],
      },
    ]);
    expect(move?.event.seals).toBeUndefined();
    expect(move?.event.fullEmpty).toBeUndefined();
    const vessel = (n: string) => ({ mode: 'VESSEL' as const, vesselImo: imo(n) });
    const [disc] = groupContainerMoves([
      codeco('r1', event(0, { eventType: 'DISC', transportCall: vessel('9074729') })),
      dcsa('r2', event(0, { eventType: 'DISC', transportCall: vessel('9321483') })),
    ]);
    expect(disc?.discrepancies.map((d) => d.field)).toEqual(['vessel']);
    expect(disc?.event.transportCall).toEqual({ mode: 'VESSEL' });
  });

  it('keeps moves apart that differ in type, classifier, place or source', () => {
    const apart: [ContainerEvent, ContainerEvent][] = [
      [event(0), event(1, { eventType: 'GTOT' })],
      [event(0), event(1, { classifier: 'EST' })],
      [event(0), event(1, { location: locode('NLRTM') })],
      [event(0), event(1, { facility: 'DPW-1742' })],
      [event(0), event(1, { containerNumber: containerNo(654321) })],
    ];
    for (const [a, b] of apart) expect(groups([codeco('r1', a), dcsa('r2', b)])).toHaveLength(2);
    // The same sender in the same kind of message reported two moves.
    expect(groups([codeco('r1', event(0)), codeco('r2', event(1))])).toHaveLength(2);
    // A report without a facility says nothing against one with it.
    expect(
      groups([codeco('r1', event(0)), dcsa('r2', { ...event(1), facility: 'psa-869' })]),
    ).toHaveLength(1);
  });

  it('does not merge two gate-ins with a gate-out between them', () => {
    const reports = [
      codeco('r1', event(0)),
      codeco('r2', event(4, { eventType: 'GTOT' })),
      dcsa('r3', event(8)),
    ];
    expect(groups(reports)).toEqual([['r1'], ['r2'], ['r3']]);
  });

  it('merges rows stored without a source with any other report of the move', () => {
    const { source: _a, ...old1 } = codeco('r1', event(0));
    const { source: _b, ...old2 } = dcsa('r2', event(0));
    expect(groups([old1, old2])).toEqual([['r1', 'r2']]);
  });
});

/** Reports of one container drawn from a few types, times, places, sources and seals. */
const anyReports = fc
  .uniqueArray(
    fc.record({
      id: fc.integer({ min: 1, max: 10_000 }),
      type: fc.constantFrom('GTIN', 'GTOT', 'DISC'),
      minutes: fc.integer({ min: 0, max: 90 }),
      facility: fc.constantFrom('PSA-869', 'DPW-1742', undefined),
      sender: fc.constantFrom('BEANRTERM', 'MAEU', 'MSCU'),
      seal: fc.constantFrom('ML1', 'ML2', undefined),
    }),
    { selector: (r) => r.id, maxLength: 12 },
  )
  .map((drawn) =>
    drawn.map((d) => {
      const { facility: _f, ...base } = event(d.minutes, { eventType: d.type });
      const e = {
        ...base,
        ...(d.facility === undefined ? {} : { facility: d.facility }),
        ...(d.seal === undefined ? {} : { seals: [{ number: d.seal }] }),
      };
      return report(`r${d.id}`, e, d.sender, d.sender === 'BEANRTERM' ? 'CODECO' : 'DCSA');
    }),
  );

describe('groupContainerMoves properties', () => {
  it('gives the same moves whatever order the reports arrive in', () => {
    fc.assert(
      fc.property(
        anyReports.chain((r) =>
          fc.tuple(fc.constant(r), fc.shuffledSubarray(r, { minLength: r.length })),
        ),
        ([reports, shuffled]) => {
          expect(groupContainerMoves(shuffled)).toEqual(groupContainerMoves(reports));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does not change the moves when the reports were received in another order', () => {
    fc.assert(
      fc.property(anyReports, fc.integer(), (reports, seed) => {
        const times = reports.map((r) => r.source?.receivedAt ?? '');
        const rotated = reports.map((r, i) => {
          const receivedAt = times[(i + Math.abs(seed)) % times.length] ?? '';
          return { ...r, ...(r.source ? { source: { ...r.source, receivedAt } } : {}) };
        });
        const shape = (rs: readonly EventReport[]) =>
          groupContainerMoves(rs).map((m) => ({
            ids: m.reports.map((r) => r.id).sort(),
            event: m.event,
            discrepancies: m.discrepancies,
          }));
        expect(shape(rotated)).toEqual(shape(reports));
      }),
      { numRuns: 300 },
    );
  });

  it('never merges two reports of one sender in one kind of message', () => {
    fc.assert(
      fc.property(anyReports, (reports) => {
        const one = reports.map((r) => ({
          ...r,
          source: { ...r.source!, sender: 'X', messageType: 'DCSA' },
        }));
        expect(groupContainerMoves(one)).toHaveLength(one.length);
      }),
      { numRuns: 200 },
    );
  });

  it('never merges distinct moves, and merges every report of one move', () => {
    // A move's reports lie within the window of its start; the next move starts more than the
    // window after the last of them (closer, two reports from different senders are one move).
    const window = SAME_MOVE_WINDOW_MS / 60_000;
    const oneMove = fc.record({
      type: fc.constantFrom(...EQUIPMENT_EVENT_TYPES),
      gap: fc.integer({ min: 2 * window + 1, max: 48 * 60 }),
      senders: fc.subarray(['BEANRTERM', 'MAEU', 'MSCU'], { minLength: 1 }),
      jitter: fc.array(fc.integer({ min: 0, max: window }), { minLength: 3, maxLength: 3 }),
      fullEmpty: fc.array(fc.constantFrom('full' as const, 'empty' as const), {
        minLength: 3,
        maxLength: 3,
      }),
    });
    fc.assert(
      fc.property(fc.array(oneMove, { minLength: 1, maxLength: 8 }), (drawn) => {
        let start = 0;
        let n = 0;
        const truth: string[][] = [];
        const reports = drawn.flatMap((m) => {
          start += m.gap;
          const ids: string[] = [];
          const rs = m.senders.map((sender, i) => {
            const id = `r${++n}`;
            ids.push(id);
            const e = event(start + (m.jitter[i] ?? 0), {
              eventType: m.type,
              fullEmpty: m.fullEmpty[i] ?? 'full',
            });
            return report(id, e, sender, sender === 'BEANRTERM' ? 'CODECO' : 'DCSA');
          });
          truth.push(ids.sort());
          return rs;
        });
        expect(groups(reports)).toEqual(truth);
      }),
      { numRuns: 300 },
    );
  });
});
