// Fuzzing: 10,000+ mutated interchanges per run from the fixtures, with a fixed seed. Every input
// must finish quickly without an exception and give well-formed messages and diagnostics; a
// CONTRL written for it must read back as one clean message.
import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../../../core/diagnostic.ts';
import {
  EDIFACT_FIXTURE_NAMES,
  chunked,
  edifactFixture,
} from '../../../../test/fixtures/edifact/edifact-fixtures.ts';
import { mutateEdifact as mutate, pick, random } from '../../../../test/support/fuzz-mutations.ts';
import { writeContrl } from '../acknowledgements/contrl-writer.ts';
import { EDIFACT_DIAGNOSTIC_CODES } from './edifact-diagnostic-codes.ts';
import { writeInterchange } from './interchange-writer.ts';
import { readInterchange, type InterchangeReadResult } from './read-interchange.ts';
import { streamInterchange } from './stream-interchange.ts';
import type { EdifactMessage } from './segment.ts';

const RUNS = 10_000;
const STREAM_EVERY = 20;

const KNOWN_CODES = new Set<string>(EDIFACT_DIAGNOSTIC_CODES);

/** Problems with a result, as text (plain checks: expect() per segment would dominate the run time). */
function malformed(r: InterchangeReadResult, length: number): string[] {
  const problems: string[] = [];
  for (const m of r.messages) {
    if (m.segments[0]?.tag !== 'UNH' || m.segments.at(-1)?.tag !== 'UNT')
      problems.push(`message ${m.reference} not UNH..UNT`);
    m.segments.forEach((s, i) => {
      if (s.index !== i + 1 || s.offset < 0 || s.offset > length || s.line < 1)
        problems.push(`segment ${i + 1} position`);
    });
  }
  for (const d of r.diagnostics) {
    if (!KNOWN_CODES.has(d.code) || !SEVERITIES.includes(d.severity) || d.message === '')
      problems.push(`diagnostic ${d.code}`);
    const offset = d.at?.offset;
    if (offset !== undefined && (offset < 0 || offset > length))
      problems.push(`diagnostic ${d.code} offset ${offset}`);
  }
  if (r.received.messages.filter((m) => m.delivered).length !== r.messages.length)
    problems.push('received log');
  return problems;
}

function checkContrl(r: InterchangeReadResult): void {
  const subject = r.received.interchanges[0];
  if (!subject) return;
  const env = {
    sender: 'P',
    recipient: 'S',
    controlReference: '1',
    preparedAt: '2026-01-01T00:00',
  };
  const back = readInterchange(
    writeContrl({
      envelope: env,
      reference: '1',
      subject,
      received: r.received,
      diagnostics: r.diagnostics,
    }),
  );
  expect(back.messages).toHaveLength(1);
  expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
}

const seeds = [
  ...EDIFACT_FIXTURE_NAMES.map(edifactFixture),
  new TextEncoder().encode(
    writeInterchange(
      {
        sender: 'S',
        recipient: 'R',
        controlReference: '5',
        preparedAt: '2026-01-01T00:00',
        syntax: 'UNOY',
      },
      [
        {
          type: 'CUSCAR',
          version: 'D',
          release: '95B',
          agency: 'UN',
          reference: '1',
          body: [{ tag: 'NAD', elements: [['CZ'], ['Øresund — 東京', "it's"], ['A*B']] }],
        },
      ],
    ),
  ),
];

/** A message with every segment as plain data (span segments keep their text privately). */
function plain(m: EdifactMessage) {
  const segments = m.segments.map((s) => ({
    tag: s.tag,
    elements: s.elements,
    index: s.index,
    line: s.line,
    offset: s.offset,
    repetitions: s.repetitions,
  }));
  return { ...m, segments };
}

describe('fuzzing the reader', () => {
  it(`survives ${RUNS} mutated inputs with well-formed results`, async () => {
    const rnd = random(0x5eed_ed1);
    const started = performance.now();
    let slowest = 0;
    for (let run = 0; run < RUNS; run++) {
      const input = mutate(seeds[run % seeds.length] ?? new Uint8Array(), rnd);
      const t0 = performance.now();
      const r = readInterchange(input);
      slowest = Math.max(slowest, performance.now() - t0);
      const problems = malformed(r, input.length);
      if (problems.length > 0) expect({ run, problems }).toEqual({ run, problems: [] });
      if (run % STREAM_EVERY === 0) {
        const stream = streamInterchange(chunked(input, [1 + pick(rnd, 64), 1 + pick(rnd, 512)]));
        const messages = [];
        for await (const m of stream) messages.push(m);
        expect({ messages: messages.map(plain), diagnostics: stream.diagnostics }).toEqual({
          messages: r.messages.map(plain),
          diagnostics: r.diagnostics,
        });
        checkContrl(r);
      }
    }
    // Loose bounds: they catch a hang or a quadratic blow-up, not a slow machine.
    expect(slowest).toBeLessThan(2000);
    expect(performance.now() - started).toBeLessThan(60_000);
  });
});
