// The arrivals board marks a call whose vessel a watchlist names by IMO number, in the reader's
// language, with the list, the vessel's name on it and its programmes; an unlisted call carries
// no such mark.
import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Loaded by Vite's transform (the project's type check does not compile the app's JSX, so the
// modules are named by variables and typed here by what they export).
const board = '../../web/src/pages/targeting-calls.tsx';
const i18n = '../../web/src/i18n/i18n.tsx';
const { CallBoard } = (await import(board)) as {
  CallBoard: FunctionComponent<{ calls: unknown[]; current?: string; readsPlans: boolean }>;
};
const { I18nProvider } = (await import(i18n)) as {
  I18nProvider: FunctionComponent<{ children: unknown }>;
};

const call = (voyage: string, listed?: unknown[]) => ({
  id: `7406784:${voyage}:BEANR`,
  vesselImo: '7406784',
  voyageNumber: voyage,
  port: 'BEANR',
  eta: '2026-11-24T06:00:00.000Z',
  arrival: 'upcoming',
  filed: true,
  containers: 12,
  high: 1,
  holds: 0,
  ...(listed ? { listed } : {}),
});
const EBANO = { listId: 'ofac-sdn', entryId: '4243', name: 'EBANO', programmes: ['CUBA'] };

function render(language: string, calls: unknown[]): string {
  vi.stubGlobal('localStorage', { getItem: () => language, setItem: () => undefined });
  vi.stubGlobal('navigator', { language });
  return renderToStaticMarkup(
    createElement(I18nProvider, null, createElement(CallBoard, { calls, readsPlans: false })),
  );
}

describe('arrivals board: vessels on a watchlist', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('marks a listed vessel in the reader’s language, and only that one', () => {
    const calls = [call('001W', [{ ...EBANO, narcotics: false }]), call('002W')];
    const en = render('en', calls);
    expect(en).toContain('vessel on watchlist ofac-sdn as EBANO (CUBA)');
    expect(en.match(/data-testid="vessel-listed"/g)).toHaveLength(1);
    expect(render('fr', calls)).toContain('navire sur la liste ofac-sdn sous le nom EBANO (CUBA)');
    expect(render('nl', calls)).toContain('schip op watchlist ofac-sdn als EBANO (CUBA)');
  });
});
