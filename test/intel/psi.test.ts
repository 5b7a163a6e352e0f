import { bytesToHex, hexToBytes } from '@noble/curves/utils.js';
import { describe, expect, it } from 'vitest';
import {
  evaluatePrf,
  oprf,
  psiFinish,
  psiItem,
  psiKey,
  psiRequest,
  psiRespond,
} from '../../src/intel/psi/index.ts';

// RFC 9497 Appendix A.1.1: OPRF(ristretto255, SHA-512), mode 0x00.
const SEED = hexToBytes('a3'.repeat(32));
const KEY_INFO = hexToBytes('74657374206b6579');
const SK = '5ebcea5ee37023ccb9fc2d2019f9d7737be85591ae8652ffa9ef0f4d37063b0e';
const BLIND = hexToBytes('64d37aed22a27f5191de1c1d69fadb899d8862b58eb4220029e036ec4c1f6706');
const VECTORS = [
  {
    input: '00',
    blinded: '609a0ae68c15a3cf6903766461307e5c8bb2f95e7e6550e1ffa2dc99e412803c',
    evaluated: '7ec6578ae5120958eb2db1745758ff379e77cb64fe77b0b2d8cc917ea0869c7e',
    output:
      '527759c3d9366f277d8c6020418d96bb393ba2afb20ff90df23fb7708264e2f3ab9135e3bd69955851de4b1f9fe8a0973396719b7912ba9ee8aa7d0b5e24bcf6',
  },
  {
    input: '5a'.repeat(17),
    blinded: 'da27ef466870f5f15296299850aa088629945a17d1f5b7f5ff043f76b3c06418',
    evaluated: 'b4cbf5a4f1eeda5a63ce7b77c7d23f461db3fcab0dd28e4e17cecb5c90d02c25',
    output:
      'f4a74c9c592497375e796aa837e907b1a045d34306a749db9f34221f7e750cb4f2a6413a6bf6fa5e19ba6348eb673934a722a7ede2e7621306d18951e7cf2c73',
  },
];

describe('OPRF (RFC 9497 test vectors)', () => {
  it('derives the vector key', () => {
    expect(bytesToHex(oprf.deriveKeyPair(SEED, KEY_INFO).secretKey)).toBe(SK);
  });

  for (const v of VECTORS)
    it(`evaluates and finalizes input ${v.input.slice(0, 8)}`, () => {
      const evaluated = oprf.blindEvaluate(hexToBytes(SK), hexToBytes(v.blinded));
      expect(bytesToHex(evaluated)).toBe(v.evaluated);
      const out = oprf.finalize(hexToBytes(v.input), BLIND, evaluated);
      expect(bytesToHex(out)).toBe(v.output);
      // The key holder's direct evaluation gives the same output without blinding.
      expect(bytesToHex(evaluatePrf(hexToBytes(SK), hexToBytes(v.input)))).toBe(v.output);
    });
});

const ids = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => psiItem('eori', `${prefix}${String(i).padStart(9, '0')}`));

describe('private set intersection', () => {
  it('finds exactly the shared identifiers', () => {
    const shared = ids('BE', 25).filter((x) => x !== undefined);
    const mine = [...shared, ...ids('NL', 60).filter((x) => x !== undefined)];
    const theirs = [...ids('DE', 80).filter((x) => x !== undefined), ...shared];
    const { state, blinded } = psiRequest(mine);
    const response = psiRespond(psiKey(), blinded, theirs);
    expect(psiFinish(state, response).sort()).toEqual([...shared].sort());
    expect(response.outputs).toHaveLength(theirs.length);
  });

  it('normalises both sides the same way', () => {
    const { state, blinded } = psiRequest([psiItem('phone', '+32 3 555 12 34') ?? '']);
    const response = psiRespond(psiKey(), blinded, [psiItem('phone', '0032-3-5551234') ?? '']);
    expect(psiFinish(state, response)).toHaveLength(1);
    expect(psiItem('container', 'MSCU 123456-7')).toBe('container:MSCU1234567');
    expect(psiItem('container', 'MSCU12')).toBeUndefined();
  });

  it('reveals nothing linkable: fresh blinds per request, fresh outputs per key', () => {
    const item = psiItem('eori', 'BE0123456789') ?? '';
    const a = psiRequest([item]).blinded[0] as Uint8Array;
    const b = psiRequest([item]).blinded[0] as Uint8Array;
    expect(bytesToHex(a)).not.toBe(bytesToHex(b));
    const out1 = psiRespond(psiKey(), [], [item]).outputs[0] as Uint8Array;
    const out2 = psiRespond(psiKey(), [], [item]).outputs[0] as Uint8Array;
    expect(bytesToHex(out1)).not.toBe(bytesToHex(out2));
    // An output from another exchange does not match: results only hold under one key.
    const { state, blinded } = psiRequest([item]);
    const response = psiRespond(psiKey(), blinded, [item]);
    expect(psiFinish(state, { ...response, outputs: [out1] })).toEqual([]);
  });

  it('refuses a point that is not a ristretto255 encoding', () => {
    expect(() => psiRespond(psiKey(), [new Uint8Array(32).fill(0xff)], [])).toThrow();
  });
});
