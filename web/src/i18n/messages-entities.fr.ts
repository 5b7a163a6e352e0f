/** French messages of an entity's explanation (every key of the English ones). */
import type { entitiesEn } from './messages-entities.en.ts';

export const entitiesFr: Readonly<Record<keyof typeof entitiesEn, string>> = {
  'entities.idKind.eori': "l'EORI",
  'entities.idKind.vat': 'le numéro de TVA',
  'entities.idKind.imo': "le numéro d'entreprise OMI",
  'entities.shared': '{n} {n|enregistrement porte|enregistrements portent} {kind} {value}',
  'entities.sharedElsewhere':
    "{n} autre{n||s} enregistrement{n||s} le {n|porte|portent} dans d'autres entités (un autre identifiant diffère, ou un analyste les a séparés)",
  'entities.conflict': 'Noms différents sous {ids} : {names}',
  'entities.and': 'et',
  'entities.conflictName': '{name} ({countries}{n} enregistrement{n||s})',
  'entities.conflictMore': '+{n} autre{n||s}',
  'entities.conflictHint':
    "Identifiant peut-être utilisé abusivement. Les enregistrements restent une seule entité car l'identifiant désigne une seule personne morale ; séparez-les s'il s'agit de sociétés différentes.",
  'entities.conflictTag': 'Conflit',
  'entities.moreLinks': "{n} autre{n| lien n'est pas affiché|s liens ne sont pas affichés}",
  'entities.sameNameAddress':
    '{n} {n|enregistrement déposé|enregistrements déposés} sous le nom {name} au {address}',
  'entities.memberCount':
    '{n} enregistrement{n||s} · {c} envoi{c||s} · déposé{n||s} du {first} au {last}',
  'entities.memberCountOnce':
    '{n} enregistrement{n||s} · {c} envoi{c||s} · déposé{n||s} le {first}',
  'entities.membersShown': "{shown} lignes d'enregistrements identiques sur {total}",
  'entities.moreMembers': 'Afficher {n} autre{n| ligne|s lignes}',
  'entities.moreConsignments': 'Afficher {n} autre{n| envoi|s envois}',
};
