import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { signTreeHead, verifyTreeHeadSignature } from '../../audit/tree-head.ts';
import { loadNodeSigningKey, signingKeyPath } from './node-signing-key.ts';

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'portcullis-key-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('node signing key', () => {
  it('is created on first use in <dataDir>/keys, readable by the owner only, and kept', () => {
    const dir = freshDir();
    const first = loadNodeSigningKey(dir);
    expect(signingKeyPath(dir)).toBe(path.join(dir, 'keys', 'audit-ed25519.pem'));
    expect(statSync(signingKeyPath(dir)).mode & 0o077).toBe(0);
    const again = loadNodeSigningKey(dir);
    expect(again.publicKeyHex).toBe(first.publicKeyHex);
    expect(again.keyId).toBe(first.keyId);
    expect(first.publicKeyHex).toMatch(/^[0-9a-f]{64}$/);
  });

  it('two nodes get different keys', () => {
    expect(loadNodeSigningKey(freshDir()).publicKeyHex).not.toBe(
      loadNodeSigningKey(freshDir()).publicKeyHex,
    );
  });

  it('signs tree heads that verify with its public key and not with another', async () => {
    const key = loadNodeSigningKey(freshDir());
    const other = loadNodeSigningKey(freshDir());
    const head = {
      logId: 'l',
      treeSize: 3,
      rootHash: 'ab'.repeat(32),
      timestamp: '2026-01-01T00:00:00.000Z',
    };
    const signed = await signTreeHead(head, key);
    expect(signed.keyId).toBe(key.keyId);
    expect(verifyTreeHeadSignature(signed, key.publicKey)).toBe(true);
    expect(verifyTreeHeadSignature(signed, other.publicKey)).toBe(false);
  });
});
