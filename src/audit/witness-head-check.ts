/**
 * Compares the head a witness (another partner) holds of a partner's log with the head this node
 * holds of it, as Certificate Transparency gossip does: both must be signed by the partner and be
 * views of one log — the same root at the same size, or a consistency proof from the smaller size
 * to the larger that verifies for both roots. Two genuine heads that are not views of one log are
 * a split view: the partner showed the witness another log than it showed this node.
 */
import {
  checkHeadConsistency,
  checkPartnerHead,
  parseSignedTreeHead,
} from './partner-head-check.ts';
import type { WitnessSkip } from './partner-head-outcomes.ts';
import type { SignedTreeHead } from './tree-head.ts';

export type WitnessCheck =
  | { readonly kind: 'consistent' }
  /** Different sizes: consistent once the partner's proof from `first` to `second` verifies. */
  | { readonly kind: 'needs-proof'; readonly first: number; readonly second: number }
  /** Not compared, and no alarm: the answer is no evidence about the partner. */
  | { readonly kind: 'skip'; readonly skip: WitnessSkip; readonly message: string }
  | {
      readonly kind: 'failure';
      readonly failure: 'split-view' | 'malformed';
      readonly message: string;
    };

const describe = (h: SignedTreeHead) =>
  `${h.treeSize} entries, root ${h.rootHash}, signed ${h.timestamp}`;

const splitView = (message: string): WitnessCheck => ({
  kind: 'failure',
  failure: 'split-view',
  message: `${message}: the partner showed two different logs.`,
});

/** Whether the witness's answer is a head of the partner's log, and how it compares with `held`. */
export function checkWitnessHead(
  answer: unknown,
  held: SignedTreeHead,
  publicKey: Uint8Array,
  witness: string,
): WitnessCheck {
  const head = parseSignedTreeHead(answer);
  const verdict = head ? checkPartnerHead(head, undefined, publicKey) : undefined;
  if (!head || verdict?.kind === 'failure') {
    const why = verdict?.kind === 'failure' ? verdict.message : 'It is not a signed tree head.';
    const message = `${witness} answered with no head the partner signed of its log. ${why}`;
    return { kind: 'skip', skip: 'unverifiable', message };
  }
  if (head.treeSize !== held.treeSize)
    return {
      kind: 'needs-proof',
      first: Math.min(head.treeSize, held.treeSize),
      second: Math.max(head.treeSize, held.treeSize),
    };
  if (head.rootHash === held.rootHash) return { kind: 'consistent' };
  return splitView(
    `${witness} holds a head of ${describe(head)}; the head held here has ${describe(held)}`,
  );
}

/** Whether the partner's `proof` joins the witness's head and the held one into one log. */
export function checkWitnessConsistency(
  held: SignedTreeHead,
  witnessHead: SignedTreeHead,
  proof: unknown,
  witness: string,
): WitnessCheck {
  const [smaller, larger] =
    witnessHead.treeSize < held.treeSize ? [witnessHead, held] : [held, witnessHead];
  const refusal = checkHeadConsistency(smaller, larger, proof);
  if (!refusal) return { kind: 'consistent' };
  if (refusal.failure !== 'inconsistent') {
    const message = `Asked to prove that the head ${witness} holds and the head held here are of one log, the partner answered: ${refusal.message}`;
    return { kind: 'failure', failure: 'malformed', message };
  }
  return splitView(
    `The partner's consistency proof from ${smaller.treeSize} to ${larger.treeSize} entries does not join the head ${witness} holds (${describe(witnessHead)}) to the head held here (${describe(held)})`,
  );
}
