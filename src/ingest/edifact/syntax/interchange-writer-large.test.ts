import { describe, expect, it } from 'vitest';
import { writeInterchange } from './interchange-writer.ts';

describe('writeInterchange on a very large message', () => {
  it('writes 200,000 segments in one message with the right UNT count', () => {
    const body = Array.from({ length: 200_000 }, (_, i) => ({
      tag: 'FTX',
      elements: [['AAA'], [], [], [`line ${i}`]],
    }));
    const envelope = {
      sender: 'A',
      recipient: 'B',
      controlReference: '1',
      preparedAt: '2026-01-01T00:00:00Z',
    };
    const text = writeInterchange(envelope, [
      { type: 'CUSCAR', version: 'D', release: '95B', agency: 'UN', reference: 'M1', body },
    ]);
    expect(text).toContain("UNT+200002+M1'");
    expect(text.endsWith("UNZ+1+1'")).toBe(true);
  });
});
