/** Dutch messages of the Partner logs page (every key of the English ones). */
import type { partnerLogsEn } from './messages-partner-logs.en.ts';

export const partnerLogsNl: Readonly<Record<keyof typeof partnerLogsEn, string>> = {
  'partnerLogs.title': 'Auditlogboeken van partners',
  'partnerLogs.intro':
    'Bij elke synchronisatie van de uitwisseling haalt dit knooppunt de ondertekende boomkop van het auditlogboek van elke partner op en vergelijkt die met de kop die het bewaart: het logboek van een partner mag alleen groeien. Een logboek dat korter werd of herschreven is, geeft een alarm, dat hier als bewijs bewaard blijft. De bewaarde kop wordt ook vergeleken met de koppen die de andere partners van hetzelfde logboek bewaren, zodat een partner die verschillende partners verschillende logboeken toont, wordt ontdekt.',
  'partnerLogs.navAlarms': '{n} {n|partnerlogboek|partnerlogboeken} in alarm',
  'partnerLogs.alarmTitle':
    'Alarm: {n} {n|partnerlogboek doorstaat|partnerlogboeken doorstaan} de controle niet',
  'partnerLogs.alarmAdvice':
    'Vertrouw het logboek van deze partners niet verder dan de kop die hier bewaard is. Vraag de beveiligingsverantwoordelijke van de partner wat er gebeurd is; het alarm en de bewaarde kop blijven hier en in het auditlogboek vastgelegd.',
  'partnerLogs.none': 'Op dit knooppunt is geen partner geregistreerd (portcullis partner add).',
  'partnerLogs.state.verified': 'geverifieerd',
  'partnerLogs.state.alarm': 'alarm',
  'partnerLogs.state.no-head': 'nog geen kop',
  'partnerLogs.state.no-audit-key': 'geen auditsleutel',
  'partnerLogs.stateText.verified':
    'Zijn nieuwste kop doorstond de controle: ondertekend met zijn auditsleutel, sluit hij aan op alle koppen die eerder bewaard werden.',
  'partnerLogs.stateText.alarm':
    'Zijn nieuwste controle gaf een alarm: de kop hieronder is de laatste die de controle doorstond.',
  'partnerLogs.stateText.no-head':
    'Zijn auditsleutel is geregistreerd; zijn eerste kop wordt bij de volgende synchronisatie opgehaald.',
  'partnerLogs.stateText.no-audit-key':
    'Zijn logboek wordt niet gecontroleerd: er is geen auditsleutel voor geregistreerd (portcullis partner update {partner} --audit-key).',
  'partnerLogs.entries': 'Items',
  'partnerLogs.signedAt': 'Ondertekend op',
  'partnerLogs.heldSince': 'Bewaard sinds',
  'partnerLogs.root': 'Wortelhash',
  'partnerLogs.fullRoot': 'Volledige wortelhash tonen',
  'partnerLogs.alarms': 'Alarmen',
  'partnerLogs.lastAlarm': 'Laatste alarm, {when}',
  'partnerLogs.refusedHead':
    'Geweigerde kop: {entries} {entries|item|items}, ondertekend op {signed}',
  'partnerLogs.witnessHead':
    'Kop bewaard door {witness}: {entries} {entries|item|items}, ondertekend op {signed}',
  'partnerLogs.serverMessage': 'Technisch detail: {message}',
  'partnerLogs.failure.malformed':
    'De partner antwoordde met iets dat geen ondertekende boomkop is (of met een onleesbaar bewijs).',
  'partnerLogs.failure.wrong-log':
    'De kop hoort bij een ander logboek dan dat van de geregistreerde auditsleutel van de partner: de partner veranderde van sleutel of van logboek.',
  'partnerLogs.failure.bad-signature':
    'De handtekening van de kop klopt niet met de auditsleutel van de partner: de kop is vervalst of gewijzigd.',
  'partnerLogs.failure.smaller-tree':
    'Het logboek van de partner is nu korter dan het logboek dat wij bewaren: er zijn gebeurtenissen verwijderd.',
  'partnerLogs.failure.inconsistent':
    'Het logboek van de partner komt niet meer overeen met het logboek dat wij bewaren: al vastgelegde gebeurtenissen zijn gewijzigd.',
  'partnerLogs.failure.withdrawn':
    'De partner biedt geen ondertekende kop meer aan, hoewel wij er een bewaren: zijn koppen zijn verwijderd.',
  'partnerLogs.failure.no-proof':
    'De partner weigerde te bewijzen dat zijn nieuwe logboek aansluit op het logboek dat wij bewaren.',
  'partnerLogs.failure.split-view':
    'Een andere partner bewaart een kop van het logboek van deze partner die niet overeenkomt met de onze: de partner toonde verschillende versies van zijn logboek aan verschillende partners.',
  'partnerLogs.failure.other': 'De controle is mislukt ({outcome}).',
};
