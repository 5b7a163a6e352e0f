/**
 * Which API routes this node serves, read once from its OpenAPI document. A page whose routes are
 * missing says "not available on this node" instead of failing or inventing data.
 */
import { get } from './client.ts';

export interface Availability {
  has(path: string): boolean;
}

interface OpenApiDocument {
  readonly paths?: Record<string, unknown>;
}

let loading: Promise<Availability> | undefined;

export function loadAvailability(): Promise<Availability> {
  loading ??= get<OpenApiDocument>('/openapi.json').then(
    (doc) => {
      const paths = new Set(Object.keys(doc.paths ?? {}));
      return { has: (path) => paths.has(path) };
    },
    // Without the document nothing can be told apart: let the pages try their routes and report
    // what the server answers.
    () => ({ has: () => true }),
  );
  return loading;
}
