/**
 * The records merged into an entity, as an analyst reads them: identical records (same name as
 * filed, address, country and identifiers) are one line with their number, roles, consignments
 * and when they were first and last filed; a page of lines at a time, more on request.
 */
import { useState } from 'react';
import { get, query } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { partyRoleWord } from '../lib/party-role-word.ts';

export interface MemberGroup {
  readonly partyId: string;
  readonly name: string;
  readonly address?: string;
  readonly country?: string;
  readonly roles: readonly string[];
  readonly records: number;
  readonly consignments: number;
  readonly firstFiled: string;
  readonly lastFiled: string;
}

export interface MemberLines {
  readonly id: string;
  readonly memberGroups: readonly MemberGroup[];
  readonly memberGroupsTotal: number;
}

/** Lines asked for at a time. */
export const MEMBER_LINES = 20;

function MemberLine({ g }: { readonly g: MemberGroup }) {
  const { t, formatDay, formatNumber } = useI18n();
  const first = formatDay(g.firstFiled.slice(0, 10));
  const last = formatDay(g.lastFiled.slice(0, 10));
  const vars = { n: formatNumber(g.records), c: formatNumber(g.consignments), first, last };
  return (
    <li>
      <strong>{g.name}</strong>{' '}
      {g.roles.map((r) => (
        <span key={r} className="tag">
          {partyRoleWord(t, r)}
        </span>
      ))}
      <div className="muted" data-testid="member-count">
        {t(first === last ? 'entities.memberCountOnce' : 'entities.memberCount', vars)}
      </div>
      {(g.address ?? g.country) && (
        <div className="muted">{[g.address, g.country].filter(Boolean).join(' · ')}</div>
      )}
    </li>
  );
}

export function EntityMembers({ p }: { readonly p: MemberLines }) {
  const { t, formatNumber } = useI18n();
  const [lines, setLines] = useState<readonly MemberGroup[]>(p.memberGroups);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string>();
  const more = async () => {
    setLoading(true);
    setError(undefined);
    try {
      const next = await get<Pick<MemberLines, 'memberGroups'>>(
        `/api/v1/entities/${encodeURIComponent(p.id)}/members${query({
          memberOffset: lines.length,
          memberLimit: MEMBER_LINES,
        })}`,
      );
      setLines([...lines, ...next.memberGroups]);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setLoading(false);
    }
  };
  const left = p.memberGroupsTotal - lines.length;
  return (
    <>
      <ul data-testid="members">
        {lines.map((g) => (
          <MemberLine key={g.partyId} g={g} />
        ))}
      </ul>
      {left > 0 && (
        <p className="muted">
          {t('entities.membersShown', {
            shown: formatNumber(lines.length),
            total: formatNumber(p.memberGroupsTotal),
          })}{' '}
          <button type="button" disabled={loading} onClick={() => void more()}>
            {t('entities.moreMembers', { n: formatNumber(Math.min(left, MEMBER_LINES)) })}
          </button>
        </p>
      )}
      {error && <p role="alert">{error}</p>}
    </>
  );
}
