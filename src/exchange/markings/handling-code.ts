/**
 * Handling codes as used between European police services. H0: crime prevention and investigation
 * only; H1: not for judicial proceedings without the owner's consent; H2: no onward dissemination
 * without the owner's consent; H3: other restrictions, stated in free text.
 */
export const HANDLING_CODES = ['H0', 'H1', 'H2', 'H3'] as const;
export type HandlingCode = (typeof HANDLING_CODES)[number];

export type Handling =
  { readonly code: 'H0' | 'H1' | 'H2' } | { readonly code: 'H3'; readonly restriction: string };

export function isHandlingCode(value: string): value is HandlingCode {
  return (HANDLING_CODES as readonly string[]).includes(value);
}
