/** Training options of table models, as the delivery layers (CLI, server) may name them. */
export { CATEGORICAL_ENCODINGS, type CategoricalEncoding } from '../../risk/table/table-schema.ts';
export { EVAL_METRICS, type EvalMetric, type GbdtParams } from '../../risk/gbdt/gbdt-params.ts';
