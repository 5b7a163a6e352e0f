// A community's companies are listed apart from one another (their names ran together), only
// companies open as profiles, and at most the asked number are shown.
import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../web/src/api/types.ts';

// Loaded by Vite's transform: the project's own type check does not compile the app's JSX (the
// app's is `npm run typecheck`'s second pass), so the component is typed here by its props.
const page = '../../web/src/pages/entities-communities.tsx';
const { CommunityMembers } = (await import(page)) as {
  CommunityMembers: FunctionComponent<{ members: readonly GraphNode[]; max?: number }>;
};

const company = (n: number) => ({ id: `company:E-${n}`, kind: 'company', label: `Firm ${n} BV` });

describe('community members', () => {
  it('separates the companies and leaves out the members that are not entities', () => {
    const members = [
      company(1),
      { id: 'person:p-1', kind: 'person', label: 'J. Peeters' },
      company(2),
      company(3),
    ];
    const html = renderToStaticMarkup(createElement(CommunityMembers, { members, max: 2 }));
    expect(html).toBe(
      '<a href="/entities/E-1">Firm 1 BV</a> · <a href="/entities/E-2">Firm 2 BV</a>',
    );
  });
});
