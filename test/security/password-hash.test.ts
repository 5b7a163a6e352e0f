// scrypt password hashes in PHC form: verify, refuse a wrong password or a damaged hash, carry
// their parameters (old hashes keep verifying, needsRehash tells when to upgrade).
import { describe, expect, it } from 'vitest';
import {
  hashPassword,
  needsRehash,
  verifyPassword,
} from '../../src/services/auth/password-hash.ts';
import { passwordProblem } from '../../src/services/auth/password-policy.ts';

const cheap = { ln: 10, r: 8, p: 1 };

describe('password hashes', () => {
  it('are PHC strings with their parameters and a fresh salt each time', async () => {
    const a = await hashPassword('correct horse battery', cheap);
    const b = await hashPassword('correct horse battery', cheap);
    expect(a).toMatch(/^\$scrypt\$ln=10,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(a).not.toBe(b);
  });

  it('verify the right password only', async () => {
    const hash = await hashPassword('correct horse battery', cheap);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
    // The digest's first character: all six of its bits count (the last one's low bits do not).
    const at = hash.lastIndexOf('$') + 1;
    const tampered = hash.slice(0, at) + (hash[at] === 'A' ? 'B' : 'A') + hash.slice(at + 1);
    expect(await verifyPassword('correct horse battery', tampered)).toBe(false);
    expect(await verifyPassword('x', '$argon2id$v=19$m=65536,t=3,p=4$abc$def')).toBe(false);
  });

  it('ask for a rehash when made with weaker parameters than the current ones', async () => {
    const old = await hashPassword('correct horse battery', cheap);
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash(old, cheap)).toBe(false);
  });
});

describe('password policy', () => {
  it('names the problem', () => {
    expect(passwordProblem('short', 'ann')).toMatch(/at least 12/);
    expect(passwordProblem('aaaaaaaaaaaaaaaa', 'ann')).toMatch(/too few different/);
    expect(passwordProblem('password1234', 'ann')).toMatch(/well-known/);
    expect(passwordProblem('officer-officer!', 'officer')).toMatch(/mostly the username/);
    expect(passwordProblem('demo-officer-2026', 'officer')).toBeUndefined();
  });
});
