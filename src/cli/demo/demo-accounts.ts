/**
 * The demo's people: one local account per role, so a new user can sign in to the web app at once.
 * Returns the sign-ins the demo prints (username, password, role).
 */
import type { AppContext } from '../../services/app-context.ts';

export interface DemoSignIn {
  readonly username: string;
  readonly password: string;
  readonly role: string;
}

export function seedDemoAccounts(_context: AppContext): Promise<readonly DemoSignIn[]> {
  return Promise.resolve([]);
}
