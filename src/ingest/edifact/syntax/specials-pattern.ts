/**
 * A pattern matching every character a plain segment cannot hold under a class table: release
 * and repetition characters, line breaks, characters outside the repertoire. The scanner searches
 * for the next one with it (native code, far quicker than visiting each character in a loop)
 * and takes the exact path only for the segment that holds it.
 */
import { CHAR_CLASSES } from './character-classes.ts';

const { TEXT, COMPONENT, ELEMENT, TERMINATOR } = CHAR_CLASSES;
const patterns = new WeakMap<Uint8Array, RegExp>();

const unit = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;

export function specialsPattern(classes: Uint8Array): RegExp {
  let re = patterns.get(classes);
  if (re) return re;
  const isSpecial = (c: number) => {
    const k = classes[c] ?? TEXT;
    return k !== TEXT && k !== COMPONENT && k !== ELEMENT && k !== TERMINATOR;
  };
  let ranges = '';
  let first = -1;
  for (let c = 0; c <= classes.length; c++) {
    const special = c < classes.length && isSpecial(c);
    if (special && first < 0) first = c;
    if (special || first < 0) continue;
    ranges += first === c - 1 ? unit(first) : `${unit(first)}-${unit(c - 1)}`;
    first = -1;
  }
  // Global, so that `lastIndex` says where a search starts and `test` allocates no match.
  re = ranges === '' ? /$^/g : new RegExp(`[${ranges}]`, 'g');
  patterns.set(classes, re);
  return re;
}
