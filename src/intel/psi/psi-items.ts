/**
 * The identifiers two agencies cross-check, normalised the same way on both sides so equal
 * identifiers give equal PSI inputs: `kind:value` with entity resolution's identifier keys
 * (EORI and VAT compacted, telephone numbers by their last nine digits, e-mail lower-cased),
 * container numbers and IMO numbers as written in capitals.
 */
import { identifierKeys } from '../resolution/identifier-keys.ts';

export const PSI_ITEM_KINDS = ['eori', 'vat', 'imo', 'phone', 'email', 'container'] as const;
export type PsiItemKind = (typeof PSI_ITEM_KINDS)[number];

export function psiItem(kind: PsiItemKind, raw: string): string | undefined {
  if (kind === 'container') {
    const c = raw.toUpperCase().replace(/[^A-Z0-9]/g, '');
    return c.length === 11 ? `container:${c}` : undefined;
  }
  const value = identifierKeys({ [kind]: raw }).get(kind);
  return value === undefined ? undefined : `${kind}:${value}`;
}
