/**
 * Validates STIX objects and bundles against the OASIS STIX 2.1 JSON schemas copied into
 * test/fixtures/stix (Ajv's 2020-12 build). Objects of the node's own types are checked against
 * the common core schema, as the OASIS bundle schema does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const ROOT = join(import.meta.dirname, '../../fixtures/stix/schemas');
const BASE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas';
const FOLDER_OF: Record<string, string> = {
  sighting: 'sros',
  relationship: 'sros',
  'marking-definition': 'common',
  'extension-definition': 'common',
  bundle: 'common',
  'language-content': 'common',
};

function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
  const addFormats = addFormatsModule as unknown as (a: Ajv2020) => void;
  addFormats(ajv);
  for (const folder of readdirSync(ROOT))
    for (const file of readdirSync(join(ROOT, folder)))
      ajv.addSchema(JSON.parse(readFileSync(join(ROOT, folder, file), 'utf8')) as object);
  return ajv;
}

// The OASIS schemas use regex escapes (\-) that are invalid under the u flag.
const ajv = createAjv();

function schemaIdFor(type: string): string {
  const folder = FOLDER_OF[type] ?? 'sdos';
  const path = `${folder}/${type}.json`;
  const known = readdirSync(join(ROOT, folder)).includes(`${type}.json`);
  return known ? `${BASE}/${path}` : `${BASE}/common/core.json`;
}

/** Schema errors for one object or bundle, as readable strings; empty when valid. */
export function stixErrors(value: {
  readonly type: string;
  readonly [key: string]: unknown;
}): string[] {
  const validate = ajv.getSchema(schemaIdFor(value.type));
  if (validate === undefined) throw new Error(`no schema for ${value.type}`);
  if (validate(value)) return [];
  return (validate.errors ?? []).map(
    (e) => `${value.type} ${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  );
}

/**
 * Types the OASIS bundle schema dispatches to their own schema. Any other object (incident,
 * location, extension-definition, new object types) falls to a `oneOf [core, cyber-observable-core]`
 * branch that every valid SDO matches twice, so the upstream bundle schema rejects it; such
 * objects are checked against their own schema instead.
 */
const BUNDLE_DISPATCHED = new Set(
  (
    JSON.parse(readFileSync(join(ROOT, 'common/bundle.json'), 'utf8')) as {
      properties: { objects: { items: { anyOf: [{ oneOf: { $ref: string }[] }] } } };
    }
  ).properties.objects.items.anyOf[0].oneOf.map((s) =>
    s.$ref.replace(/^.*\//, '').replace(/\.json$/, ''),
  ),
);

/** Errors of a bundle: its envelope against bundle.json, and every object against its own schema. */
export function bundleErrors(bundle: {
  type: string;
  id: string;
  objects: readonly { type: string }[];
}): string[] {
  const envelope = {
    ...bundle,
    objects: bundle.objects.filter((o) => BUNDLE_DISPATCHED.has(o.type)),
  };
  return [...stixErrors(envelope), ...bundle.objects.flatMap((o) => stixErrors(o))];
}
