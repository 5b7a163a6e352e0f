/** A party's role in the reader's language, or the server's word for a role this app does not know. */
import { PARTY_ROLES, type PartyRole } from '../../../src/core/cargo/party.ts';
import type { Translate } from '../i18n/i18n.tsx';

const isPartyRole = (r: string): r is PartyRole => (PARTY_ROLES as readonly string[]).includes(r);

export const partyRoleWord = (t: Translate, role: string) =>
  isPartyRole(role) ? t(`partyRole.${role}`) : role;
