/** Dutch messages of the communities on the Entities page (every key of the English ones). */
import type { communitiesEn } from './messages-communities.en.ts';

export const communitiesNl: Readonly<Record<keyof typeof communitiesEn, string>> = {
  'entities.communities': 'Gemeenschappen',
  'communities.intro':
    'Bedrijven en personen die een telefoonnummer, e-mailadres, adres of bestuurder delen, of herhaaldelijk met elkaar handelen; het hoogste risico eerst.',
  'communities.companies': '{n} {n|bedrijf|bedrijven}',
  'communities.persons': '{n} {n|persoon|personen}',
  'communities.seizures': 'verbonden met {n} {n|inbeslagname|inbeslagnames}',
  'communities.hits': '{n} {n|screeningtreffer|screeningtreffers}',
  'communities.lookouts': '{n} {n|signaleringstreffer|signaleringstreffers}',
  'communities.reason.seizure':
    '{parties} {parties|partij|partijen} verbonden met inbeslagname {reference} ({label}, cognossement {bill})',
  'communities.reason.watchlist':
    '{hits} {hits|screeningtreffer|screeningtreffers} bij {parties} {parties|partij|partijen}',
  'communities.reason.narcotics': '{n} onder een drugsprogramma',
  'communities.reason.lookout':
    '{hits} {hits|signaleringstreffer|signaleringstreffers} op de zendingen van {parties} {parties|partij|partijen}',
  'communities.more': '+{n} meer',
  'communities.shares': 'Delen: {list}',
  'communities.dealings':
    '{pairs} {pairs|paar dat|paren die} met elkaar handelen ({consignments} {consignments|zending|zendingen})',
  'communities.bind.phone': 'telefoon',
  'communities.bind.email': 'e-mail',
  'communities.bind.email-domain': 'e-maildomein',
  'communities.bind.address': 'adres',
  'communities.bind.eori': 'EORI',
  'communities.bind.vat': 'btw-nummer',
  'communities.bind.director': 'bestuurder',
  'communities.bind.company': 'partij',
  'communities.none':
    'Geen gemeenschap: geen bedrijven delen een identificatie of bestuurder, of handelen herhaaldelijk met elkaar.',
  'communities.shown': 'De {shown} hoogst gerangschikte van {total}.',
  'communities.hubs':
    'Weggelaten als knooppunt: {n} {n|identificatie of partij|identificaties en partijen} verbonden met meer dan {max} bedrijven',
  'communities.hubsWhy':
    'Een adres in het havengebied, een grote expediteur of een grote importeur verbindt honderden bedrijven die niets met elkaar te maken hebben; dat wijst niet op een netwerk.',
  'communities.hub': '{kind} {label}: {n} {n|bedrijf|bedrijven}',
};
