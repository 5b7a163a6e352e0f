/** French messages of the Targeting page's calls board and queue heading (every English key). */
import type { targetingEn } from './messages-targeting.en.ts';

export const targetingFr: Readonly<Record<keyof typeof targetingEn, string>> = {
  'targeting.calls': 'Escales de navires',
  'targeting.noCalls': "Aucune escale n'a encore de conteneurs évalués.",
  'targeting.upcoming': 'À venir',
  'targeting.past': 'Passées',
  'targeting.noEta': 'Sans HPA',
  'targeting.callRef': 'IMO {imo} · {voyage} · {port}',
  'targeting.etaAt': 'HPA {time}',
  'targeting.arrivedAt': 'arrivé {time}',
  'targeting.noEtaYet': 'pas encore de HPA',
  'targeting.callCounts':
    '{containers} {containers|conteneur|conteneurs} · {high} {high|élevé|élevés} · {holds} {holds|blocage|blocages}',
  'targeting.vesselListed': 'navire sur la liste {list} sous le nom {name} ({programmes})',
  'targeting.noCargoReport': 'pas encore de déclaration de cargaison',
  'targeting.planned':
    'planifiée : {selected} {selected|sélectionné|sélectionnés} · {scanned} {scanned|scanné|scannés}',
  'targeting.noPlan': 'pas encore de plan',
  'targeting.pickCall': 'Choisissez une escale pour voir sa file.',
  'targeting.queueOf': 'File de {vessel}',
};
