/** Segment tags are three upper-case letters or digits (ISO 9735 a3 / an3). */
export function isValidTag(tag: string): boolean {
  if (tag.length !== 3) return false;
  for (let i = 0; i < 3; i++) {
    const c = tag.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/**
 * Valid tags that are not service tags (U..). The last three found are compared by identity
 * first: the scanner hands on one interned string per tag, and groups repeat a few tags.
 */
export class BodyTags {
  private a: string | undefined;
  private b: string | undefined;
  private c: string | undefined;

  has(tag: string): boolean {
    if (tag === this.a || tag === this.b || tag === this.c) return true;
    if (tag.charCodeAt(0) === 85 || !isValidTag(tag)) return false;
    this.c = this.b;
    this.b = this.a;
    this.a = tag;
    return true;
  }
}
