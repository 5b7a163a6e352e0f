import { describe, expect, it } from 'vitest';
import { parseScac } from './scac.ts';

describe('parseScac', () => {
  it.each([
    ['MAEU', 'MAEU'],
    ['cmdu', 'CMDU'],
    [' ONEY ', 'ONEY'],
    ['UP', 'UP'],
  ])('accepts %j as %s', (raw, value) => {
    const r = parseScac(raw);
    expect(r.ok && r.value).toBe(value);
  });

  it.each(['M', 'MAEUX', 'MA3U', 'MA EU'])('rejects %j', (raw) => {
    expect(parseScac(raw).diagnostics.map((d) => d.code)).toEqual(['scac.format']);
  });
});
