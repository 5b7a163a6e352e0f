// The paging dimension of the authorization matrix (`authz-matrix.test.ts`): how each list route
// that answers a page at a time is walked to its last page, so a record of another agency on page
// two shows as surely as one on page one. Each route follows its own convention (a `next` in the
// body passed back as `after` or `before`, a `Next-Page-Cursor` header passed back as `since`,
// TAXII's `more` and `next`); routes that take a `limit` but give no next page are read once with
// their largest. A route that takes page parameters or answers like a page (a `next`, `more`, a
// `Link` or `Next-Page-Cursor` header) and is not listed here fails the matrix.

export interface Answer {
  readonly status: number;
  readonly body: string;
  readonly headers: Readonly<Record<string, string | string[] | number | undefined>>;
}

/** Answers one request for a path with its query string. */
export type Fetch = (url: string) => Promise<Answer>;

export interface Paging {
  /** The first page's query: a small page, so that the seeded world spans several. */
  readonly first: string;
  /** The query of the page after this one, or undefined when it was the last. */
  readonly next?: (answer: Answer) => string | undefined;
}

const jsonOf = (text: string): Record<string, unknown> | undefined => {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
};
const query = (limit: number, param: string, cursor: unknown) =>
  typeof cursor === 'string' || typeof cursor === 'number'
    ? `limit=${limit}&${param}=${encodeURIComponent(cursor)}`
    : undefined;

/** The body's `next`, passed back as `param`. */
const bodyCursor = (param: string, limit: number): Paging => ({
  first: `limit=${limit}`,
  next: (a) => query(limit, param, jsonOf(a.body)?.next),
});
/** A response header's cursor, passed back as `param`. */
const headerCursor = (header: string, param: string, limit: number): Paging => ({
  first: `limit=${limit}`,
  next: (a) => query(limit, param, a.headers[header]),
});
/** TAXII 2.1: `next` while `more` is true. */
const taxii = (limit: number): Paging => ({
  first: `limit=${limit}`,
  next: (a) => {
    const page = jsonOf(a.body);
    return page?.more === true ? query(limit, 'next', page.next) : undefined;
  },
});
/** A list cut at `limit` with no next page to ask for: read once with its largest. */
const whole = (limit: number): Paging => ({ first: `limit=${limit}` });

/**
 * Every paged list route, by `METHOD url`. Page sizes are small where the route has a next page,
 * so the matrix's world truly spans several (each agency's submissions, the node's audit log, the
 * partner collections, a carrier's customs statuses, which one scan plan tells at one instant).
 */
export const PAGED: Readonly<Record<string, Paging>> = {
  'GET /api/v1/audit/events': bodyCursor('after', 50),
  'GET /api/v1/intake': bodyCursor('before', 2),
  'GET /api/v1/customs-status': headerCursor('next-page-cursor', 'since', 2),
  'GET /taxii2/api/collections/:collectionId/objects/': taxii(8),
  'GET /taxii2/api/collections/:collectionId/manifest/': taxii(8),
  'GET /api/v1/lookouts': whole(1000),
  'GET /api/v1/intel/inbox': whole(1000),
  'GET /api/v1/intel/hits': whole(1000),
  'GET /api/v1/selections': whole(5000),
  'GET /api/v1/vessel-calls': whole(500),
};

/** A walk that has not reached its last page after this many is a failure (a cursor loop). */
export const MAX_PAGES = 200;

export interface Walk {
  readonly pages: readonly Answer[];
  /** Stopped at MAX_PAGES with a next page still offered. */
  readonly unfinished: boolean;
}

/**
 * Every page of a route from the first: until a page gives no next query, repeats one already
 * asked (a `since` cursor answered with itself when nothing is newer), or is refused.
 */
export async function walkPages(fetch: Fetch, path: string, paging?: Paging): Promise<Walk> {
  const pages: Answer[] = [];
  const asked = new Set<string>();
  let next: string | undefined = paging?.first ?? '';
  while (next !== undefined) {
    if (pages.length === MAX_PAGES) return { pages, unfinished: true };
    asked.add(next);
    const answer = await fetch(next === '' ? path : `${path}?${next}`);
    pages.push(answer);
    const after = answer.status === 200 ? paging?.next?.(answer) : undefined;
    next = after === undefined || asked.has(after) ? undefined : after;
  }
  return { pages, unfinished: false };
}

/** Whether an answer looks like one page of several. */
export function answersLikeAPage(a: Answer): boolean {
  if (/rel="?next/i.test(String(a.headers.link ?? ''))) return true;
  if (a.headers['next-page-cursor'] !== undefined) return true;
  const body = jsonOf(a.body);
  return body !== undefined && ('next' in body || 'more' in body || 'cursor' in body);
}

/** Query parameters that select a page, and answer fields that point to the next one. */
const PAGE_PARAMETERS = ['limit', 'after', 'before', 'next', 'cursor', 'offset', 'page'];
const PAGE_FIELDS = ['next', 'more', 'cursor'];

/** A route as the matrix collects it: the names its query string takes and its 200 answer has. */
export interface PagedShape {
  readonly method: string;
  readonly url: string;
  readonly query?: readonly string[];
  readonly answer?: readonly string[];
}

/** Whether a route's schema takes page parameters or answers with a next-page field. */
export function pagedBySchema(r: PagedShape): boolean {
  return (
    (r.query ?? []).some((q) => PAGE_PARAMETERS.includes(q)) ||
    (r.answer ?? []).some((f) => PAGE_FIELDS.includes(f))
  );
}

/**
 * Paged routes the matrix does not walk (by schema, or seen answering like a page), and listed
 * routes the server does not serve.
 */
export function unwalked(routes: readonly PagedShape[], seenPaged: Iterable<string>): string[] {
  const key = (r: PagedShape) => `${r.method} ${r.url}`;
  const paged = new Set([...routes.filter(pagedBySchema).map(key), ...seenPaged]);
  const served = new Set(routes.map(key));
  return [
    ...[...paged].filter((k) => !(k in PAGED)).map((k) => `paged but not walked: ${k}`),
    ...Object.keys(PAGED)
      .filter((k) => !served.has(k))
      .map((k) => `no such route: ${k}`),
  ];
}

/** The names of a TypeBox / JSON schema object's properties (none for any other schema). */
export function propertiesOf(schema: unknown): string[] {
  const properties = (schema as { properties?: unknown } | undefined)?.properties;
  return typeof properties === 'object' && properties !== null ? Object.keys(properties) : [];
}
