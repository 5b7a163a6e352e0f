// The intake's diagnostics in English, French and Dutch: every code the intake can emit has a
// template in each catalogue, with the same wordings and placeholders as the English one; the
// diagnostics that real uploads (good, bad and foreign) produce carry every value their template
// names, so a French or Dutch reader gets them in that language; and anything the catalogue
// cannot word falls back to the English message, never to a blank.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import { parseContainerNumber } from '../../src/core/identifiers/container-number.ts';
import { INTAKE_DIAGNOSTIC_CODES } from '../../src/services/intake/intake-diagnostic-codes.ts';
import { parseSubmission } from '../../src/services/intake/parse-submission.ts';
import type { ParsedSubmission } from '../../src/services/intake/parsed-submission.ts';
import { DEFAULT_SENDER_POLICY } from '../../src/services/intake/sender-policy.ts';
import { DIAGNOSTIC_CATALOGUES } from '../../web/src/i18n/diagnostic-catalogue.ts';
import { diagnosticText, placeholdersOf, reasonText } from '../../web/src/lib/diagnostic-text.ts';
import { badDigit, consignments, corrupt, cuscar } from '../intake/intake-fixtures.ts';
import { containerNo } from '../support/cargo-fixtures.ts';

const { en, fr, nl } = DIAGNOSTIC_CATALOGUES;
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

/** A catalogue entry as `wording → template` ('' for a code with one wording). */
const wordings = (entry: string | Readonly<Record<string, string>>) =>
  typeof entry === 'string' ? { '': entry } : entry;

describe('diagnostic catalogues', () => {
  for (const [language, catalogue] of Object.entries({ en, fr, nl })) {
    it(`${language} has a template for every code the intake can emit, and no other`, () => {
      expect(Object.keys(catalogue).sort()).toEqual([...INTAKE_DIAGNOSTIC_CODES].sort());
    });
  }

  for (const [language, catalogue] of Object.entries({ fr, nl })) {
    it(`${language} has the English wordings and placeholders, translated and not empty`, () => {
      for (const code of INTAKE_DIAGNOSTIC_CODES) {
        const english = wordings(en[code]);
        const own = wordings(catalogue[code]);
        expect(Object.keys(own).sort(), `${language} ${code}`).toEqual(Object.keys(english).sort());
        for (const [variant, template] of Object.entries(own)) {
          const where = `${language} ${code} ${variant}`;
          expect(template.trim(), where).not.toBe('');
          expect(template, where).not.toBe(english[variant]);
          expect(placeholdersOf(template).sort(), where).toEqual(
            placeholdersOf(english[variant] ?? '').sort(),
          );
          for (const [, choices] of template.matchAll(/\{\w+\|([^}]*)\}/g))
            expect(choices?.split('|'), where).toHaveLength(2);
        }
      }
    });
  }
});

describe('a diagnostic in the reader language', () => {
  const wrong = parseContainerNumber(badDigit(701));
  const d = wrong.diagnostics[0] as Diagnostic;

  it('fills the code template with the values the diagnostic names', () => {
    expect(d.params).toMatchObject({ value: badDigit(701) });
    expect(diagnosticText('fr', d)).toBe(
      `Numéro de conteneur « ${badDigit(701)} » : le chiffre de contrôle est ${d.params?.['given']}, alors que ${d.params?.['expected']} est attendu.`,
    );
    expect(diagnosticText('nl', d)).toBe(
      `Containernummer "${badDigit(701)}": het controlecijfer is ${d.params?.['given']}, maar ${d.params?.['expected']} wordt verwacht.`,
    );
    expect(diagnosticText('en', d)).toBe(d.message);
  });

  it('chooses the plural form and the wording the diagnostic names', () => {
    const dropped = { code: 'edifact.diagnostics.truncated', message: 'x', params: { count: 1 } };
    expect(diagnosticText('fr', dropped)).toBe("1 autre diagnostic n'a pas été conservé.");
    expect(diagnosticText('nl', { ...dropped, params: { count: 3 } })).toBe(
      '3 verdere meldingen werden niet bewaard.',
    );
    const unh = { code: 'edifact.unh.invalid', message: 'x', params: { variant: 'reference' } };
    expect(diagnosticText('fr', unh)).toBe(
      "Le segment UNH n'a pas de référence de message (0062).",
    );
  });

  it('falls back to the English message for what the catalogue cannot word', () => {
    const message = 'The English message.';
    // A code the catalogues do not know, one stored before diagnostics named their values, a
    // wording the catalogue lacks, and a code that has several wordings without naming one.
    for (const x of [
      { code: 'intake.something-new', message },
      { code: 'container-number.check-digit', message },
      { code: 'container-number.check-digit', message, params: { value: 'MSCU1234565' } },
      { code: 'dcsa.type', message, params: { variant: 'date', field: 'x', found: '1' } },
      { code: 'dcsa.type', message, params: { field: 'x', found: '1' } },
      { code: 'toString', message },
    ])
      for (const language of ['fr', 'nl'] as const)
        expect(diagnosticText(language, x)).toBe(message);
  });

  it("words a quarantined record's reason like the diagnostic it comes from", () => {
    expect(reasonText('fr', d.message, [d])).toBe(diagnosticText('fr', d));
    expect(reasonText('nl', 'Rejected by validation.', [d])).toBe('Rejected by validation.');
  });
});

