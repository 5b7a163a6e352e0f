/** English messages of the communities on the Entities page (summaries, reasons, hubs). */
export const communitiesEn = {
  'entities.communities': 'Communities',
  'communities.intro':
    'Companies and persons that share a phone, an e-mail, an address or a director, or deal with each other repeatedly; the highest risk first.',
  'communities.companies': '{n} {n|company|companies}',
  'communities.persons': '{n} {n|person|persons}',
  'communities.seizures': 'linked to {n} {n|seizure|seizures}',
  'communities.hits': '{n} watchlist {n|hit|hits}',
  'communities.lookouts': '{n} lookout {n|hit|hits}',
  'communities.reason.seizure':
    '{parties} {parties|party|parties} linked to seizure {reference} ({label}, bill {bill})',
  'communities.reason.watchlist':
    '{hits} watchlist {hits|hit|hits} on {parties} {parties|party|parties}',
  'communities.reason.narcotics': '{n} on a narcotics programme',
  'communities.reason.lookout':
    '{hits} lookout {hits|hit|hits} on the consignments of {parties} {parties|party|parties}',
  'communities.more': '+{n} more',
  'communities.shares': 'Shares: {list}',
  'communities.dealings':
    '{pairs} {pairs|pair|pairs} dealing with each other ({consignments} {consignments|consignment|consignments})',
  'communities.bind.phone': 'phone',
  'communities.bind.email': 'e-mail',
  'communities.bind.email-domain': 'e-mail domain',
  'communities.bind.address': 'address',
  'communities.bind.eori': 'EORI',
  'communities.bind.vat': 'VAT number',
  'communities.bind.director': 'director',
  'communities.bind.company': 'party',
  'communities.none':
    'No community: no companies share an identifier or a director, or deal with each other repeatedly.',
  'communities.shown': 'The {shown} highest ranked of {total}.',
  'communities.hubs':
    'Left out as hubs: {n} {n|identifier or party|identifiers and parties} linked to more than {max} companies',
  'communities.hubsWhy':
    'A port-area address, a big forwarder or a large importer links hundreds of unrelated companies; it is not evidence of a network.',
  'communities.hub': '{kind} {label}: {n} {n|company|companies}',
} as const;
