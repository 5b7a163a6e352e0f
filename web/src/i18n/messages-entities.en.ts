/** English messages of an entity's explanation: identifiers its records share, conflicts. */
export const entitiesEn = {
  'entities.idKind.eori': 'EORI',
  'entities.idKind.vat': 'VAT number',
  'entities.idKind.imo': 'IMO company number',
  'entities.shared': '{n} {n|record carries|records share} {kind} {value}',
  'entities.sharedElsewhere':
    '{n} more {n|record|records} with it {n|is|are} in other entities (another identifier differs, or an analyst split them)',
  'entities.conflict': 'Same {ids}, different names: {names}',
  'entities.and': 'and',
  'entities.conflictName': '{name} ({countries}{n} {n|record|records})',
  'entities.conflictMore': '+{n} more',
  'entities.conflictHint':
    'Possibly a misused identifier. The records stay one entity because the identifier names one legal person; split them if they are different companies.',
  'entities.conflictTag': 'Conflict',
  'entities.moreLinks': '{n} more {n|link|links} not shown',
  'entities.sameNameAddress': '{n} {n|record|records} filed as {name} at {address}',
  'entities.memberCount':
    '{n} {n|record|records} · {c} {c|consignment|consignments} · filed {first} to {last}',
  'entities.memberCountOnce':
    '{n} {n|record|records} · {c} {c|consignment|consignments} · filed {first}',
  'entities.membersShown': '{shown} of {total} lines of identical records',
  'entities.moreMembers': 'Show {n} more {n|line|lines}',
  'entities.moreConsignments': 'Show {n} more {n|consignment|consignments}',
} as const;
