// The app context opens (creating and migrating) an embedded database in a new data directory,
// syncs the roles, serves, and finds its data again after a restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { getUserByUsername, setUserRoles, createUser, upsertAgency } from '../storage/index.ts';
import { createAppContext } from './app-context.ts';
import { fixedClock } from './clock.ts';

const root = mkdtempSync(path.join(tmpdir(), 'portcullis-ctx-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('creates the data directory, migrates, and keeps data across restarts', async () => {
  const dataDir = path.join(root, 'nested', 'node');
  const clock = fixedClock('2024-03-01T00:00:00Z');
  const first = await createAppContext({ dataDir, clock });
  expect(await first.health.readiness()).toMatchObject({ ready: true, engine: 'pglite' });
  const agency = {
    id: 'be-customs',
    name: 'Belgian Customs',
    country: 'BE',
    kind: 'customs',
  } as const;
  await upsertAgency(first.database.db, agency, clock.now());
  const user = { agencyId: 'be-customs', username: 'officer', displayName: 'Officer' };
  const id = await createUser(first.database.db, user, clock.now());
  // Roles from code exist in the database, so a user can hold them.
  await setUserRoles(first.database.db, id, ['targeting-officer', 'supervisor']);
  await first.close();
  const second = await createAppContext({ dataDir, clock });
  expect((await getUserByUsername(second.database.db, 'officer'))?.roles).toEqual([
    'supervisor',
    'targeting-officer',
  ]);
  await second.close();
});
