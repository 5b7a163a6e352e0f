import { tagIndex } from './tag-table.ts';

/** Segment tags are three upper-case letters or digits (ISO 9735 a3 / an3). */
export function isValidTag(tag: string): boolean {
  return tagIndex(tag) >= 0;
}
