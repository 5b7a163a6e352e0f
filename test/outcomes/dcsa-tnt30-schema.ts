// A strict validator for DCSA Track & Trace 3.0 events, from the standard's own OpenAPI document:
// its component schemas as JSON Schema, tightened so that a test can fail: no property the
// standard does not define (additionalProperties false) and, where a description lists the codes
// ("- `CUSS` - Customs Selected for Scan"), only those codes.
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

type Schema = Record<string, unknown>;

const CODE_LINE = /^- `([A-Z0-9_]+)` - /gm;

function tighten(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(tighten);
  if (node === null || typeof node !== 'object') return node;
  const out: Schema = {};
  for (const [k, v] of Object.entries(node as Schema)) out[k] = k === 'example' ? v : tighten(v);
  if (out.properties !== undefined && out.additionalProperties === undefined)
    out.additionalProperties = false;
  if (out.type === 'string' && typeof out.description === 'string' && out.enum === undefined) {
    const codes = [...out.description.matchAll(CODE_LINE)].map((m) => m[1]!);
    if (codes.length > 1) out.enum = codes;
  }
  delete out.example;
  return out;
}

export function tnt30EventValidator(): ValidateFunction {
  const doc = parse(
    readFileSync(new URL('./fixtures/TNT_v3.0.0.yaml', import.meta.url), 'utf8'),
  ) as {
    components: { schemas: Schema };
  };
  const schemas = tighten(doc.components.schemas) as Schema;
  const ajv = new Ajv({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  ajv.addSchema({ $id: 'tnt30', components: { schemas } });
  return ajv.compile({ $ref: 'tnt30#/components/schemas/GetEventsResponse' });
}
