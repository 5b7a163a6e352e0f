import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../storage/index.ts';
import { actorLabel, auditEntryOf } from './audit-entry-of.ts';

const event: AuditEvent = {
  id: 41,
  at: '2026-01-01T00:00:00.000Z',
  actorKind: 'user',
  actorId: 'ana@port.example',
  actorAgencyId: 'ag-a',
  action: 'consignment.read',
  resourceType: 'consignment',
  resourceId: 'c-1',
  agencyId: 'ag-b',
  outcome: 'failure',
  details: { error: 'not_found' },
  requestId: 'req-1',
};

describe('auditEntryOf', () => {
  it('takes every stored column into the entry, with the given sequence number', () => {
    expect(auditEntryOf(event, 7)).toEqual({
      seq: 7,
      at: event.at,
      actor: 'user:ana%40port.example@ag-a',
      action: 'consignment.read',
      resourceType: 'consignment',
      resourceId: 'c-1',
      agencyId: 'ag-b',
      outcome: 'error',
      details: { error: 'not_found' },
      requestId: 'req-1',
    });
  });

  it('maps outcomes and leaves absent columns out', () => {
    const { resourceId: _r, agencyId: _a, requestId: _q, actorAgencyId: _g, ...bare } = event;
    const entry = auditEntryOf({ ...bare, outcome: 'denied' }, 0);
    expect(entry.outcome).toBe('denied');
    expect(Object.keys(entry)).not.toContain('resourceId');
    expect(auditEntryOf({ ...event, outcome: 'success' }, 0).outcome).toBe('allowed');
  });

  it('labels actors without ambiguity between id and agency', () => {
    const a = actorLabel({ actorKind: 'user', actorId: 'x@y' });
    const b = actorLabel({ actorKind: 'user', actorId: 'x', actorAgencyId: 'y' });
    expect(a).not.toBe(b);
  });
});
