/**
 * A name token prepared for scoring: the token, its Double Metaphone code, spelling fold and sound
 * skeleton, its syllables, whether it is a generic word of company names, and its weight (inverse
 * frequency over the list, so "MOHAMMED" counts less than "OREJUELA").
 */
import { doubleMetaphone } from 'double-metaphone';
import { isGenericWord } from '../normalize/generic-words.ts';
import type { NamePartsOptions } from '../normalize/normalize-name.ts';
import { soundSkeleton, spellingFold } from './sound-skeleton.ts';

export interface NameToken {
  readonly token: string;
  readonly phonetic: string;
  /** See sound-skeleton.ts. */
  readonly folded: string;
  readonly skeleton: string;
  /** Vowel groups (A, E, I, O, U, Y) of the spelling: its syllables, which romanisation keeps. */
  readonly syllables: number;
  /** A generic word of company names (TRADING, IMPORT, GLOBAL…): identifies no one. */
  readonly generic: boolean;
  readonly weight: number;
}

/** List and query names are cut into tokens alike: see `NamePartsOptions`. */
export const SCREENING_NAME_PARTS: NamePartsOptions = { keepParticlesOfOneWordNames: true };

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

const foldCache = new Map<string, string>();

/**
 * Runs of vowels in a token, Y counted as one (DANYAL and DANIEL, SAYED and SAIED alike). Counted
 * on the spelling, not its fold, which turns the LL of DIALLO into a vowel.
 */
export function syllableCount(token: string): number {
  let count = 0;
  let inVowel = false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    const vowel = c === 65 || c === 69 || c === 73 || c === 79 || c === 85 || c === 89;
    if (vowel && !inVowel) count++;
    inVowel = vowel;
  }
  return count;
}

/** A token with its sound keys, syllables and generic flag, and the weight given. */
export function nameToken(token: string, weight: number): NameToken {
  let folded = foldCache.get(token);
  if (folded === undefined) {
    folded = spellingFold(token);
    if (foldCache.size < 500_000) foldCache.set(token, folded);
  }
  return {
    token,
    phonetic: phoneticKey(token),
    folded,
    skeleton: soundSkeleton(folded),
    syllables: syllableCount(token),
    generic: isGenericWord(token),
    weight,
  };
}
