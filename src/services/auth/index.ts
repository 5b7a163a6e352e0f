/** Sign-in of people and machines: the public face of the auth services. */
export { createLocalAccount, checkAccountInput, type LocalAccountInput } from './local-accounts.ts';
export {
  hashPassword,
  verifyPassword,
  needsRehash,
  DEFAULT_SCRYPT_COST,
  type ScryptCost,
} from './password-hash.ts';
export { passwordProblem } from './password-policy.ts';
export {
  createSessionStore,
  DEFAULT_SESSION_POLICY,
  type OpenSession,
  type SessionPolicy,
  type SessionStore,
} from './session.service.ts';
export { SESSION_COOKIE, csrfTokenFor, csrfTokenMatches } from './session-tokens.ts';
export { actorOfUser, signedInUser, type SignedInUser } from './signed-in-user.ts';
export { passwordSignIn, type SignInInput } from './password-sign-in.ts';
export { DEFAULT_THROTTLE_POLICY, type ThrottlePolicy } from './sign-in-throttle.ts';
export { matchTotp, newTotpSecret, otpauthUri, totp, hotp } from './totp.ts';
export {
  createMachineKeyService,
  DEFAULT_ROTATION_GRACE_SECONDS,
  type IssuedMachineKey,
  type MachineKeyService,
  type MachineKeyView,
} from './machine-keys.service.ts';
export {
  createSenderKeyService,
  type SenderKeyService,
  type SenderKeyView,
} from './sender-keys.service.ts';
export { keyPermissions, scopedActor } from './key-scope.ts';
export { createTotpService, type TotpService } from './totp-enrolment.ts';
export { createAccountAdmin, type AccountAdmin } from './account-admin.ts';
export { createOidcSignIn, type OidcSignIn } from './oidc-sign-in.ts';
export { mapClaims } from './oidc-claims.ts';
