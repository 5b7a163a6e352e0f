/**
 * Permissions: a closed list of `resource.action` names. Code checks them with `requireAccess`;
 * roles (roles.ts) grant them. Adding a capability means adding its permission here first.
 */
export const PERMISSIONS = [
  // Cargo intake and cargo data
  'filing.submit',
  'filing.read',
  'event.submit',
  'consignment.read',
  'vessel.read',
  'quarantine.read',
  'quarantine.reprocess',
  // Targeting
  'assessment.read',
  'rule.read',
  'rule.write',
  'model.read',
  'model.train',
  'scan-plan.read',
  'scan-plan.write',
  'hold.waive',
  // Outcomes
  'scan.record',
  'inspection.record',
  'seizure.record',
  'custody.record',
  'outcome.read',
  'stats.read',
  // Intelligence and networks
  'lookout.read',
  'lookout.write',
  'entity.read',
  'entity.write',
  'screening.run',
  'screening.review',
  'watchlist.write',
  'intel.read',
  'intel.release',
  'intel.approve',
  'intel.receive',
  'exchange.sync',
  // People: the display names of the agency's users, wherever an action is attributed
  'user.read',
  // Oversight and administration
  'audit.read',
  'audit.verify',
  'retention.manage',
  'legal-hold.write',
  'admin.users',
  'admin.agencies',
  'admin.partners',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** The resource part of a permission: "consignment.read" → "consignment". */
export function resourceOf(permission: Permission): string {
  return permission.slice(0, permission.indexOf('.'));
}
