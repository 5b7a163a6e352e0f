// Explanations in the reader's language over HTTP, on each engine: `?lang=` and Accept-Language
// give French or Dutch reasons and sentence (the bundled default rules carry both; an agency's
// rule set carries them in `reasonTranslations`), English stays exactly as it was when no
// language is asked, and a rule set with a faulty translation is refused naming rule and field.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppError } from '../../src/core/app-error.ts';
import type { Consignment } from '../../src/core/cargo/consignment.ts';
import { targetingRoutes } from '../../src/server/routes/targeting.routes.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { createTargetingService, formatCallId } from '../../src/services/targeting/index.ts';
import type { Database } from '../../src/storage/index.ts';
import {
  consignmentFixture,
  containerNo,
  onContainer,
  VESSEL_IMO,
} from '../support/cargo-fixtures.ts';
import { describeEachEngine } from '../support/db.ts';
import { routeTestApp } from '../support/route-test-app.ts';
import { AGENCY, analyst, officer } from './simulated-world.ts';
import { fileForScoring } from '../support/file-for-scoring.ts';

const clock = fixedClock('2026-03-10T12:00:00Z');
const CALL = formatCallId({ vesselImo: VESSEL_IMO, voyageNumber: '2403W', port: 'BEANR' });
const HELD = containerNo(400_001);

function bill(i: number): Consignment {
  const base = consignmentFixture(`BL${String(i).padStart(6, '0')}`);
  const n = containerNo(400_000 + i);
  return onContainer(base, n);
}

const file = (database: Database, bills: readonly Consignment[]) =>
  fileForScoring(database, { agencyId: AGENCY, bills, filedAt: clock.now() });

const BANANA = {
  id: 'BE-BANANA',
  version: 1,
  owner: AGENCY,
  title: 'Bananas',
  status: 'active',
  weight: 0.9,
  condition: 'coverLoad = bananas',
  reason: 'Bananas from {originCountry} in a box of {containerSizeType}.',
  reasonTranslations: {
    fr: 'Bananes de {originCountry} dans un conteneur {containerSizeType}.',
    nl: 'Bananen uit {originCountry} in een container {containerSizeType}.',
  },
};

interface Explained {
  explanation: { text: string; reasons: { kind: string; ref: string; text: string }[] };
}

