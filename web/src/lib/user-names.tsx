/**
 * Names instead of ids wherever an action is attributed: `<UserName id={…} />` shows a user's
 * display name, asked of `GET /api/v1/users/names` in batches (every id a page renders within one
 * tick goes in one request, at most 100 a request) and kept for the session. An id the server
 * does not name (a partner agency's user, a machine key, a partner node) shows as itself, and so
 * does every id while its name is on the way or when the lookup failed.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { get, query } from '../api/client.ts';
import { useSession } from './session.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BATCH = 100;

/** The names known for one signed-in user: null for an id asked about and not named. */
class NameCache {
  private readonly names = new Map<string, string | null>();
  private readonly wanted = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private scheduled = false;
  version = 0;

  constructor(readonly owner: string) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  nameOf(id: string): string | undefined {
    return this.names.get(id.toLowerCase()) ?? undefined;
  }

  /** Asks for the ids not yet known, together with whatever else is asked in the same tick. */
  want(ids: readonly string[]): void {
    for (const id of ids) {
      const key = id.toLowerCase();
      if (UUID.test(key) && !this.names.has(key)) this.wanted.add(key);
    }
    if (this.wanted.size === 0 || this.scheduled) return;
    this.scheduled = true;
    setTimeout(() => void this.flush(), 0);
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const ids = [...this.wanted];
    this.wanted.clear();
    for (const id of ids) this.names.set(id, null); // asked: not asked again
    const batches: string[][] = [];
    for (let i = 0; i < ids.length; i += BATCH) batches.push(ids.slice(i, i + BATCH));
    await Promise.all(
      batches.map((batch) =>
        get<{ names: Record<string, string> }>(
          `/api/v1/users/names${query({ ids: batch.join(',') })}`,
        ).then(
          (r) => {
            for (const [id, name] of Object.entries(r.names))
              this.names.set(id.toLowerCase(), name);
          },
          // Not named (no such route on this node, or no right to it): the ids stay as they are.
          () => undefined,
        ),
      ),
    );
    this.version++;
    for (const listener of this.listeners) listener();
  }
}

let cache: NameCache | undefined;
/** One cache per signed-in user: signing in as someone else starts afresh. */
function cacheOf(owner: string): NameCache {
  if (cache?.owner !== owner) cache = new NameCache(owner);
  return cache;
}

/** `nameOf(id)`: the display name of each of `ids` once known, else the id itself. */
export function useUserNames(ids: readonly (string | null | undefined)[]): (id: string) => string {
  const { user, can } = useSession();
  const names = cacheOf(user?.id ?? '');
  const allowed = can('user.read');
  const key = ids.filter((id): id is string => typeof id === 'string').join(',');
  useEffect(() => {
    if (allowed && key) names.want(key.split(','));
  }, [names, allowed, key]);
  useSyncExternalStore(names.subscribe, () => names.version);
  return (id) => (user && id === user.id ? user.displayName : (names.nameOf(id) ?? id));
}

/** A user's display name (the id on hover), or the id when no name is known. */
export function UserName({ id }: { readonly id: string }) {
  const nameOf = useUserNames([id]);
  const name = nameOf(id);
  return (
    <span data-user-id={id} title={name === id ? undefined : id}>
      {name}
    </span>
  );
}
