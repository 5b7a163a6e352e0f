// Private set intersection of normalised identifiers (RFC 9497 OPRF over ristretto255,
// @noble/curves) for two agencies holding 10,000 identifiers each, 30% in common
// (PORTCULLIS_PSI_SIZE changes the size). The peer is what agencies do without PSI: exchanging
// SHA-256 digests of the identifiers with a shared salt, which anyone holding the salt can
// reverse by hashing candidate identifiers. Times are CPU seconds of this process (the machine is
// shared), per side, with the intersection checked against the truth.
import { sha256 } from '@noble/hashes/sha2.js';
import { psiFinish, psiItem, psiKey, psiRequest, psiRespond } from '../src/intel/psi/index.ts';

export const title = 'Private set intersection, 10,000 × 10,000 identifiers';

const SIZE = Number(process.env.PORTCULLIS_PSI_SIZE ?? 10_000);

function cpu<T>(fn: () => T): [T, number] {
  const from = process.cpuUsage();
  const value = fn();
  const d = process.cpuUsage(from);
  return [value, (d.user + d.system) / 1e6];
}

function sets(): { mine: string[]; theirs: string[]; shared: Set<string> } {
  const item = (cc: string, i: number) => psiItem('eori', `${cc}${String(i).padStart(10, '0')}`);
  const common = Math.round(SIZE * 0.3);
  const shared = Array.from({ length: common }, (_, i) => item('BE', i) as string);
  const mine = [
    ...shared,
    ...Array.from({ length: SIZE - common }, (_, i) => item('NL', i) as string),
  ];
  const theirs = [
    ...shared,
    ...Array.from({ length: SIZE - common }, (_, i) => item('DE', i) as string),
  ];
  return { mine, theirs, shared: new Set(shared) };
}

function hashed(salt: string, items: readonly string[]): Set<string> {
  const enc = new TextEncoder();
  return new Set(items.map((x) => Buffer.from(sha256(enc.encode(salt + x))).toString('hex')));
}

export function run(): Promise<void> {
  const { mine, theirs, shared } = sets();
  const [request, tBlind] = cpu(() => psiRequest(mine));
  const key = psiKey();
  const [response, tRespond] = cpu(() => psiRespond(key, request.blinded, theirs));
  const [found, tFinish] = cpu(() => psiFinish(request.state, response));
  const exact = found.length === shared.size && found.every((x) => shared.has(x));
  const psi = tBlind + tRespond + tFinish;
  const [peerFound, peer] = cpu(() => {
    const theirsHashed = hashed('salt', theirs);
    const mineHashed = [...hashed('salt', mine)];
    return mineHashed.filter((h) => theirsHashed.has(h)).length;
  });
  const bytes =
    (request.blinded.length + response.evaluated.length) * 32 + response.outputs.length * 32;
  console.log(`sets: ${mine.length} × ${theirs.length}, ${shared.size} in common`);
  console.log(
    `PSI (OPRF): ${psi.toFixed(1)} CPU-s (requester blinds ${tBlind.toFixed(1)}, responder evaluates ${tRespond.toFixed(1)}, requester finishes ${tFinish.toFixed(1)}); ${(bytes / 1e6).toFixed(2)} MB exchanged; intersection ${found.length} ${exact ? 'exact' : 'WRONG'}`,
  );
  console.log(
    `peer (salted SHA-256 digests, reversible by guessing): ${peer.toFixed(3)} CPU-s, intersection ${peerFound}; PSI costs ${(psi / peer).toFixed(0)}× the peer`,
  );
  return Promise.resolve();
}
