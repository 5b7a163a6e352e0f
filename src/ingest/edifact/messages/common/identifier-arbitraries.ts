/**
 * fast-check arbitraries for valid identifiers and small values, shared by the message round-trip
 * tests (generated cargo written as EDIFACT and read back must come back equal).
 */
import fc from 'fast-check';
import { unwrap } from '../../../../core/result.ts';
import {
  containerCheckDigit,
  parseContainerNumber,
  parseCountryCode,
  parseEori,
  parseHsCode,
  parseImoNumber,
  parseScac,
  parseUnLocode,
  type ContainerNumber,
  type ImoNumber,
} from '../../../../core/identifiers/index.ts';

export const LOCODES = ['BEANR', 'NLRTM', 'ECGYE', 'COCTG', 'PAMIT', 'ESALG', 'DEHAM', 'BRSSZ'];
const OWNERS = ['MSK', 'CMA', 'HLX', 'TGH', 'OOL'];

export function containerNumber(owner: string, serial: number): ContainerNumber {
  const first10 = `${owner}U${String(serial).padStart(6, '0')}`;
  return unwrap(parseContainerNumber(`${first10}${containerCheckDigit(first10)}`));
}

export const imoArb = fc.integer({ min: 100000, max: 999999 }).map((n): ImoNumber => {
  const six = String(n);
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += Number(six[i]) * (7 - i);
  return unwrap(parseImoNumber(`${six}${sum % 10}`));
});

export const locodeArb = fc.constantFrom(...LOCODES).map((c) => unwrap(parseUnLocode(c)));
export const countryArb = fc
  .constantFrom('BE', 'NL', 'EC', 'CO', 'ES')
  .map((c) => unwrap(parseCountryCode(c)));
export const scacArb = fc
  .constantFrom('MAEU', 'CMDU', 'HLCU', 'MSCU')
  .map((c) => unwrap(parseScac(c)));
export const eoriArb = fc
  .integer({ min: 1000, max: 99999999 })
  .map((n) => unwrap(parseEori(`BE${n}`)));
export const hsArb = fc
  .constantFrom('080390', '09011100', '8471300000')
  .map((c) => unwrap(parseHsCode(c)));
export const ownerArb = fc.constantFrom(...OWNERS);

/** Text with EDIFACT service characters and accents, so escaping and UNOC are exercised. */
export const textArb = (max: number) =>
  fc
    .string({
      unit: fc.constantFrom(..."ABCxyz019 .-&/?+:'*é".split('')),
      minLength: 1,
      maxLength: max,
    })
    .filter((s) => s.trim() === s && s.length > 0);

export const codeArb = fc.stringMatching(/^[A-Z0-9]{4,12}$/);
export const kgArb = fc.integer({ min: 1, max: 40_000_0 }).map((n) => n / 10);
export const minuteArb = fc
  .integer({ min: 0, max: 5 * 365 * 24 * 60 })
  .map((m) => new Date(Date.UTC(2022, 0, 1) + m * 60_000).toISOString());

export function opt<K extends string, T>(key: K, arb: fc.Arbitrary<T>) {
  return fc
    .option(arb, { nil: undefined })
    .map((v) => (v === undefined ? {} : { [key]: v }) as Partial<Record<K, T>>);
}
