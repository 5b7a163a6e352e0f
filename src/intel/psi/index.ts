/** Private set intersection of normalised identifiers on the RFC 9497 OPRF (ristretto255-SHA512). */
export {
  psiRequest,
  psiRespond,
  psiFinish,
  psiKey,
  OUTPUT_BYTES,
  type PsiRequestState,
  type PsiResponse,
} from './psi-protocol.ts';
export { psiItem, PSI_ITEM_KINDS, type PsiItemKind } from './psi-items.ts';
export { evaluatePrf, oprf } from './oprf-suite.ts';
