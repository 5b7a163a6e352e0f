// A community's members are listed apart from one another (their names ran together), companies
// open as profiles and persons show as text, at most the asked number are shown; the summary
// line reads as a size and what links the group to risk, in each language.
import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CommunityReason, CommunitySummary } from '../../web/src/api/communities.ts';
import type { GraphNode } from '../../web/src/api/types.ts';
import { formatMessage } from '../../web/src/i18n/format-message.ts';
import { en } from '../../web/src/i18n/messages.en.ts';
import { fr } from '../../web/src/i18n/messages.fr.ts';
import { nl } from '../../web/src/i18n/messages.nl.ts';

type Translate = (key: string, vars?: Record<string, string | number>) => string;

// Loaded by Vite's transform: the project's own type check does not compile the app's JSX (the
// app's is `npm run typecheck`'s second pass), so the module is typed here by what it exports.
const page = '../../web/src/pages/entities-communities.tsx';
const { CommunityMembers, summaryLine, reasonText } = (await import(page)) as {
  CommunityMembers: FunctionComponent<{ members: readonly GraphNode[]; max?: number }>;
  summaryLine: (t: Translate, s: CommunitySummary) => string;
  reasonText: (t: Translate, r: CommunityReason) => string;
};

const translator =
  (language: 'en' | 'fr' | 'nl'): Translate =>
  (key, vars) =>
    formatMessage(
      ({ en, fr, nl }[language] as Record<string, string>)[key] ?? key,
      vars,
      new Intl.PluralRules(language),
    );
const company = (n: number) => ({ id: `company:E-${n}`, kind: 'company', label: `Firm ${n} BV` });
const summary = (
  counts: CommunitySummary['counts'],
  reasons: CommunityReason[],
): CommunitySummary => ({
  size: counts.companies + counts.persons,
  counts,
  members: { total: 0, items: [] },
  reasons,
  binds: { total: 0, items: [] },
  dealings: { pairs: 0, consignments: 0 },
  density: 1,
});
const seizure: CommunityReason = {
  kind: 'seizure',
  text: '',
  parties: 2,
  reference: 'S-0BE01956',
  label: '101 kg cocaine',
  billNumber: 'MEDU592542228',
};
const watchlist: CommunityReason = {
  kind: 'watchlist',
  text: '',
  parties: 1,
  hits: 1,
  narcotics: 1,
};

describe('community members', () => {
  it('separates the members, opens companies as profiles and shows persons as text', () => {
    const members = [
      company(1),
      { id: 'person:J. Peeters', kind: 'person', label: 'J. Peeters' },
      company(2),
      company(3),
    ];
    const html = renderToStaticMarkup(createElement(CommunityMembers, { members, max: 3 }));
    expect(html).toBe(
      '<a href="/entities/E-1">Firm 1 BV</a> · J. Peeters · <a href="/entities/E-2">Firm 2 BV</a>',
    );
  });
});

describe('community summary', () => {
  it('reads as a size, then the seizures and hits that rank it', () => {
    const s = summary({ companies: 6, persons: 2 }, [seizure, watchlist]);
    expect(summaryLine(translator('en'), s)).toBe(
      '6 companies, 2 persons · linked to 1 seizure · 1 watchlist hit',
    );
    expect(summaryLine(translator('en'), summary({ companies: 1, persons: 0 }, []))).toBe(
      '1 company',
    );
    expect(summaryLine(translator('fr'), s)).toBe(
      '6 sociétés, 2 personnes · liée à 1 saisie · 1 correspondance de filtrage',
    );
    expect(summaryLine(translator('nl'), s)).toBe(
      '6 bedrijven, 2 personen · verbonden met 1 inbeslagname · 1 screeningtreffer',
    );
  });

  it('words each reason', () => {
    expect(reasonText(translator('en'), seizure)).toBe(
      '2 parties linked to seizure S-0BE01956 (101 kg cocaine, bill MEDU592542228)',
    );
    expect(reasonText(translator('en'), watchlist)).toBe(
      '1 watchlist hit on 1 party, 1 on a narcotics programme',
    );
    expect(reasonText(translator('nl'), { kind: 'lookout', text: '', parties: 3, hits: 2 })).toBe(
      '2 signaleringstreffers op de zendingen van 3 partijen',
    );
  });
});
