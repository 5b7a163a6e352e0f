/**
 * How requests are checked against their route schemas. Path parameters, query strings and
 * headers arrive as text, so their values are coerced to the declared type ("5" → 5); a JSON body
 * is checked as sent, so a string where a number belongs (or 1 where a boolean does) is refused
 * instead of being silently turned into one. The message of a refusal names each faulty field
 * by its place (`body/markings/tlp`, `querystring/limit`), with the unknown property or the
 * allowed values where the validator knows them.
 */
import { AjvCompiler, type BuildCompilerFromPool, type Options } from '@fastify/ajv-compiler';
import type { FastifySchemaValidationError, FastifyServerOptions } from 'fastify';

type SchemaErrorFormatter = NonNullable<FastifyServerOptions['schemaErrorFormatter']>;

const COMMON = { removeAdditional: false, useDefaults: true, allErrors: false } as const;

type Externals = Parameters<BuildCompilerFromPool>[0];
type CompilerOptions = { customOptions?: Options } & Omit<
  NonNullable<Parameters<BuildCompilerFromPool>[1]>,
  'customOptions' | 'mode'
>;
/** What Fastify hands a built compiler for each schema of a route (Ajv's own types say less). */
type Compile = (route: { httpPart?: string }) => unknown;

/** The validator factory Fastify builds each route's validators with, one Ajv per kind of input. */
export function requestValidatorFactory(): BuildCompilerFromPool {
  const pool = AjvCompiler();
  const factory = (externalSchemas: Externals, options?: CompilerOptions) => {
    const build = (coerceTypes: false | 'array') =>
      pool(externalSchemas, {
        ...options,
        customOptions: { ...options?.customOptions, ...COMMON, coerceTypes },
      }) as unknown as Compile;
    const wire = build('array');
    const json = build(false);
    const compile: Compile = (route) => (route.httpPart === 'body' ? json : wire)(route);
    return compile;
  };
  return factory as unknown as BuildCompilerFromPool;
}

/** One line per faulty place: "body/kind must be one of seizure-report, rfi". */
export const validationError: SchemaErrorFormatter = (errors, dataVar) => {
  const at = (e: FastifySchemaValidationError) => `${dataVar}${e.instancePath}`;
  const params = (e: FastifySchemaValidationError) => e.params;
  const allowed = new Map<string, unknown[]>();
  for (const e of errors.filter((x) => x.keyword === 'enum' || x.keyword === 'const')) {
    const values = (params(e).allowedValues as unknown[] | undefined) ?? [params(e).allowedValue];
    allowed.set(at(e), [...(allowed.get(at(e)) ?? []), ...values]);
  }
  const inAnyOf = new Set(errors.filter((e) => e.keyword === 'anyOf').map(at));
  const lines = new Set<string>();
  for (const e of errors) {
    const values = allowed.get(at(e));
    if (values && (e.keyword === 'anyOf' || !inAnyOf.has(at(e))))
      lines.add(`${at(e)} must be one of ${values.join(', ')}`);
    else if (e.keyword === 'additionalProperties')
      lines.add(`${at(e)} must not have the property '${String(params(e).additionalProperty)}'`);
    else if (!values) lines.add(`${at(e)} ${e.message ?? 'is not valid'}`);
  }
  return new Error([...lines].join('; '));
};
