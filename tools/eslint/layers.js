// The layer table of DESIGN.md, as data: which folder under src/ may import which.
// Composition roots (src/server/main.ts, src/cli/main.ts) build everything through
// src/services/app-context.ts, so no exception to the table is needed.
export const LAYERS = {
  core: [],
  reference: ['core'],
  ingest: ['core', 'reference'],
  risk: ['core'],
  intel: ['core'],
  exchange: ['core'],
  audit: ['core'],
  storage: ['core'],
  services: ['core', 'reference', 'ingest', 'risk', 'intel', 'exchange', 'audit', 'storage'],
  server: ['core', 'services'],
  // The CLI is the outer shell: `portcullis serve` starts the HTTP server.
  cli: ['core', 'services', 'sim', 'server'],
  sim: ['core', 'reference', 'ingest'],
};

// Layers that must stay pure: no I/O, no node: built-ins (STYLE.md point 2).
export const PURE_LAYERS = ['core', 'ingest', 'risk', 'intel', 'exchange', 'audit'];
