/**
 * The roles of DESIGN.md ("Who uses it") and the permissions each grants. A user or machine
 * client holds one or more roles; its permissions are the union.
 */
import type { Permission } from './permissions.ts';

export const ROLES = [
  'carrier',
  'targeting-officer',
  'inspection-team',
  'analyst',
  'liaison-officer',
  'supervisor',
  'auditor',
  'partner-node',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(name: string): name is Role {
  return (ROLES as readonly string[]).includes(name);
}

const CARGO_READ: readonly Permission[] = ['consignment.read', 'filing.read', 'vessel.read'];
/** Every person sees who of the agency did what; machine roles (carriers, partner nodes) do not. */
const PEOPLE: readonly Permission[] = ['user.read'];

/** Exhaustive by construction: a new role does not compile until it is given permissions. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  // Machine client of a shipping line or terminal: submits, sees only its own submissions.
  carrier: ['filing.submit', 'event.submit', 'filing.read'],
  'targeting-officer': [
    ...PEOPLE,
    ...CARGO_READ,
    'assessment.read',
    'scan-plan.read',
    'scan-plan.write',
    'scan.record',
    'outcome.read',
    'stats.read',
    'lookout.read',
    'quarantine.read',
  ],
  'inspection-team': [
    ...PEOPLE,
    'consignment.read',
    'assessment.read',
    'inspection.record',
    'seizure.record',
    'custody.record',
    'outcome.read',
  ],
  analyst: [
    ...PEOPLE,
    ...CARGO_READ,
    'assessment.read',
    'rule.read',
    'rule.write',
    'model.read',
    'model.train',
    'outcome.read',
    'stats.read',
    'lookout.read',
    'lookout.write',
    'entity.read',
    'entity.write',
    'screening.run',
    'screening.review',
    'watchlist.write',
    'intel.read',
    'quarantine.read',
    'quarantine.reprocess',
  ],
  'liaison-officer': ['intel.read', 'intel.release', 'intel.receive', 'lookout.read', ...PEOPLE],
  supervisor: [
    ...PEOPLE,
    ...CARGO_READ,
    'assessment.read',
    'rule.read',
    'lookout.read',
    'intel.read',
    'intel.approve',
    'hold.waive',
    'scan-plan.read',
    'model.read',
    'outcome.read',
    'stats.read',
    'legal-hold.write',
  ],
  auditor: ['audit.read', 'audit.verify', ...PEOPLE],
  'partner-node': ['exchange.sync', 'intel.receive'],
  admin: [
    ...PEOPLE,
    'admin.users',
    'admin.agencies',
    'admin.partners',
    'retention.manage',
    'legal-hold.write',
  ],
};

export function permissionsOf(roles: readonly Role[]): ReadonlySet<Permission> {
  return new Set(roles.flatMap((r) => ROLE_PERMISSIONS[r]));
}
