// Party names of the demo (`portcullis demo --no-serve`, three days) against the bundled OFAC SDN
// list: the loose matches that made 206 open hits out of 4,822 parties, one or more per kind
// (docs/screening.md, "Screening the demo's parties"), hit nothing; the names really close to a
// listed name still hit it.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildScreeningIndex,
  type ScreeningIndex,
} from '../../src/intel/screening/screening-index.ts';
import { screenName } from '../../src/intel/screening/screen-name.ts';
import { loadSdnEntries } from './load-watchlist.ts';

let index: ScreeningIndex;

beforeAll(() => {
  index = buildScreeningIndex(loadSdnEntries());
});

const hits = (name: string, country: string) =>
  screenName(index, { name, country }, { limit: 3 }).map((h) => `${h.entry.id} ${h.matchedName}`);

describe("screening the demo's party names", () => {
  it.each([
    // Generic trade words only (IMPORT EXPORT against SAD IMPORT EXPORT COMPANY…).
    ['Imports Exports Inc.', 'CA'],
    ['Import Export S.A.', 'FR'],
    ['United Global Corp.', 'US'],
    ['Ocean Pacific JSC', 'VN'],
    ['Invest Trading BVBA', 'BE'],
    ['Atlantic Trading Ltd.', 'GB'],
    ['Industries Martin SA', 'FR'],
    // A person's given name taken for a particle: XU, Bin screened as the bare surname XU.
    ['Xu Ocean Co., Ltd.', 'CN'],
    ['Xu & Zhou Co., Ltd.', 'CN'],
    // Same sound codes, another number of syllables (YANG / YINGJIE, HUANG / JIANGZHOU).
    ['Yang & Wu Co., Ltd.', 'CN'],
    ['Export Diallo S.a r.l.', 'LU'],
    // A vessel's name (SOL, ATLANTIS) and one-word aliases (ABDULLAH, KIMO).
    ['Garcia Sol S.R.L.', 'AR'],
    ['Corporation Abdullah Sdn. Bhd.', 'MY'],
    ['KIM CORPORATION SDN. BHD.', 'MY'],
  ])('%s (%s) hits nothing', (name, country) => {
    expect(hits(name, country)).toEqual([]);
  });

  it.each([
    ['Electronics Sino Co., Ltd.', 'HK', '38641 SINNO ELECTRONICS CO., LIMITED'],
    ['Rodriguez & Lopez S.A.', 'CL', '21116 RODRIGUEZ LOPEZ, S.A. DE C.V.'],
    ['Aguilar & Aguilar S.A.C.', 'PE', '11880 AGUILAR AGUILAR Y CIA. LTDA.'],
    ['Agricola Bananera S.R.L.', 'UY', '7576 BANANERA AGRICOLA S.A.'],
  ])('%s (%s) still hits %s', (name, country, hit) => {
    expect(hits(name, country)).toContain(hit);
  });
});
