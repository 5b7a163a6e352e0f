// Agencies, users and roles: created, read back with roles, roles replaced, unknown roles refused.
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/support/db.ts';
import { getAgency, listAgencies, upsertAgency } from './agencies.repository.ts';
import {
  createUser,
  getUser,
  getUserByUsername,
  setUserRoles,
  syncRoles,
} from './users.repository.ts';

const now = new Date('2024-03-01T00:00:00Z');
const agency = {
  id: 'be-customs',
  name: 'Belgian Customs',
  country: 'BE',
  kind: 'customs',
} as const;

describeEachEngine('agencies and users repositories', (getDb) => {
  it('upserts agencies', async () => {
    const { db } = getDb();
    await upsertAgency(db, { ...agency, name: 'old name' }, now);
    await upsertAgency(db, agency, now);
    expect(await getAgency(db, 'be-customs')).toEqual(agency);
    expect((await listAgencies(db)).map((a) => a.id)).toEqual(['be-customs']);
  });

  it('creates a user with roles and replaces the roles', async () => {
    const database = getDb();
    await syncRoles(database.db, ['analyst', 'supervisor']);
    const input = { agencyId: 'be-customs', username: 'jdoe', displayName: 'J. Doe' };
    const id = await createUser(database.db, input, now);
    await database.transaction((tx) => setUserRoles(tx, id, ['analyst', 'supervisor']));
    expect(await getUserByUsername(database.db, 'jdoe')).toEqual({
      id,
      ...input,
      status: 'active',
      roles: ['analyst', 'supervisor'],
    });
    await database.transaction((tx) => setUserRoles(tx, id, ['supervisor']));
    expect((await getUser(database.db, id))?.roles).toEqual(['supervisor']);
  });

  it('refuses a role that does not exist and a duplicate username', async () => {
    const { db } = getDb();
    const user = await getUserByUsername(db, 'jdoe');
    await expect(setUserRoles(db, user?.id ?? '', ['pirate'])).rejects.toThrow();
    const dup = { agencyId: 'be-customs', username: 'jdoe', displayName: 'Another' };
    await expect(createUser(db, dup, now)).rejects.toThrow();
  });
});
