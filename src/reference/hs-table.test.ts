import { describe, expect, it } from 'vitest';
import { getReferenceData } from './reference-data.ts';

describe('bundled HS 2022 table', () => {
  const hs = getReferenceData().hs;

  it('knows the banana subheading and its chapter and section', () => {
    expect(hs.hasHs6('080390')).toBe(true);
    expect(hs.get('080390')).toMatchObject({
      code: '080390',
      level: 'subheading',
      section: 'II',
      chapter: '08',
    });
    expect(hs.get('080390')?.description).toMatch(/bananas/i);
    expect(hs.section('II')?.name).toBe('Vegetable products');
  });

  it('resolves 8- and 10-digit national codes to their subheading', () => {
    expect(hs.get('0803.90.10')?.code).toBe('080390');
    expect(hs.get('0901211000')?.code).toBe('090121');
  });

  it('does not know subheadings that HS 2022 lacks', () => {
    expect(hs.hasHs6('080399')).toBe(false);
    expect(hs.hasHs6('0803')).toBe(false);
    expect(hs.get('080399')).toBeUndefined();
  });

  it('gives chapters and headings too', () => {
    expect(hs.get('09')).toMatchObject({ level: 'chapter', chapter: '09' });
    expect(hs.get('0901')?.description).toMatch(/^Coffee/);
  });

  it('has about 5,600 subheadings, each under a listed heading and chapter', () => {
    const subs = hs.subheadings();
    expect(subs.length).toBeGreaterThan(5_500);
    for (const s of subs) {
      expect(hs.get(s.code.slice(0, 4))?.level).toBe('heading');
      expect(hs.get(s.chapter)?.level).toBe('chapter');
    }
  });
});
