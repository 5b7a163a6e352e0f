/** Dutch messages of an entity's explanation (every key of the English ones). */
import type { entitiesEn } from './messages-entities.en.ts';

export const entitiesNl: Readonly<Record<keyof typeof entitiesEn, string>> = {
  'entities.idKind.eori': 'EORI',
  'entities.idKind.vat': 'btw-nummer',
  'entities.idKind.imo': 'IMO-bedrijfsnummer',
  'entities.shared': '{n} {n|record draagt|records delen} {kind} {value}',
  'entities.sharedElsewhere':
    'nog {n} {n|record|records} ermee {n|staat|staan} in andere entiteiten (een ander identificatienummer verschilt, of een analist heeft ze gesplitst)',
  'entities.conflict': 'Zelfde {ids}, andere namen: {names}',
  'entities.and': 'en',
  'entities.conflictName': '{name} ({countries}{n} {n|record|records})',
  'entities.conflictMore': '+{n} meer',
  'entities.conflictHint':
    'Mogelijk een misbruikt identificatienummer. De records blijven één entiteit omdat het nummer één rechtspersoon aanduidt; splits ze als het verschillende bedrijven zijn.',
  'entities.conflictTag': 'Conflict',
  'entities.moreLinks': 'nog {n} {n|link|links} niet getoond',
  'entities.sameNameAddress': '{n} {n|record|records} ingediend als {name} op {address}',
  'entities.memberCount':
    '{n} {n|record|records} · {c} {c|zending|zendingen} · ingediend van {first} tot {last}',
  'entities.memberCountOnce':
    '{n} {n|record|records} · {c} {c|zending|zendingen} · ingediend op {first}',
  'entities.membersShown': '{shown} van {total} regels met identieke records',
  'entities.moreMembers': 'Nog {n} {n|regel|regels} tonen',
  'entities.moreConsignments': 'Nog {n} {n|zending|zendingen} tonen',
};
