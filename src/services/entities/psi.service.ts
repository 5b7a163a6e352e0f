/**
 * Private set intersection between two nodes. The responder side answers a partner's blinded
 * identifiers of one kind (EORI, VAT, IMO, telephone, e-mail, container) with their evaluations
 * and its own identifiers' PRF outputs under a key made for this exchange and then dropped
 * (permission `exchange.sync`, audited with the counts only). The requester side (`intel.read`)
 * blinds its identifiers, calls the partner through the given transport and keeps the
 * identifiers both hold.
 */
import { AppError } from '../../core/app-error.ts';
import {
  psiFinish,
  psiItem,
  psiKey,
  psiRequest,
  psiRespond,
  type PsiItemKind,
} from '../../intel/psi/index.ts';
import { listContainersOf, listLatestParties, type Db } from '../../storage/index.ts';
import type { Actor } from '../access/actor.ts';
import { requireAccess } from '../access/require-access.ts';
import { auditedTransaction, type AuditDeps } from '../audit/audited-transaction.ts';

/** Most points a partner may send in one exchange (each is one guess it can test). */
export const MAX_PSI_POINTS = 50_000;

export interface PsiWireRequest {
  readonly kind: PsiItemKind;
  /** Blinded ristretto255 points, base64. */
  readonly blinded: readonly string[];
}

export interface PsiWireResponse {
  readonly evaluated: readonly string[];
  readonly outputs: readonly string[];
}

export interface PsiService {
  respond(actor: Actor, request: PsiWireRequest): Promise<PsiWireResponse>;
  crossCheck(
    actor: Actor,
    kind: PsiItemKind,
    partner: (request: PsiWireRequest) => Promise<PsiWireResponse>,
  ): Promise<{ shared: string[]; mine: number; theirs: number }>;
}

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
const unb64 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'base64'));

export async function agencyItems(db: Db, agencyId: string, kind: PsiItemKind): Promise<string[]> {
  const parties = await listLatestParties(db, agencyId);
  if (kind === 'container') {
    const rows = await listContainersOf(db, [...new Set(parties.map((p) => p.consignmentId))]);
    return [...new Set(rows.flatMap((r) => psiItem('container', r.containerNumber) ?? []))];
  }
  const raw = parties.flatMap((p) => {
    const ids = p.party.identifiers;
    const value =
      kind === 'phone'
        ? p.party.phone
        : kind === 'email'
          ? p.party.email
          : kind === 'imo'
            ? ids?.other?.imo
            : ids?.[kind];
    return value ? [value] : [];
  });
  return [...new Set(raw.flatMap((v) => psiItem(kind, v) ?? []))];
}

export function createPsiService(deps: AuditDeps): PsiService {
  return {
    respond: (actor, request) =>
      auditedTransaction(
        deps,
        actor,
        {
          action: 'psi.respond',
          resourceType: 'psi',
          details: { kind: request.kind, points: request.blinded.length },
        },
        async (tx) => {
          requireAccess(actor, 'exchange.sync');
          if (request.blinded.length > MAX_PSI_POINTS)
            throw new AppError(
              'payload_too_large',
              `blinded: at most ${MAX_PSI_POINTS} points per exchange.`,
            );
          const points = request.blinded.map(unb64);
          const bad = points.findIndex((p) => p.length !== 32);
          if (bad >= 0)
            throw new AppError(
              'validation_failed',
              `blinded[${bad}]: not a 32-byte ristretto255 point.`,
            );
          const items = await agencyItems(tx, actor.agencyId, request.kind);
          let response;
          try {
            response = psiRespond(psiKey(), points, items);
          } catch {
            throw new AppError(
              'validation_failed',
              'blinded: a point is not a valid ristretto255 encoding.',
            );
          }
          return { evaluated: response.evaluated.map(b64), outputs: response.outputs.map(b64) };
        },
      ),

    async crossCheck(actor, kind, partner) {
      requireAccess(actor, 'intel.read');
      const items = await agencyItems(deps.database.db, actor.agencyId, kind);
      const { state, blinded } = psiRequest(items);
      const answer = await partner({ kind, blinded: blinded.map(b64) });
      const shared = psiFinish(state, {
        evaluated: answer.evaluated.map(unb64),
        outputs: answer.outputs.map(unb64),
      });
      return { shared, mine: items.length, theirs: answer.outputs.length };
    },
  };
}
