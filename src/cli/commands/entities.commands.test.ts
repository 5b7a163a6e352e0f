import { describe, expect, it } from 'vitest';
import { sameNameAddressLine } from './entities.commands.ts';

describe('entity show', () => {
  const yiwu = {
    name: 'Manufacturing Li Co., Ltd.',
    address: '69 Gangwan Avenue, 3220 Yiwu',
    country: 'CN',
    records: 76,
    elsewhere: 0,
  };

  it('tells the records joined by one name at one address in one line', () => {
    expect(sameNameAddressLine(yiwu)).toBe(
      '  76 records filed as Manufacturing Li Co., Ltd. at 69 Gangwan Avenue, 3220 Yiwu, CN',
    );
    expect(sameNameAddressLine({ ...yiwu, elsewhere: 2 })).toMatch(
      /, CN \(2 more in other entities\)$/,
    );
  });

  it('leaves the country out when the records name none', () => {
    expect(sameNameAddressLine({ ...yiwu, country: '' })).toBe(
      '  76 records filed as Manufacturing Li Co., Ltd. at 69 Gangwan Avenue, 3220 Yiwu',
    );
  });
});
