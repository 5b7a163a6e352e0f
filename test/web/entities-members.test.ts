// An entity's lines of identical records name the roles they were filed in in the reader's
// language, as the consignment page does ("Destinataire", not the server's code "consignee"); a
// role this app does not know yet is shown as the server gives it.
import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Loaded by Vite's transform: the project's own type check does not compile the app's JSX (the
// app's is `npm run typecheck`'s second pass), so the modules are typed here by what they export.
const members = '../../web/src/pages/entities-members.tsx';
const i18n = '../../web/src/i18n/i18n.tsx';
const { EntityMembers } = (await import(members)) as {
  EntityMembers: FunctionComponent<{ p: unknown }>;
};
const { I18nProvider } = (await import(i18n)) as {
  I18nProvider: FunctionComponent<{ children: unknown }>;
};

const line = (partyId: string, roles: string[]) => ({
  partyId,
  name: 'Manufacturing Li Co., Ltd.',
  address: '69 Gangwan Avenue, 3220 Yiwu',
  country: 'CN',
  roles,
  records: 3,
  consignments: 3,
  firstFiled: '2026-11-18T08:00:00.000Z',
  lastFiled: '2026-11-20T08:00:00.000Z',
});

function render(language: string): string {
  vi.stubGlobal('localStorage', { getItem: () => language, setItem: () => undefined });
  vi.stubGlobal('navigator', { language });
  const p = {
    id: 'E-1',
    memberGroups: [line('p1', ['consignee', 'notify']), line('p2', ['broker'])],
    memberGroupsTotal: 2,
  };
  return renderToStaticMarkup(
    createElement(I18nProvider, null, createElement(EntityMembers, { p })),
  );
}

describe("an entity's lines of identical records", () => {
  afterEach(() => vi.unstubAllGlobals());

  it('names the roles in the reader’s language', () => {
    const fr = render('fr');
    expect(fr).toContain('<span class="tag">Destinataire</span>');
    expect(fr).toContain('<span class="tag">Partie à notifier</span>');
    expect(render('en')).toContain('<span class="tag">Consignee</span>');
  });

  it('shows a role it does not know as the server gives it', () => {
    expect(render('nl')).toContain('<span class="tag">broker</span>');
  });
});
