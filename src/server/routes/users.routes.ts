/**
 * `GET /api/v1/users/names?ids=a,b`: the display names of the caller's agency's users, so that a
 * page shows who recorded, waived, reviewed or approved something by name instead of by id.
 *
 * Why one lookup and not a `…ByName` field beside every `…By` of every response: ids are
 * attributed in a dozen responses of five capabilities (selections and their records, screening
 * hits, rule sets, exchange objects, audit events), and audit events name machine keys and
 * partner nodes too. A field in each would put a users join into every one of those repositories
 * and presenters, each needing its own scoping to the caller's agency; here the scoping, the
 * bound and the audit are in one place, the responses keep their shape, and the web app resolves
 * the ids of a whole page in one batched, cached call. Ids that are not users of the caller's
 * agency are left out of `names`, and the page shows the id.
 */
import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import { AppError } from '../../core/app-error.ts';
import { MAX_USER_IDS, type UserNamesService } from '../../services/auth/user-names.service.ts';
import type { ActorOf } from '../auth/request-actor.ts';
import { ErrorRef } from './intake-schemas.ts';
import { isUuid } from '../../core/uuid.ts';

export interface UsersServerDeps {
  readonly names: UserNamesService;
  readonly actorOf: ActorOf;
}

const errors = { 400: ErrorRef, 401: ErrorRef, 403: ErrorRef, 404: ErrorRef };

const NamesQuery = Type.Object({
  ids: Type.String({
    minLength: 1,
    // Room for the most ids with their commas; the count itself is checked with a clear message.
    maxLength: 4000,
    description: `Comma-separated user ids (UUIDs), at most ${MAX_USER_IDS}`,
  }),
});

const NamesBody = Type.Object({
  names: Type.Record(Type.String(), Type.String(), {
    description:
      "Display name by user id; ids that are not users of the caller's agency are left out",
  }),
});

/** The ids of `ids=…`, or a 400 naming the parameter and what is wrong with it. */
export function parseUserIds(text: string): string[] {
  const ids = text.split(',').map((s) => s.trim());
  if (ids.length > MAX_USER_IDS)
    throw new AppError(
      'bad_request',
      `ids: at most ${MAX_USER_IDS} user ids per request, got ${ids.length}`,
    );
  ids.forEach((id, i) => {
    if (!isUuid(id))
      throw new AppError(
        'bad_request',
        `ids: item ${i + 1} ${JSON.stringify(id.slice(0, 60))} is not a user id (a UUID)`,
      );
  });
  return ids.map((id) => id.toLowerCase());
}

export function usersRoutes(deps: UsersServerDeps): FastifyPluginAsync {
  return (app) => {
    app.get(
      '/api/v1/users/names',
      {
        config: { permission: 'user.read' },
        schema: {
          tags: ['users'],
          summary: "Display names of the caller's agency's users, by id",
          security: [{ session: [] }, { apiKey: [] }],
          querystring: NamesQuery,
          response: { 200: NamesBody, ...errors },
        },
      },
      async (request) => {
        const { ids } = request.query as { ids: string };
        const parsed = parseUserIds(ids);
        const names = await deps.names.displayNames(await deps.actorOf(request), parsed);
        return { names: Object.fromEntries(names) };
      },
    );
    return Promise.resolve();
  };
}
