// `GET /api/v1/users/names`: a signed-in person gets the display names of the own agency's users
// only (another agency's users and unknown ids are left out, not refused), a machine role gets
// the same 404 as a missing resource, malformed or too many ids get a 400 naming `ids`, and each
// lookup is audited with what it showed. On both engines, through the whole node.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalAccount, createSessionStore } from '../../src/services/auth/index.ts';
import { listAuditEvents } from '../../src/storage/index.ts';
import { enginesUnderTest, openTestDatabase } from '../support/db.ts';
import { errorOf, startTestNode, type TestNode } from './auth-app.ts';

const OWN = 'be-customs';
const OTHER = 'nl-customs';
const UNKNOWN = '00000000-0000-4000-8000-00000000beef';

for (const { engine, enabled } of enginesUnderTest())
  describe.skipIf(!enabled)(`user names by id [${engine}]`, () => {
    let node: TestNode;
    let release: () => Promise<void>;
    const ids: Record<'officer' | 'inspector' | 'partnerOfficer' | 'carrier', string> = {
      officer: '',
      inspector: '',
      partnerOfficer: '',
      carrier: '',
    };
    const headers: Record<keyof typeof ids, Record<string, string>> = {
      officer: {},
      inspector: {},
      partnerOfficer: {},
      carrier: {},
    };

    beforeAll(async () => {
      const handle = await openTestDatabase(engine);
      release = handle.release;
      node = await startTestNode(handle.database);
      const sessions = createSessionStore(node.context);
      const accounts = {
        officer: { displayName: 'Elise Vermeulen', agencyId: OWN, role: 'targeting-officer' },
        inspector: { displayName: 'Jan De Smet', agencyId: OWN, role: 'inspection-team' },
        partnerOfficer: {
          displayName: 'Pieter Bakker',
          agencyId: OTHER,
          role: 'targeting-officer',
        },
        carrier: { displayName: 'Line Desk', agencyId: OWN, role: 'carrier' },
      } as const;
      for (const [key, a] of Object.entries(accounts) as [
        keyof typeof ids,
        (typeof accounts)['officer'],
      ][]) {
        const user = await createLocalAccount(handle.database, {
          username: key.toLowerCase(),
          displayName: a.displayName,
          agencyId: a.agencyId,
          roles: [a.role],
        });
        ids[key] = user.id;
        const session = await sessions.open(user, 'password');
        headers[key] = {
          cookie: `portcullis_session=${session.sessionId}`,
          'x-csrf-token': session.csrfToken,
        };
      }
    });
    afterAll(async () => {
      await node.app.close();
      await release();
    });

    const names = (who: keyof typeof ids, list: string) =>
      node.app.inject({
        url: `/api/v1/users/names?ids=${encodeURIComponent(list)}`,
        headers: headers[who],
      });

    it("names the own agency's users, leaving out another agency's and unknown ids", async () => {
      const res = await names(
        'officer',
        [ids.officer, ids.inspector, ids.partnerOfficer, UNKNOWN].join(','),
      );
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        names: { [ids.officer]: 'Elise Vermeulen', [ids.inspector]: 'Jan De Smet' },
      });
      // The partner agency's officer sees only the own agency's name, never ours.
      const theirs = await names('partnerOfficer', [ids.officer, ids.partnerOfficer].join(','));
      expect(theirs.json()).toEqual({ names: { [ids.partnerOfficer]: 'Pieter Bakker' } });
    });

    it('takes ids in any case and with spaces after commas, and repeats', async () => {
      const res = await names(
        'inspector',
        `${ids.officer.toUpperCase()}, ${ids.officer},${ids.inspector}`,
      );
      expect(res.json()).toEqual({
        names: { [ids.officer]: 'Elise Vermeulen', [ids.inspector]: 'Jan De Smet' },
      });
    });

    it('audits each lookup with the ids it showed', async () => {
      await names('officer', [ids.inspector, ids.partnerOfficer].join(','));
      const [event] = await listAuditEvents(node.context.database.db, {
        action: 'user.read',
        actorId: ids.officer,
        limit: 1,
      });
      expect(event).toMatchObject({
        resourceType: 'user',
        outcome: 'success',
        details: { requested: 2, shown: [ids.inspector] },
      });
    });

    it('refuses a machine role as if the route were not there, and a caller without a session', async () => {
      const carrier = await names('carrier', ids.officer);
      expect(carrier.statusCode).toBe(404);
      expect(carrier.body).not.toContain('Elise');
      const anonymous = await node.app.inject({ url: `/api/v1/users/names?ids=${ids.officer}` });
      expect(anonymous.statusCode).toBe(401);
    });

    it('refuses malformed and too many ids with a 400 naming the parameter', async () => {
      const cases: [string, RegExp][] = [
        [`${ids.officer},not-a-user`, /^ids: item 2 "not-a-user" is not a user id/],
        [`${ids.officer},`, /^ids: item 2 "" is not a user id/],
        [
          Array.from({ length: 101 }, () => ids.officer).join(','),
          /^ids: at most 100 user ids.*101/,
        ],
      ];
      for (const [list, message] of cases) {
        const res = await names('officer', list);
        expect(res.statusCode, list.slice(0, 80)).toBe(400);
        expect(errorOf(res).message).toMatch(message);
      }
      const missing = await node.app.inject({
        url: '/api/v1/users/names',
        headers: headers.officer,
      });
      expect(missing.statusCode).toBe(400);
      expect(errorOf(missing).message).toMatch(/ids/);
      // The most ids a request takes are answered.
      const most = await names('officer', Array.from({ length: 100 }, () => ids.officer).join(','));
      expect(most.json()).toEqual({ names: { [ids.officer]: 'Elise Vermeulen' } });
    });
  });
