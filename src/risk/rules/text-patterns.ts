/**
 * Text patterns of the rule language, compiled once to regular expressions: `contains`
 * (substring), `like` (glob: * any run, ? one character), `matches` (a regular expression within
 * safety limits) and route globs ("EC* > * > BEANR": one port per segment, ** any number of
 * ports). All are case-insensitive.
 */
export const MAX_REGEX_LENGTH = 200;
/** Text longer than this is cut before a `matches` test, bounding the work per evaluation. */
export const MAX_MATCHED_TEXT = 4096;

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export function containsPattern(needle: string): RegExp {
  return new RegExp(escapeRegex(needle), 'i');
}

function globBody(glob: string, any: string, one: string): string {
  let out = '';
  for (const ch of glob) out += ch === '*' ? any : ch === '?' ? one : escapeRegex(ch);
  return out;
}

export function likePattern(glob: string): RegExp {
  return new RegExp(`^${globBody(glob, '[\\s\\S]*', '[\\s\\S]')}$`, 'i');
}

/** Why a regular expression is refused, or undefined when it is within the safety limits. */
export function unsafeRegexReason(source: string): string | undefined {
  if (source.length > MAX_REGEX_LENGTH) return `longer than ${MAX_REGEX_LENGTH} characters`;
  if (/\\[1-9]|\\k</.test(source)) return 'back-references are not allowed';
  if (/\(\?<?[=!]/.test(source)) return 'look-around is not allowed';
  // A quantified group that itself contains a quantifier can backtrack exponentially.
  if (/\([^()]*[*+{][^()]*\)\s*[*+{]/.test(source)) return 'nested quantifiers are not allowed';
  try {
    new RegExp(source);
  } catch (e) {
    return e instanceof Error ? e.message : 'invalid regular expression';
  }
  return undefined;
}

export function matchesPattern(source: string): RegExp {
  return new RegExp(source, 'i');
}

export function regexTest(re: RegExp, text: string): boolean {
  return re.test(text.length > MAX_MATCHED_TEXT ? text.slice(0, MAX_MATCHED_TEXT) : text);
}

const ROUTE_SEGMENT = /^(\*\*|[A-Za-z0-9*?]+)$/;

/** Why a route glob is malformed, or undefined when it is well formed. */
export function routeGlobProblem(glob: string): string | undefined {
  const segments = glob.split('>').map((s) => s.trim());
  const bad = segments.find((s) => !ROUTE_SEGMENT.test(s));
  if (bad === undefined) return undefined;
  return `route segment "${bad}" must be a port glob (letters, digits, * and ?) or **`;
}

/** A route glob as a regular expression over route patterns such as "ECGYE>PAPTY>BEANR". */
export function routePattern(glob: string): RegExp {
  const segments = glob.split('>').map((s) => s.trim());
  let body = '';
  segments.forEach((seg, i) => {
    if (seg === '**') {
      body += i === 0 ? '(?:[^>]+>)*' : '(?:>[^>]+)*';
      return;
    }
    if (i > 0 && !(i === 1 && segments[0] === '**')) body += '>';
    body += seg === '*' ? '[^>]+' : globBody(seg, '[^>]*', '[^>]');
  });
  if (segments.length === 1 && segments[0] === '**') body = '[\\s\\S]*';
  return new RegExp(`^${body}$`, 'i');
}
