import { describe, expect, it } from 'vitest';
import { describeMmsi, parseMmsi, type Mmsi } from './mmsi.ts';

describe('parseMmsi', () => {
  it('accepts nine digits', () => {
    const r = parseMmsi(' 244123000 ');
    expect(r.ok && r.value).toBe('244123000');
  });

  it.each(['24412300', '2441230000', '24412300A'])('rejects %s', (raw) => {
    expect(parseMmsi(raw).diagnostics.map((d) => d.code)).toEqual(['mmsi.format']);
  });
});

describe('describeMmsi', () => {
  it.each([
    ['244123000', 'ship', '244'],
    ['024412300', 'group', '244'],
    ['002441230', 'coast-station', '244'],
    ['111244123', 'sar-aircraft', '244'],
    ['992441234', 'aid-to-navigation', '244'],
    ['982441234', 'craft-associated', '244'],
    ['824412345', 'handheld', '244'],
    ['970123456', 'autonomous', undefined],
  ])('%s is a %s station with MID %s', (m, kind, mid) => {
    expect(describeMmsi(m as Mmsi)).toEqual({ mmsi: m, kind, mid });
  });
});
