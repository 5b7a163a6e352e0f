/** English messages of the Targeting page's calls board and queue heading. */
export const targetingEn = {
  'targeting.calls': 'Vessel calls',
  'targeting.noCalls': 'No vessel call has assessed containers yet.',
  'targeting.upcoming': 'Upcoming',
  'targeting.past': 'Past',
  'targeting.noEta': 'Without ETA',
  'targeting.callRef': 'IMO {imo} · {voyage} · {port}',
  'targeting.etaAt': 'ETA {time}',
  'targeting.arrivedAt': 'arrived {time}',
  'targeting.noEtaYet': 'no ETA yet',
  'targeting.callCounts':
    '{containers} {containers|container|containers} · {high} high · {holds} {holds|hold|holds}',
  'targeting.vesselListed': 'vessel on watchlist {list} as {name} ({programmes})',
  'targeting.noCargoReport': 'no cargo report yet',
  'targeting.planned': 'planned: {selected} selected · {scanned} scanned',
  'targeting.noPlan': 'no plan yet',
  'targeting.pickCall': 'Choose a vessel call to see its queue.',
  'targeting.queueOf': 'Queue of {vessel}',
} as const;
