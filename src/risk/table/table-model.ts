/**
 * The model file: the table schema (how rows become features) and the trees, in one JSON
 * document, checked on load so a truncated or foreign file is a diagnostic, not a crash.
 */
import { diagnostic } from '../../core/diagnostic.ts';
import { fail, ok, type Result } from '../../core/result.ts';
import { GBDT_FORMAT, GBDT_FORMAT_VERSION, type GbdtModel } from '../gbdt/gbdt-model.ts';
import type { TableSchema } from './table-schema.ts';

export const TABLE_MODEL_FORMAT = 'portcullis-model';
export const TABLE_MODEL_FORMAT_VERSION = 1;

export interface TableModel {
  readonly format: typeof TABLE_MODEL_FORMAT;
  readonly formatVersion: typeof TABLE_MODEL_FORMAT_VERSION;
  readonly table: TableSchema;
  readonly gbdt: GbdtModel;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Validates the shape of a parsed model file (format, version, schema and tree arrays). */
export function parseTableModel(json: unknown): Result<TableModel> {
  const bad = (message: string, pointer: string) =>
    fail<TableModel>(diagnostic('model.invalid', message, { pointer }));
  if (!isObject(json) || json.format !== TABLE_MODEL_FORMAT) {
    return bad(`not a Portcullis model file (format must be "${TABLE_MODEL_FORMAT}")`, '/format');
  }
  if (json.formatVersion !== TABLE_MODEL_FORMAT_VERSION) {
    return bad(`unsupported model format version ${String(json.formatVersion)}`, '/formatVersion');
  }
  const { table, gbdt } = json;
  if (!isObject(table) || !Array.isArray(table.encodings)) {
    return bad('the model has no table schema', '/table');
  }
  if (
    !isObject(gbdt) ||
    gbdt.format !== GBDT_FORMAT ||
    gbdt.formatVersion !== GBDT_FORMAT_VERSION
  ) {
    return bad('the model has no supported tree ensemble', '/gbdt');
  }
  const arrays = ['features', 'bins', 'trees'] as const;
  for (const key of arrays)
    if (!Array.isArray(gbdt[key])) return bad(`missing ${key}`, `/gbdt/${key}`);
  if ((gbdt.features as unknown[]).length !== table.encodings.length) {
    return bad('the schema and the trees disagree on the number of features', '/gbdt/features');
  }
  if (typeof gbdt.baseScore !== 'number') return bad('missing base score', '/gbdt/baseScore');
  return ok(json as unknown as TableModel);
}