describeEachEngine('explanations in the language asked', (getDb) => {
  let app: FastifyInstance;
  let service: ReturnType<typeof createTargetingService>;
  const send = (
    method: 'GET' | 'POST',
    url: string,
    headers: Record<string, string> = {},
    payload?: Record<string, unknown>,
  ) =>
    app.inject({
      method,
      url,
      headers: { 'x-api-key': 'officer', ...headers },
      ...(payload === undefined ? {} : { payload }),
    });
  const current = async (container: string, query = '', headers = {}) => {
    const res = await send('GET', `/api/v1/assessments/${container}${query}`, headers);
    expect(res.statusCode, res.body).toBe(200);
    return { res, body: res.json<{ current: Explained }>().current };
  };

  beforeAll(async () => {
    const database = getDb();
    service = createTargetingService({
      database,
      clock,
      lookouts: (_agency, c) =>
        c.billNumber === 'BL000001'
          ? [
              {
                lookoutId: 'LK-7',
                ownerAgency: 'us-cbp',
                mandatoryHold: true,
                containerNumber: HELD,
                reason: 'consignee of interest',
              },
            ]
          : [],
    });
    await file(database, [bill(1), bill(2), bill(3)]);
    await service.scorePending(analyst);
    app = await routeTestApp();
    const actors = { officer, analyst } as const;
    await app.register(
      targetingRoutes({
        service,
        actorOf: (request) => {
          const a = actors[String(request.headers['x-api-key']) as keyof typeof actors];
          return a ? Promise.resolve(a) : Promise.reject(new AppError('unauthenticated', 'no'));
        },
      }),
    );
  });
  afterAll(() => app?.close());

  it('words the default rules, the lookout and the sentence in French and Dutch', async () => {
    const english = await current(HELD);
    expect(english.res.headers['content-language']).toBe('en');
    expect(english.body.explanation.text).toMatch(/^High risk \(\d\.\d\d\), mandatory hold: /);
    // Asking for English gives exactly what no language gives.
    expect((await current(HELD, '?lang=en')).body).toEqual(english.body);
    const fr = await current(HELD, '?lang=fr');
    expect(fr.res.headers['content-language']).toBe('fr');
    expect(fr.body.explanation.text).toMatch(/^Risque élevé \(\d,\d\d\), blocage obligatoire : /);
    expect(fr.body.explanation.text).toContain(
      'Signalement LK-7 de us-cbp (blocage obligatoire) : consignee of interest',
    );
    const rules = fr.body.explanation.reasons.filter((r) => r.kind === 'rule');
    expect(rules.length).toBeGreaterThan(0);
    const banana = rules.find((r) => r.ref === 'COVER-BANANA-REEFER');
    expect(banana?.text).toBe(
      'Règle COVER-BANANA-REEFER : Bananes en conteneur frigorifique en provenance de EC : la ' +
        'marchandise de couverture la plus utilisée pour la cocaïne à destination des ports ' +
        'européens',
    );
    // The same reasons, in the same order, each a translation of the English one.
    expect(fr.body.explanation.reasons.map((r) => [r.kind, r.ref])).toEqual(
      english.body.explanation.reasons.map((r) => [r.kind, r.ref]),
    );
    // Accept-Language picks the first language this node speaks; ?lang= wins over it.
    const nl = await current(HELD, '', { 'accept-language': 'de-DE, nl-BE;q=0.9, fr;q=0.8' });
    expect(nl.res.headers['content-language']).toBe('nl');
    expect(nl.body.explanation.text).toMatch(/^Hoog risico \(\d,\d\d\), verplichte blokkade: /);
    expect(nl.body.explanation.reasons.find((r) => r.ref === 'COVER-BANANA-REEFER')?.text).toBe(
      'Regel COVER-BANANA-REEFER: Bananen in een koelcontainer uit EC: de deklading die het ' +
        'vaakst wordt gebruikt voor cocaïne naar Europese havens',
    );
    const both = await current(HELD, '?lang=fr', { 'accept-language': 'nl' });
    expect(both.body).toEqual(fr.body);
    expect((await current(HELD, '', { 'accept-language': 'de, es' })).body).toEqual(english.body);
    const refused = await send('GET', `/api/v1/assessments/${HELD}?lang=de`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ error: { message: string } }>().error.message).toContain(
      'querystring/lang',
    );
  });

  it('documents the language choice in the OpenAPI document', () => {
    type Op = { parameters?: { in: string; name: string; schema?: { anyOf?: unknown[] } }[] };
    const paths = (app.swagger() as { paths: Record<string, { get?: Op }> }).paths;
    for (const p of ['/api/v1/assessments/{containerNumber}', '/api/v1/vessel-calls/{id}/queue']) {
      const params = paths[p]?.get?.parameters ?? [];
      expect(
        params.map((x) => `${x.in}:${x.name}`),
        p,
      ).toEqual(expect.arrayContaining(['query:lang', 'header:accept-language']));
      expect(params.find((x) => x.name === 'lang')?.schema?.anyOf).toHaveLength(3);
    }
  });

  it("words a call's queue in the language asked, English without one", async () => {
    const url = `/api/v1/vessel-calls/${encodeURIComponent(CALL)}/queue`;
    type Entry = { containerNumber: string; topReasons: { text: string }[] };
    const english = (await send('GET', url)).json<Entry[]>();
    const nl = await send('GET', `${url}?lang=nl`);
    expect(nl.headers['content-language']).toBe('nl');
    const dutch = nl.json<Entry[]>();
    expect(dutch.map((e) => e.containerNumber)).toEqual(english.map((e) => e.containerNumber));
    expect(english[0]!.topReasons[0]!.text).toMatch(/^Lookout LK-7 of us-cbp/);
    expect(dutch[0]!.topReasons[0]!.text).toMatch(/^Signalering LK-7 van us-cbp/);
    const ruleTexts = dutch.flatMap((e) => e.topReasons.map((r) => r.text));
    expect(ruleTexts.some((t) => t.startsWith('Regel COVER-BANANA-REEFER: Bananen'))).toBe(true);
    expect(ruleTexts.some((t) => t.startsWith('Rule '))).toBe(false);
  });

  it("words an agency's rule set in the languages its rules carry", async () => {
    const added = await send(
      'POST',
      '/api/v1/rules',
      { 'x-api-key': 'analyst' },
      { id: 'be-rules', version: '1', rules: [BANANA] },
    );
    expect(added.statusCode, added.body).toBe(201);
    const { id } = added.json<{ id: string }>();
    const activated = await send('POST', `/api/v1/rules/${id}/activate`, {
      'x-api-key': 'analyst',
    });
    expect(activated.statusCode, activated.body).toBe(200);
    await file(getDb(), [bill(9)]);
    await service.scorePending(analyst);
    const container = containerNo(400_009);
    const reason = async (query: string) =>
      (await current(container, query)).body.explanation.reasons.find((r) => r.ref === BANANA.id)
        ?.text;
    expect(await reason('')).toBe('Rule BE-BANANA: Bananas from EC in a box of 45R1');
    expect(await reason('?lang=fr')).toBe('Règle BE-BANANA : Bananes de EC dans un conteneur 45R1');
    expect(await reason('?lang=nl')).toBe('Regel BE-BANANA: Bananen uit EC in een container 45R1');
  });

  it('refuses a rule set whose translations name an unknown language or other placeholders', async () => {
    const bad = (reasonTranslations: unknown) => ({ ...BANANA, reasonTranslations });
    const res = await send(
      'POST',
      '/api/v1/rules',
      { 'x-api-key': 'analyst' },
      {
        id: 'be-rules',
        version: '2',
        rules: [
          bad({ de: 'Bananen aus {originCountry} in {containerSizeType}.' }),
          { ...bad({ fr: 'Bananes de {originCountry}.' }), id: 'R-MISSING' },
          {
            ...bad({
              nl: 'Bananen uit {originCountry} in {containerSizeType} naar {dischargePort}.',
            }),
            id: 'R-EXTRA',
          },
        ],
      },
    );
    expect(res.statusCode).toBe(422);
    const { details } = res.json<{
      error: { details: { diagnostics: { message: string; at: { pointer: string } }[] } };
    }>().error;
    expect(details.diagnostics.map((d) => [d.at.pointer, d.message])).toEqual([
      [
        '/rules/0/reasonTranslations/de',
        'Rule BE-BANANA: "reasonTranslations" names the unknown language "de" (known: fr, nl).',
      ],
      [
        '/rules/1/reasonTranslations/fr',
        'Rule R-MISSING: the fr reason lacks {containerSizeType}, which "reason" has.',
      ],
      [
        '/rules/2/reasonTranslations/nl',
        'Rule R-EXTRA: the nl reason has {dischargePort}, which "reason" lacks.',
      ],
    ]);
  });
});
