/**
 * The password policy of local accounts (NIST SP 800-63B §5.1.1.2): at least 12 characters, at
 * most 256, not mostly the username (8 characters or more besides it), not one repeated character, not a well-known password.
 * No composition rules and no expiry: length and a blocklist do more.
 */
const COMMON = new Set([
  'password1234',
  'passwordpassword',
  '123456789012',
  'qwertyuiopas',
  'administrator',
  'letmeinletmein',
  'welcome12345',
  'changeme1234',
  'portcullis123',
  'portcullis2026',
]);

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** Why the password is refused, or undefined when it is acceptable. */
export function passwordProblem(password: string, username: string): string | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH)
    return `password: at least ${PASSWORD_MIN_LENGTH} characters are required (got ${length})`;
  if (length > PASSWORD_MAX_LENGTH)
    return `password: at most ${PASSWORD_MAX_LENGTH} characters are accepted`;
  const lower = password.toLowerCase();
  const rest = username.length >= 3 ? lower.split(username.toLowerCase()).join('') : lower;
  if ([...rest].length < 8) return 'password: is mostly the username';
  if (new Set(lower).size < 4) return 'password: uses too few different characters';
  if (COMMON.has(lower)) return 'password: is a well-known password';
  return undefined;
}
