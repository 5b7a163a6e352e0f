/** French messages of the communities on the Entities page (every key of the English ones). */
import type { communitiesEn } from './messages-communities.en.ts';

export const communitiesFr: Readonly<Record<keyof typeof communitiesEn, string>> = {
  'entities.communities': 'Communautés',
  'communities.intro':
    "Sociétés et personnes qui partagent un téléphone, un courriel, une adresse ou un dirigeant, ou qui traitent ensemble de manière répétée ; le risque le plus élevé d'abord.",
  'communities.companies': '{n} {n|société|sociétés}',
  'communities.persons': '{n} {n|personne|personnes}',
  'communities.seizures': 'liée à {n} {n|saisie|saisies}',
  'communities.hits': '{n} {n|correspondance|correspondances} de filtrage',
  'communities.lookouts': '{n} {n|correspondance|correspondances} de signalement',
  'communities.reason.seizure':
    '{parties} {parties|partie liée|parties liées} à la saisie {reference} ({label}, connaissement {bill})',
  'communities.reason.watchlist':
    '{hits} {hits|correspondance|correspondances} de filtrage sur {parties} {parties|partie|parties}',
  'communities.reason.narcotics': '{n} au titre d’un programme stupéfiants',
  'communities.reason.lookout':
    '{hits} {hits|correspondance|correspondances} de signalement sur les envois de {parties} {parties|partie|parties}',
  'communities.more': '+{n} de plus',
  'communities.shares': 'Partagent : {list}',
  'communities.dealings':
    '{pairs} {pairs|paire traitant|paires traitant} ensemble ({consignments} {consignments|envoi|envois})',
  'communities.bind.phone': 'téléphone',
  'communities.bind.email': 'courriel',
  'communities.bind.email-domain': 'domaine de courriel',
  'communities.bind.address': 'adresse',
  'communities.bind.eori': 'EORI',
  'communities.bind.vat': 'numéro de TVA',
  'communities.bind.director': 'dirigeant',
  'communities.bind.company': 'partie',
  'communities.none':
    'Aucune communauté : aucune société ne partage un identifiant ou un dirigeant, ni ne traite de manière répétée avec une autre.',
  'communities.shown': 'Les {shown} premières sur {total}.',
  'communities.hubs':
    'Écartés comme pivots : {n} {n|identifiant ou partie lié|identifiants et parties liés} à plus de {max} sociétés',
  'communities.hubsWhy':
    'Une adresse de la zone portuaire, un grand transitaire ou un gros importateur relie des centaines de sociétés sans lien entre elles : ce n’est pas l’indice d’un réseau.',
  'communities.hub': '{kind} {label} : {n} {n|société|sociétés}',
};
