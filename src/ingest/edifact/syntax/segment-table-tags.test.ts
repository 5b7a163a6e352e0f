import { describe, expect, it } from 'vitest';
import { readInterchange } from './read-interchange.ts';
import { tableOf } from './message-table.ts';

const UNB = "UNB+UNOC:3+SENDER+RECIPIENT+240301:1000+REF1'";

describe('segment table tags', () => {
  it('reads the tag of every segment of a message longer than one list of tags', () => {
    const body = Array.from({ length: 20_000 }, (_, i) => (i % 3 === 0 ? "EQD+CN'" : "FTX+AAA'"));
    const text = `${UNB}UNH+1+BAPLIE:D:95B:UN'${body.join('')}UNT+20002+1'UNZ+1+REF1'`;
    const [message] = readInterchange(text).messages;
    const t = tableOf(message!);
    expect(t.count).toBe(20_002);
    expect(t.tag(0)).toBe('UNH');
    for (const i of [1, 8191, 8192, 8193, 16384, 19999, 20000])
      expect(t.tag(i)).toBe((i - 1) % 3 === 0 ? 'EQD' : 'FTX');
    expect(t.tag(20_001)).toBe('UNT');
    expect(t.tag(20_002)).toBe('');
    expect(t.tag(-1)).toBe('');
  });

  it('keeps an odd tag as sent', () => {
    const text = `${UNB}UNH+1+BAPLIE:D:95B:UN'eqd+CN'EQD+CN'UNT+4+1'UNZ+1+REF1'`;
    const t = tableOf(readInterchange(text).messages[0]!);
    expect([t.tag(1), t.tag(2)]).toEqual(['eqd', 'EQD']);
  });
});
