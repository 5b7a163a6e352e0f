/**
 * Why an entity's records are one: clearly different names filed under one identifier first (a
 * possibly misused EORI, VAT or IMO number), then the identifiers its records share, told once
 * each ("353 records share EORI BE0470140409"), then the names filed at one address that joined
 * records ("64 records filed as … at …"), then the strongest links that joined the rest.
 */
import type {
  FiledName,
  IdentifierConflict,
  SharedIdentifier,
} from '../../../src/intel/resolution/identifier-explanation.ts';
import type { SameNameAndAddress } from '../../../src/intel/resolution/same-name-address.ts';
import { EVIDENCE_KINDS, type EvidenceKind } from '../../../src/intel/resolution/match-evidence.ts';
import { useI18n, type MessageKey, type Translate } from '../i18n/i18n.tsx';

export interface Explanation {
  readonly sharedIdentifiers: readonly SharedIdentifier[];
  readonly conflicts: readonly IdentifierConflict[];
  readonly sameNameAndAddress: readonly SameNameAndAddress[];
  readonly links: readonly {
    readonly a: string;
    readonly b: string;
    readonly score: number;
    readonly evidence: readonly { readonly kind: string; readonly detail: string }[];
  }[];
  readonly linksTotal: number;
}

const KIND: Readonly<Record<SharedIdentifier['kind'], MessageKey>> = {
  eori: 'entities.idKind.eori',
  vat: 'entities.idKind.vat',
  imo: 'entities.idKind.imo',
};
const isEvidence = (k: string): k is EvidenceKind =>
  (EVIDENCE_KINDS as readonly string[]).includes(k);

type Count = (n: number) => string;

/** "353 records share EORI BE0470140409", and how many carry it in other entities. */
export function sharedText(t: Translate, s: SharedIdentifier, count: Count): string {
  const line = t('entities.shared', { n: count(s.records), kind: t(KIND[s.kind]), value: s.value });
  return s.elsewhere > 0
    ? `${line} · ${t('entities.sharedElsewhere', { n: count(s.elsewhere) })}`
    : line;
}

/** "64 records filed as Li Manufacturing Co., Ltd. at 69 Gangwan Avenue, 3220 Yiwu, CN". */
export function sameNameAddressText(t: Translate, s: SameNameAndAddress, count: Count): string {
  const address = s.country !== '' ? `${s.address}, ${s.country}` : s.address;
  const line = t('entities.sameNameAddress', { n: count(s.records), name: s.name, address });
  return s.elsewhere > 0
    ? `${line} · ${t('entities.sharedElsewhere', { n: count(s.elsewhere) })}`
    : line;
}

/** "Same EORI NL…, different names: Acme Trading BV (NL, 1 record) / Polar Fish … (PE, 1 record)". */
export function conflictText(t: Translate, c: IdentifierConflict, count: Count): string {
  const ids = c.identifiers
    .map((i) => `${t(KIND[i.kind])} ${i.value}`)
    .join(` ${t('entities.and')} `);
  const name = (n: FiledName) =>
    t('entities.conflictName', {
      name: n.name,
      countries: n.countries.length > 0 ? `${n.countries.join(', ')}, ` : '',
      n: count(n.records),
    });
  const more = c.othersTotal - c.others.length;
  const names = [c.name, ...c.others].map(name).join(' / ');
  return t('entities.conflict', {
    ids,
    names: more > 0 ? `${names} ${t('entities.conflictMore', { n: count(more) })}` : names,
  });
}

export function WhyMerged({ p }: { readonly p: Explanation }) {
  const { t, formatNumber } = useI18n();
  const count = (n: number) => formatNumber(n);
  return (
    <>
      {p.conflicts.length > 0 && (
        <ul data-testid="identifier-conflicts">
          {p.conflicts.map((c) => (
            <li key={c.identifiers.map((i) => `${i.kind}:${i.value}`).join(' ')}>
              <span className="hold">{t('entities.conflictTag')}</span> {conflictText(t, c, count)}
              <div className="muted">{t('entities.conflictHint')}</div>
            </li>
          ))}
        </ul>
      )}
      {p.sharedIdentifiers.length > 0 && (
        <ul data-testid="shared-identifiers">
          {p.sharedIdentifiers.map((s) => (
            <li key={`${s.kind}:${s.value}`}>{sharedText(t, s, count)}</li>
          ))}
        </ul>
      )}
      {p.sameNameAndAddress.length > 0 && (
        <ul data-testid="same-name-address">
          {p.sameNameAndAddress.map((s) => (
            <li key={`${s.name}|${s.address}|${s.country}`}>{sameNameAddressText(t, s, count)}</li>
          ))}
        </ul>
      )}
      <ul data-testid="why-merged">
        {p.links.map((l) => (
          <li key={`${l.a}-${l.b}`}>
            {t('entities.linkScore', { score: formatNumber(l.score, 2) })} ·{' '}
            {l.evidence
              .map((e) => `${isEvidence(e.kind) ? t(`evidence.${e.kind}`) : e.kind}: ${e.detail}`)
              .join('; ')}
          </li>
        ))}
      </ul>
      {p.linksTotal > p.links.length && (
        <p className="muted">
          {t('entities.moreLinks', { n: count(p.linksTotal - p.links.length) })}
        </p>
      )}
    </>
  );
}
