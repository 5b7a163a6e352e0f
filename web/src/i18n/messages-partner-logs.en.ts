/** English messages of the Partner logs page (partners' audit tree heads and their alarms). */
export const partnerLogsEn = {
  'partnerLogs.title': "Partners' audit logs",
  'partnerLogs.intro':
    "At every exchange sync this node fetches each partner's signed audit tree head and checks it against the head it holds: a partner's log may only grow. A log that shrank or was rewritten raises an alarm, kept here as evidence. The head held is also compared with the heads the other partners hold of the same log, so a partner that shows different logs to different partners is caught.",
  'partnerLogs.navAlarms': '{n} {n|partner log|partner logs} in alarm',
  'partnerLogs.alarmTitle': 'Alarm: {n} {n|partner log fails|partner logs fail} the check',
  'partnerLogs.alarmAdvice':
    "Do not trust these partners' logs beyond the head held here. Ask the partner's security contact what happened; the alarm and the head held stay recorded here and in the audit log.",
  'partnerLogs.none': 'No partner is registered on this node (portcullis partner add).',
  'partnerLogs.state.verified': 'verified',
  'partnerLogs.state.alarm': 'alarm',
  'partnerLogs.state.no-head': 'no head yet',
  'partnerLogs.state.no-audit-key': 'no audit key',
  'partnerLogs.stateText.verified':
    'Its newest head passed the check: signed with its audit key, and extending every head held before it.',
  'partnerLogs.stateText.alarm':
    'Its newest check raised an alarm: the head below is the last one that passed the check.',
  'partnerLogs.stateText.no-head':
    'Its audit key is registered; its first head is fetched at the next sync.',
  'partnerLogs.stateText.no-audit-key':
    'Its log is not checked: no audit key is registered for it (portcullis partner update {partner} --audit-key).',
  'partnerLogs.entries': 'Entries',
  'partnerLogs.signedAt': 'Signed at',
  'partnerLogs.heldSince': 'Held since',
  'partnerLogs.root': 'Root hash',
  'partnerLogs.fullRoot': 'Show the full root hash',
  'partnerLogs.alarms': 'Alarms',
  'partnerLogs.lastAlarm': 'Newest alarm, {when}',
  'partnerLogs.refusedHead': 'Head refused: {entries} {entries|entry|entries}, signed {signed}',
  'partnerLogs.witnessHead':
    'Head held by {witness}: {entries} {entries|entry|entries}, signed {signed}',
  'partnerLogs.serverMessage': 'Technical detail: {message}',
  'partnerLogs.failure.malformed':
    'The partner answered with something that is not a signed tree head (or an unreadable proof).',
  'partnerLogs.failure.wrong-log':
    "The head belongs to another log than the one of the partner's registered audit key: the partner changed its key or its log.",
  'partnerLogs.failure.bad-signature':
    "The head's signature does not verify with the partner's audit key: it was forged or altered.",
  'partnerLogs.failure.smaller-tree':
    "The partner's log is now shorter than the one we hold: events were deleted.",
  'partnerLogs.failure.inconsistent':
    "The partner's log no longer matches the one we hold: events already recorded were changed.",
  'partnerLogs.failure.withdrawn':
    'The partner no longer serves any signed head, though we hold one: its heads were deleted.',
  'partnerLogs.failure.no-proof':
    'The partner refused to prove that its new log extends the one we hold.',
  'partnerLogs.failure.split-view':
    "Another partner holds a head of this partner's log that does not match ours: the partner showed different versions of its log to different partners.",
  'partnerLogs.failure.other': 'The check failed ({outcome}).',
} as const;
