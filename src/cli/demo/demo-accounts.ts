/**
 * The demo's people: one local account per role, so a new user can sign in to the web app at once.
 * Returns the sign-ins the demo prints (username, password, role). Accounts that already exist
 * (a demo run again on the same data directory) are left as they are and listed all the same.
 */
import { AppError } from '../../core/app-error.ts';
import type { Role } from '../../services/access/roles.ts';
import type { AppContext } from '../../services/app-context.ts';
import { createLocalAccount } from '../../services/auth/index.ts';
import type { Clock } from '../../services/clock.ts';
import { DEMO_AGENCY } from './demo-actors.ts';

export interface DemoSignIn {
  readonly username: string;
  readonly password: string;
  readonly role: string;
}

export const DEMO_ACCOUNTS: readonly { username: string; role: Role; displayName: string }[] = [
  { username: 'officer', role: 'targeting-officer', displayName: 'Olivia Officer' },
  { username: 'inspector', role: 'inspection-team', displayName: 'Ivan Inspector' },
  { username: 'analyst', role: 'analyst', displayName: 'Ana Analyst' },
  { username: 'liaison', role: 'liaison-officer', displayName: 'Lea Liaison' },
  { username: 'supervisor', role: 'supervisor', displayName: 'Sam Supervisor' },
  { username: 'auditor', role: 'auditor', displayName: 'Aude Auditor' },
  { username: 'admin', role: 'admin', displayName: 'Adam Admin' },
];

export const demoPassword = (username: string) => `demo-${username}-2026`;

export async function seedDemoAccounts(
  context: AppContext,
  clock: Clock = context.clock,
): Promise<readonly DemoSignIn[]> {
  const out: DemoSignIn[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const password = demoPassword(account.username);
    try {
      await createLocalAccount(
        context.database,
        { ...account, agencyId: DEMO_AGENCY, roles: [account.role], password },
        { clock, createdBy: 'demo' },
      );
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'conflict')) throw error;
    }
    out.push({ username: account.username, password, role: account.role });
  }
  return out;
}
