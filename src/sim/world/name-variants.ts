/**
 * How carriers retype a party's name: most filings copy the registered name, some write it in
 * capitals, spell the legal form with or without dots, leave the legal form out, or slip a typo.
 * The choice is a hash of the company and the bill, so it draws nothing from the random streams
 * (the rest of the run is unchanged) and the same seed gives the same names. Every name a company
 * was filed under is remembered for the ground truth.
 */
import { hashSeed } from '../random.ts';
import type { Company } from './company.ts';

/** Share of filings that do not copy the registered name. */
export const VARIANT_RATE = 0.2;

const filed = new WeakMap<Company, Set<string>>();

const dotted = (form: string): string =>
  form.includes('.') ? form.replace(/\./g, '') : form.replace(/([A-Za-z])(?=[A-Za-z]|$)/g, '$1.');

function swapLetters(name: string, at: number): string {
  const words = name.split(' ');
  let longest = 0;
  words.forEach((w, i) => {
    if (w.length > (words[longest] ?? '').length) longest = i;
  });
  const w = words[longest] ?? '';
  if (w.length < 5) return name;
  const i = 1 + (at % (w.length - 2));
  words[longest] = w.slice(0, i) + (w[i + 1] ?? '') + (w[i] ?? '') + w.slice(i + 2);
  return words.join(' ');
}

function variant(name: string, kind: number, at: number): string {
  const words = name.split(' ');
  const last = words.at(-1) ?? '';
  const isForm = words.length > 2 && /^[A-Z(][A-Za-z.()]{0,9}$/.test(last) && last.length <= 9;
  switch (kind) {
    case 0:
      return name.toUpperCase();
    case 1:
      return isForm ? [...words.slice(0, -1), dotted(last)].join(' ') : name.toUpperCase();
    case 2:
      return isForm ? words.slice(0, -1).join(' ') : swapLetters(name, at);
    default:
      return swapLetters(name, at);
  }
}

/** The name as filed on bill `billNumber`: usually the registered name, sometimes a variant. */
export function filedName(company: Company, billNumber: string): string {
  const [a, b] = hashSeed(`${company.id}|${billNumber}`);
  const name =
    (a >>> 0) / 2 ** 32 < VARIANT_RATE
      ? variant(company.name, (b >>> 0) % 4, b >>> 3)
      : company.name;
  let names = filed.get(company);
  if (!names) filed.set(company, (names = new Set()));
  names.add(name);
  return name;
}

/** Every name the company was filed under so far, the registered one first when used. */
export function filedNames(company: Company): string[] {
  return [...(filed.get(company) ?? [])].sort((x, y) =>
    x === company.name ? -1 : y === company.name ? 1 : x.localeCompare(y),
  );
}