/** Every diagnostic of a parsed upload: the upload's, each message's and each record's. */
async function diagnosticsOf(parsed: ParsedSubmission): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  for await (const unit of parsed.units)
    out.push(...unit.diagnostics, ...unit.rejected.flatMap((r) => r.diagnostics));
  return [...out, ...parsed.diagnostics];
}

const parse = async (text: string | Uint8Array, contentType: string) =>
  diagnosticsOf(
    await parseSubmission({
      bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text,
      contentType,
      source: 'upload test',
      documentNumber: 'DOC-1',
      policy: DEFAULT_SENDER_POLICY,
    }),
  );

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? filesUnder(path.join(dir, e.name), ext)
      : e.name.endsWith(ext)
        ? [path.join(dir, e.name)]
        : [],
  );
}

const CSV_HEADER =
  'bill_number,bill_kind,port_of_loading,port_of_discharge,description,packages,gross_weight_kg,net_weight_kg,container_number,reefer_temperature_c,colour';

/** Uploads with something wrong in many places, beside the real-world samples. */
function badUploads(): [string | Uint8Array, string][] {
  const bad = corrupt(
    cuscar('M-1', consignments(2, 700)),
    `SGP+${containerNo(701)}`,
    `SGP+${badDigit(701)}`,
  );
  const text = new TextDecoder().decode(bad);
  return [
    [bad, 'application/edifact'],
    [text.slice(0, text.indexOf('UNT+')), 'application/edifact'],
    [
      text.replace(/UNZ\+\d+/, 'UNZ+7').replace('DTM+132:', 'DTM+132:2024AB'),
      'application/edifact',
    ],
    [
      [
        CSV_HEADER,
        'BL1,other,BEANR,XXZZZ,Shoes,ten,100,200,MSCU1234560,99,red',
        'BL2,master,BEANR,NLRTM,Bags,2,100,50,MSCU12345,,',
      ].join('\n'),
      'text/csv',
    ],
    ['bill_number\n', 'text/csv'],
    [
      '[{"eventType": "EQUIPMENT", "eventID": 7, "eventCreatedDateTime": "yesterday"}]',
      'application/json',
    ],
    ['[1, {"no": "event"}]', 'application/json'],
    ['{"events": [', 'application/json'],
    ['hello', 'text/plain'],
    [new Uint8Array([0x61, 0x2c, 0xff, 0x0a]), 'text/csv'],
  ];
}

describe('diagnostics of real uploads', () => {
  it('carry every value their French and Dutch templates name', async () => {
    const uploads: [string | Uint8Array, string][] = [
      ...filesUnder(path.join(FIXTURES, 'edifact'), '.edi').map(
        (f) => [readFileSync(f), 'application/edifact'] as [Uint8Array, string],
      ),
      ...filesUnder(path.join(FIXTURES, 'dcsa'), '.json').map(
        (f) => [readFileSync(f), 'application/json'] as [Uint8Array, string],
      ),
      ...badUploads(),
    ];
    const seen = new Set<string>();
    for (const [content, type] of uploads)
      for (const d of await parse(content, type)) {
        seen.add(d.code);
        expect(INTAKE_DIAGNOSTIC_CODES, d.code).toContain(d.code);
        for (const language of ['fr', 'nl'] as const) {
          const text = diagnosticText(language, d);
          expect(text, `${language} ${d.code}: ${d.message}`).not.toBe(d.message);
          expect(text, `${language} ${d.code}`).not.toMatch(/\{\w+(\|[^}]*)?\}/);
        }
      }
    // Enough of the catalogue is reached for the check to mean something.
    expect(seen.size).toBeGreaterThan(35);
  });
});
