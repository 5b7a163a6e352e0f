import { describe, expect, it } from 'vitest';
import { unwrap } from '../../core/result.ts';
import { createRandomSource } from '../gbdt/random-source.ts';
import type { CsvTable } from './csv-table.ts';
import { datePart } from './date-part.ts';
import { encodeTable } from './encode-table.ts';
import { fitTableSchema } from './fit-table-schema.ts';
import { inferColumnKind } from './infer-column-kind.ts';
import { parseLabelExpression, tableLabels } from './label-expression.ts';
import { scoreTable } from './score-table.ts';
import { parseTableModel } from './table-model.ts';
import { trainTableModel } from './train-table-model.ts';

describe('column kinds', () => {
  it('tells quantities from codes and dates', () => {
    expect(inferColumnKind('Net Mass', ['108.0', '20.7', ''])).toBe('numeric');
    expect(inferColumnKind('Office ID', ['30', '40', '20'])).toBe('categorical');
    expect(inferColumnKind('HS6 Code', ['440890', '690722'])).toBe('categorical');
    expect(
      inferColumnKind(
        'Packages',
        Array.from({ length: 100 }, (_, i) => String(i)),
      ),
    ).toBe('numeric');
    expect(inferColumnKind('Packages', ['1', '2', '3'])).toBe('categorical');
    expect(inferColumnKind('Country', ['BE', 'CN'])).toBe('categorical');
    expect(inferColumnKind('Date', ['2020-01-01', '2021-06-30'])).toBe('date');
  });

  it('expands dates in UTC', () => {
    expect(datePart('2021-06-30', 'dayOfWeek')).toBe(3);
    expect(datePart('2021-06-30', 'month')).toBe(6);
    expect(datePart('not a date', 'year')).toBeNaN();
  });
});

describe('labels', () => {
  const table: CsvTable = {
    header: ['Fraud', 'Critical Fraud'],
    rows: [
      ['1', '2'],
      ['0', '1'],
      ['0', '0'],
    ],
  };
  it('reads a 0/1 column or a comparison', () => {
    expect(Array.from(unwrap(tableLabels(table, parseLabelExpression('Fraud'))))).toEqual([
      1, 0, 0,
    ]);
    expect(
      Array.from(unwrap(tableLabels(table, parseLabelExpression('Critical Fraud==2')))),
    ).toEqual([1, 0, 0]);
    expect(
      Array.from(unwrap(tableLabels(table, parseLabelExpression('Critical Fraud != 0')))),
    ).toEqual([1, 1, 0]);
  });
  it('reports an absent column or empty labels with the record', () => {
    expect(tableLabels(table, parseLabelExpression('Outcome')).diagnostics[0]?.code).toBe(
      'table.label-column',
    );
    const gap: CsvTable = { header: ['Fraud'], rows: [['1'], ['']] };
    expect(tableLabels(gap, parseLabelExpression('Fraud')).diagnostics[0]?.at?.record).toBe(2);
  });
});

/** Declarations: importer (many values) and office; fraud follows a few importers and office B. */
function declarations(n: number, seed: number): CsvTable {
  const random = createRandomSource(seed);
  const rows = Array.from({ length: n }, (_, i) => {
    const importer = `IMP${Math.floor(random() * 200)}`;
    const office = ['A', 'B', 'C'][Math.floor(random() * 3)]!;
    const risky = Number(importer.slice(3)) % 10 === 0 || (office === 'B' && random() < 0.5);
    const mass = random() < 0.1 ? '' : (random() * 1000).toFixed(1);
    return [
      String(i),
      `2020-0${1 + (i % 9)}-1${i % 10}`,
      importer,
      office,
      mass,
      risky ? '1' : '0',
    ];
  });
  return { header: ['ID', 'Date', 'Importer', 'Office', 'Mass', 'Fraud'], rows };
}

describe('table schema', () => {
  const train = declarations(1000, 1);
  const labels = unwrap(tableLabels(train, parseLabelExpression('Fraud')));
  const fit = (categoricalEncoding: 'target' | 'native') =>
    unwrap(
      fitTableSchema(
        train,
        { label: 'Fraud', drop: ['ID'], categoricalEncoding, highCardinality: 50 },
        labels,
        'Fraud',
      ),
    );

  it('fits encodings on the training table and maps unseen values to unknown', () => {
    const { schema, matrix } = fit('target');
    expect(matrix.features.map((f) => `${f.name}:${f.kind}`)).toEqual([
      'Date.month:numeric',
      'Date.dayOfWeek:numeric',
      'Importer.target:numeric',
      'Importer.count:numeric',
      'Office:categorical',
      'Mass:numeric',
    ]);
    const other: CsvTable = {
      header: train.header,
      rows: [['x', '2021-04-01', 'NEW', 'Z', '5', '0']],
    };
    const encoded = unwrap(encodeTable(schema, other));
    expect(encoded.columns.map((c) => c[0])).toEqual([4, 4, NaN, 0, NaN, 5]);
  });

  it('encodes training rows out of fold, so a value seen once tells nothing about its row', () => {
    const unique: CsvTable = {
      header: ['Id2', 'Fraud'],
      rows: train.rows.map((r, i) => [`U${i}`, r[5]!]),
    };
    const { matrix } = unwrap(
      fitTableSchema(unique, { label: 'Fraud', categoricalEncoding: 'target' }, labels, 'Fraud'),
    );
    expect(matrix.columns[0]!.every((v) => Number.isNaN(v))).toBe(true);
  });

  it('reports columns the model needs that a table lacks', () => {
    const { schema } = fit('native');
    const r = encodeTable(schema, { header: ['Date', 'Importer'], rows: [] });
    expect(r.diagnostics.map((d) => d.at?.field)).toEqual(['Office', 'Mass']);
  });
});

describe('table models', () => {
  it('train, survive JSON and score new rows in order, unseen categories included', () => {
    const train = declarations(1500, 2);
    const valid = declarations(400, 3);
    const model = unwrap(
      trainTableModel({
        train,
        valid,
        options: { label: 'Fraud', drop: ['ID'] },
        params: { trees: 30, learningRate: 0.3 },
      }),
    );
    const reloaded = unwrap(parseTableModel(JSON.parse(JSON.stringify(model))));
    const base = declarations(300, 4);
    const test = {
      ...base,
      rows: base.rows.map((r, i) => (i === 0 ? r.with(2, 'NEVER-SEEN') : r)),
    };
    const a = unwrap(scoreTable(model, test, 2));
    const b = unwrap(scoreTable(reloaded, test));
    expect(Array.from(a.scores)).toEqual(Array.from(b.scores));
    expect(a.scores.length).toBe(300);
    expect(a.explanations?.[0]).toHaveLength(2);
    const labels = unwrap(tableLabels(test, parseLabelExpression('Fraud')));
    const mean = (want: number) =>
      a.scores.reduce((s, v, i) => s + (labels[i] === want ? v : 0), 0) /
      labels.filter((y) => y === want).length;
    expect(mean(1)).toBeGreaterThan(mean(0) + 0.3);
  });

  it('rejects a file that is not a model', () => {
    expect(parseTableModel({ format: 'other' }).ok).toBe(false);
    expect(
      parseTableModel({ format: 'portcullis-model', formatVersion: 9 }).diagnostics[0]?.at?.pointer,
    ).toBe('/formatVersion');
  });
});
