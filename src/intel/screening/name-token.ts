/**
 * A name token prepared for scoring: the token, its Double Metaphone code and its weight
 * (inverse frequency over the list, so "MOHAMMED" or "TRADING" count less than "OREJUELA").
 */
import { doubleMetaphone } from 'double-metaphone';
import { soundSkeleton, spellingFold } from './sound-skeleton.ts';

export interface NameToken {
  readonly token: string;
  readonly phonetic: string;
  /** See sound-skeleton.ts. */
  readonly folded: string;
  readonly skeleton: string;
  readonly weight: number;
}

const phoneticCache = new Map<string, string>();

/** Primary Double Metaphone code; digits-only tokens are their own code. */
export function phoneticKey(token: string): string {
  let code = phoneticCache.get(token);
  if (code === undefined) {
    code = /^[0-9]+$/.test(token) ? token : doubleMetaphone(token)[0];
    if (phoneticCache.size < 500_000) phoneticCache.set(token, code);
  }
  return code;
}

/** A token with its phonetic keys and the weight given. */
const foldCache = new Map<string, string>();

export function nameToken(token: string, weight: number): NameToken {
  let folded = foldCache.get(token);
  if (folded === undefined) {
    folded = spellingFold(token);
    if (foldCache.size < 500_000) foldCache.set(token, folded);
  }
  return { token, phonetic: phoneticKey(token), folded, skeleton: soundSkeleton(folded), weight };
}
