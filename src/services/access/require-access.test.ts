// Access policy: permissions by role, agency ownership, and denials that look exactly like misses.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/app-error.ts';
import { createActor } from './actor.ts';
import { PERMISSIONS } from './permissions.ts';
import { isAccessDenial, notFoundFor, requireAccess } from './require-access.ts';
import { ROLES, ROLE_PERMISSIONS, isRole, permissionsOf } from './roles.ts';

const officer = createActor({
  kind: 'user',
  id: 'u-1',
  agencyId: 'be-customs',
  roles: ['targeting-officer'],
});

function thrown(f: () => void): AppError {
  try {
    f();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

describe('requireAccess', () => {
  it('allows a permission the roles grant, on the actor agency resources', () => {
    expect(() => requireAccess(officer, 'consignment.read')).not.toThrow();
    expect(() =>
      requireAccess(officer, 'consignment.read', { agencyId: 'be-customs' }),
    ).not.toThrow();
  });

  it('denies another agency resources with exactly the not-found error', () => {
    const denial = thrown(() =>
      requireAccess(officer, 'consignment.read', { agencyId: 'nl-customs' }),
    );
    const miss = notFoundFor('consignment.read');
    expect({ ...denial, message: denial.message }).toEqual({ ...miss, message: miss.message });
    expect([denial.code, denial.status, denial.message]).toEqual([
      'not_found',
      404,
      'consignment not found',
    ]);
    expect(isAccessDenial(denial)).toBe(true);
    expect(isAccessDenial(miss)).toBe(false);
  });

  it('denies a permission the roles do not grant', () => {
    const denial = thrown(() => requireAccess(officer, 'audit.read'));
    expect([denial.code, denial.message]).toEqual(['not_found', 'audit not found']);
    const carrier = createActor({
      kind: 'machine',
      id: 'k',
      agencyId: 'be-customs',
      roles: ['carrier'],
    });
    expect(() => requireAccess(carrier, 'consignment.read')).toThrow(AppError);
  });
});

describe('roles', () => {
  it('grant only known permissions, and every role grants some', () => {
    for (const role of ROLES) {
      expect(ROLE_PERMISSIONS[role].length).toBeGreaterThan(0);
      for (const p of ROLE_PERMISSIONS[role]) expect(PERMISSIONS).toContain(p);
    }
  });

  it('keep oversight apart from cargo: an auditor reads the audit log, and who acted, and nothing else', () => {
    // The names of the agency's users (user.read) are what makes the log readable to an auditor.
    expect([...permissionsOf(['auditor'])].sort()).toEqual([
      'audit.read',
      'audit.verify',
      'user.read',
    ]);
    expect(permissionsOf(['analyst', 'liaison-officer']).has('intel.release')).toBe(true);
    expect(isRole('supervisor')).toBe(true);
    expect(isRole('pirate')).toBe(false);
  });

  it('name permissions resource.action', () => {
    for (const p of PERMISSIONS) expect(p).toMatch(/^[a-z-]+\.[a-z-]+$/);
  });
});
