/** Dutch messages of the Targeting page's calls board and queue heading (every English key). */
import type { targetingEn } from './messages-targeting.en.ts';

export const targetingNl: Readonly<Record<keyof typeof targetingEn, string>> = {
  'targeting.calls': 'Scheepsaanlopen',
  'targeting.noCalls': 'Nog geen scheepsaanloop met beoordeelde containers.',
  'targeting.upcoming': 'Verwacht',
  'targeting.past': 'Aangekomen',
  'targeting.noEta': 'Zonder ETA',
  'targeting.callRef': 'IMO {imo} · {voyage} · {port}',
  'targeting.etaAt': 'ETA {time}',
  'targeting.arrivedAt': 'aangekomen {time}',
  'targeting.noEtaYet': 'nog geen ETA',
  'targeting.callCounts':
    '{containers} {containers|container|containers} · {high} hoog · {holds} {holds|blokkade|blokkades}',
  'targeting.vesselListed': 'schip op watchlist {list} als {name} ({programmes})',
  'targeting.noCargoReport': 'nog geen ladingaangifte',
  'targeting.planned': 'gepland: {selected} geselecteerd · {scanned} gescand',
  'targeting.noPlan': 'nog geen plan',
  'targeting.pickCall': 'Kies een scheepsaanloop om de wachtrij te zien.',
  'targeting.queueOf': 'Wachtrij van {vessel}',
};
