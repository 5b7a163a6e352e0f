/** French messages of the Partner logs page (every key of the English ones). */
import type { partnerLogsEn } from './messages-partner-logs.en.ts';

export const partnerLogsFr: Readonly<Record<keyof typeof partnerLogsEn, string>> = {
  'partnerLogs.title': "Journaux d'audit des partenaires",
  'partnerLogs.intro':
    "À chaque synchronisation d'échange, ce nœud récupère la tête d'arbre signée du journal d'audit de chaque partenaire et la compare à celle qu'il détient : le journal d'un partenaire ne peut que grandir. Un journal raccourci ou réécrit déclenche une alarme, conservée ici comme preuve. La tête détenue est aussi comparée à celles que les autres partenaires détiennent du même journal : un partenaire qui montre des journaux différents à des partenaires différents est ainsi démasqué.",
  'partnerLogs.navAlarms':
    '{n} {n|journal de partenaire en alarme|journaux de partenaires en alarme}',
  'partnerLogs.alarmTitle':
    'Alarme : {n} {n|journal de partenaire échoue|journaux de partenaires échouent} au contrôle',
  'partnerLogs.alarmAdvice':
    "Ne vous fiez pas au journal de ces partenaires au-delà de la tête détenue ici. Demandez au responsable de la sécurité du partenaire ce qui s'est passé ; l'alarme et la tête détenue restent enregistrées ici et dans le journal d'audit.",
  'partnerLogs.none': "Aucun partenaire n'est enregistré sur ce nœud (portcullis partner add).",
  'partnerLogs.state.verified': 'vérifié',
  'partnerLogs.state.alarm': 'alarme',
  'partnerLogs.state.no-head': 'pas encore de tête',
  'partnerLogs.state.no-audit-key': "pas de clé d'audit",
  'partnerLogs.stateText.verified':
    "Sa dernière tête a passé le contrôle : signée avec sa clé d'audit, elle prolonge toutes les têtes détenues avant elle.",
  'partnerLogs.stateText.alarm':
    'Son dernier contrôle a déclenché une alarme : la tête ci-dessous est la dernière qui a passé le contrôle.',
  'partnerLogs.stateText.no-head':
    "Sa clé d'audit est enregistrée ; sa première tête sera récupérée à la prochaine synchronisation.",
  'partnerLogs.stateText.no-audit-key':
    "Son journal n'est pas contrôlé : aucune clé d'audit n'est enregistrée pour lui (portcullis partner update {partner} --audit-key).",
  'partnerLogs.entries': 'Entrées',
  'partnerLogs.signedAt': 'Signée le',
  'partnerLogs.heldSince': 'Détenue depuis',
  'partnerLogs.root': 'Hash racine',
  'partnerLogs.fullRoot': 'Afficher le hash racine complet',
  'partnerLogs.alarms': 'Alarmes',
  'partnerLogs.lastAlarm': 'Dernière alarme, {when}',
  'partnerLogs.refusedHead':
    'Tête refusée : {entries} {entries|entrée|entrées}, signée le {signed}',
  'partnerLogs.witnessHead':
    'Tête détenue par {witness} : {entries} {entries|entrée|entrées}, signée le {signed}',
  'partnerLogs.serverMessage': 'Détail technique : {message}',
  'partnerLogs.failure.malformed':
    "Le partenaire a répondu par autre chose qu'une tête d'arbre signée (ou par une preuve illisible).",
  'partnerLogs.failure.wrong-log':
    "La tête appartient à un autre journal que celui de la clé d'audit enregistrée du partenaire : le partenaire a changé de clé ou de journal.",
  'partnerLogs.failure.bad-signature':
    "La signature de la tête ne se vérifie pas avec la clé d'audit du partenaire : elle a été falsifiée ou modifiée.",
  'partnerLogs.failure.smaller-tree':
    'Le journal du partenaire est désormais plus court que celui que nous détenons : des événements ont été supprimés.',
  'partnerLogs.failure.inconsistent':
    'Le journal du partenaire ne correspond plus à celui que nous détenons : des événements déjà enregistrés ont été modifiés.',
  'partnerLogs.failure.withdrawn':
    'Le partenaire ne sert plus aucune tête signée, alors que nous en détenons une : ses têtes ont été supprimées.',
  'partnerLogs.failure.no-proof':
    'Le partenaire a refusé de prouver que son nouveau journal prolonge celui que nous détenons.',
  'partnerLogs.failure.split-view':
    'Un autre partenaire détient une tête du journal de ce partenaire qui ne correspond pas à la nôtre : le partenaire a montré des versions différentes de son journal à des partenaires différents.',
  'partnerLogs.failure.other': 'Le contrôle a échoué ({outcome}).',
};
