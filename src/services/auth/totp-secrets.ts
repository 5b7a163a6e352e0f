/**
 * Reading and migrating stored TOTP secrets through the node's secret box. Secrets stored in clear
 * by earlier versions are sealed by a startup step (`sealClearTotpSecrets`, run when the app
 * context is built): sealing them lazily at sign-in alone would leave the secret of an account
 * that never signs in again in clear for ever. A read still seals any clear secret it meets (one
 * written by an older process during a rolling upgrade). The startup step also opens one sealed
 * secret, so a node started with the wrong key refuses to start instead of failing sign-ins later.
 */
import {
  getTotp,
  listTotpSecrets,
  replaceTotpSecret,
  type Db,
  type StoredTotp,
} from '../../storage/index.ts';
import type { SecretBox } from './totp-secret-box.ts';

/** The account's factor with its secret opened; undefined when none is enrolled. */
export async function readTotp(
  db: Db,
  box: SecretBox,
  userId: string,
): Promise<StoredTotp | undefined> {
  const factor = await getTotp(db, userId);
  if (!factor) return undefined;
  if (box.isSealed(factor.secret)) return { ...factor, secret: box.open(userId, factor.secret) };
  await replaceTotpSecret(db, userId, factor.secret, box.seal(userId, factor.secret));
  return factor;
}

/** Seals every secret still in clear; checks the key on a sealed one. Returns how many it sealed. */
export async function sealClearTotpSecrets(db: Db, box: SecretBox): Promise<number> {
  const rows = await listTotpSecrets(db);
  const sealed = rows.find((r) => box.isSealed(r.secret));
  if (sealed) box.open(sealed.userId, sealed.secret);
  const clear = rows.filter((r) => !box.isSealed(r.secret));
  for (const r of clear)
    await replaceTotpSecret(db, r.userId, r.secret, box.seal(r.userId, r.secret));
  return clear.length;
}
