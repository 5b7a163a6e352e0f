/**
 * English templates of the intake's diagnostics, one per code (see diagnostic-catalogue.ts): the
 * reference that the French and Dutch ones follow, with the same placeholders and wordings.
 * English readers see the server's own message, which these templates repeat.
 */
import type { DiagnosticCatalogue } from './diagnostic-catalogue.ts';

export const diagnosticsEn = {
  'container-number.length':
    'Container number "{value}" must have 11 characters (4 letters, 7 digits), found {length}.',
  'container-number.owner-code':
    'Container number "{value}": owner code "{owner}" must be 3 letters.',
  'container-number.category':
    'Container number "{value}": equipment category "{category}" must be U (freight container), J (detachable equipment) or Z (trailer or chassis).',
  'container-number.serial':
    'Container number "{value}": serial number and check digit "{serial}" must be 7 digits.',
  'container-number.check-digit':
    'Container number "{value}": check digit is {given}, expected {expected}.',
  'locode.format':
    'UN/LOCODE "{value}" must be a 2-letter country code and 3 letters or digits (e.g. BEANR).',
  'locode.unknown': 'UN/LOCODE "{value}" is not in the UN/LOCODE list.',
  'locode.reserved-digit':
    'UN/LOCODE "{value}" uses the digit 0 or 1, which the code scheme reserves; accepted as written.',
  'country.format': 'Country code "{value}" must be two letters (ISO 3166-1 alpha-2).',
  'country.unknown': 'Country code "{value}" is not an ISO 3166-1 country.',
  'eori.format':
    'EORI "{value}" must be a 2-letter country code followed by 1 to 15 letters or digits.',
  'eori.country': 'EORI "{value}": "{country}" is not an ISO 3166 country code.',
  'eori.gb-format':
    'EORI "{value}": {country} numbers have 12 or 15 digits after the country code.',
  'hs.format': 'HS code "{value}" must have 6, 8 or 10 digits.',
  'hs.unknown': 'HS code "{value}": subheading {subheading} does not exist in HS 2022.',
  'imo.format': 'IMO number "{value}" must be 7 digits.',
  'imo.check-digit': 'IMO number "{value}": check digit is {given}, expected {expected}.',
  'scac.format': 'SCAC "{value}" must be 2 to 4 letters.',
  'mmsi.format': 'MMSI "{value}" must be 9 digits.',
  'intake.format-unknown':
    'The upload ({contentType}) is not UN/EDIFACT, DCSA Track & Trace JSON or a CSV manifest.',
  'intake.invalid-utf8':
    'Line {line}, column {column} (byte {offset}): byte {byte} does not start or continue a UTF-8 character; CSV manifests and DCSA JSON must be UTF-8 (re-export the file as UTF-8). Nothing of the upload was accepted.',
  'intake.nul-character':
    'Line {line}, column {column} (byte {offset}): the upload holds a NUL character (U+0000), which cannot be stored; nothing of it was accepted.',
  'intake.all-or-nothing':
    "{count} {count|record|records} of {type} {document} {count|is|are} invalid; the sender's all-or-nothing policy rejects the whole message.",
  'intake.original-repeated':
    '{type} {document} was already filed (version {version}); this original is stored as version {next}.',
  'intake.replace-unknown-filing':
    '{type} {document} replaces a filing that was never received; send the original first.',
  'intake.cancel-unknown-filing':
    '{type} {document} cancels a filing that was never received; send the original first.',
  'intake.cancel-other-call':
    '{type} {document} names no bill and cancels the call {call} ({field}), but its latest version {version} is for {filed}: its {count} {count|bill|bills} stay as filed. Name the bills to cancel, or the call of version {version}.',
  'intake.cancel-already-cancelled':
    '{type} {document} names no bill and cancels the call {call}, but its latest version {version} is already a cancellation (of {count} {count|bill|bills} on {filed}); nothing is cancelled again.',
  'intake.cancel-whole-version':
    '{type} {document} names no bill: it cancels the {count} {count|bill|bills} of version {version}, on {filed}.',
  'intake.no-records': '{type} {document} holds no consignment, equipment or event to file.',
  'intake.bill-repeated':
    'Bill {bill} appears more than once in the message; the last one is kept.',
  'edifact.una.invalid': {
    length:
      'UNA must carry 6 service characters, found {count}; the previous delimiters stay in force.',
    distinct:
      'UNA service characters "{characters}" are not distinct; the previous delimiters stay in force.',
    delimiter:
      'UNA service character {character} cannot be a delimiter; the previous delimiters stay in force.',
  },
  'edifact.syntax.unknown-identifier':
    'Syntax identifier "{syntax}" is not supported; read as {used}.',
  'edifact.character.outside-repertoire':
    'Character {character} is outside the character repertoire.',
  'edifact.character.invalid-encoding': 'Bytes that do not decode in the declared character set.',
  'edifact.segment.line-break': 'Line break inside a segment (removed from the data).',
  'edifact.segment.release-at-end': 'Release character at the end of the input.',
  'edifact.segment.unterminated': {
    segment: 'Segment is not terminated: the input ends inside it.',
    una: 'UNA is cut short: the input ends inside it.',
  },
  'edifact.segment.invalid-tag': '"{tag}" is not a segment tag.',
  'edifact.segment.too-long': 'Segment longer than {max} characters skipped.',
  'edifact.segment.outside-message': 'Segment {tag} is outside any message.',
  'edifact.unb.missing': 'Message without an interchange header (UNB).',
  'edifact.unb.invalid': 'UNB has no interchange control reference (0020).',
  'edifact.unz.missing': {
    segment: 'Interchange {ref} has no UNZ trailer before {before}.',
    end: 'Interchange {ref} has no UNZ trailer before the end of the input.',
  },
  'edifact.unz.reference-mismatch':
    'UNZ reference "{found}" does not match UNB reference "{expected}".',
  'edifact.unz.count-mismatch': {
    differs: 'UNZ count is {declared} but {found} groups or messages were received.',
    missing: 'UNZ count is missing but {found} groups or messages were received.',
  },
  'edifact.ung.invalid': 'UNG has no group reference (0048).',
  'edifact.une.missing': {
    segment: 'Group {ref} has no UNE trailer before {before}.',
    end: 'Group {ref} has no UNE trailer before the end of the input.',
  },
  'edifact.une.reference-mismatch':
    'UNE reference "{found}" does not match UNG reference "{expected}".',
  'edifact.une.count-mismatch': {
    differs: 'UNE count is {declared} but {found} messages in the group were received.',
    missing: 'UNE count is missing but {found} messages in the group were received.',
  },
  'edifact.unh.invalid': {
    reference: 'UNH has no message reference (0062).',
    identifier: 'UNH message identifier (S009) lacks type, version, release or agency.',
  },
  'edifact.unt.missing': {
    segment: 'Message {ref} has no UNT trailer before {before}; it is not delivered.',
    end: 'Message {ref} has no UNT trailer before the end of the input; it is not delivered.',
  },
  'edifact.unt.reference-mismatch':
    'UNT reference "{found}" does not match UNH reference "{expected}".',
  'edifact.unt.count-mismatch': {
    differs: 'UNT count is {declared} but {found} segments (UNH to UNT) were received.',
    missing: 'UNT count is missing but {found} segments (UNH to UNT) were received.',
  },
  'edifact.trailing-data': 'Data after the interchange trailer (UNZ): segment "{tag}".',
  'edifact.input.empty': 'The input holds no EDIFACT segments.',
  'edifact.diagnostics.truncated': '{count} more {count|diagnostic was|diagnostics were} not kept.',
  'edifact.message-type-unsupported': 'Message type {type} is not one of {supported}.',
  'edifact.directory-unsupported':
    '{type} directory {directory} is not one of {supported}; mapped as the nearest one, check the result.',
  'edifact.message-empty': {
    stray:
      'EQD {equipment} is outside any consignment: the {type} message has no {opener} group, so it yields no record and nothing is filed.',
    empty:
      'The {type} message holds no {opener} group, so it yields no record and nothing is filed.',
  },
  'edifact.segment-unexpected': 'Segment {tag} has no place in a {type} message; it was not read.',
  'edifact.number': '"{value}" is not a number.',
  'bgm.missing': '{type} message has no BGM segment.',
  'bgm.function-missing': 'BGM has no message function (1225); treated as an original (9).',
  'bgm.function-unsupported':
    'BGM message function "{value}" is not 9 (original), 5 (replace) or 1 (cancel); treated as an original.',
  'dtm.format-mismatch':
    'Date "{value}" does not match format {format}; read as format {fallback}.',
  'dtm.format-unsupported': 'Date format code "{format}" is not supported.',
  'dtm.value': 'Date "{value}" is not a valid date in format {format}.',
  'cnt.equipment-count':
    'CNT+16 declares {declared} equipment units but the message has {actual} EQD segments.',
  'eqd.number-missing': 'EQD has no equipment number.',
  'gid.packages-missing': 'Goods item {item} has no number of packages.',
  'mea.unit-unsupported': 'Measurement unit "{unit}" is not KGM, TNE, LBR or MTQ; value ignored.',
  'nad.role-unknown': 'Party qualifier "{qualifier}" is not a role kept in the cargo model.',
  'event.time-missing': 'No event time (DTM {qualifiers}).',
  'event.type-unknown':
    'Neither the document code (BGM) nor the equipment status (EQD 8249) tells whether this container was loaded or discharged.',
  'cuscar.route-incomplete':
    'Consignment has no valid port of loading (LOC+9) or port of discharge (LOC+11).',
  'cuscar.bill-missing': 'Consignment has no bill of lading number (RFF+BM, RFF+BH or CNI C503).',
  'cuscar.equipment-undeclared':
    'Container {container} is named in a goods item (SGP) but has no EQD segment.',
  'baplie.equipment-missing': 'Stowage cell {cell} has no EQD segment.',
  'coarri.document-code':
    'COARRI document code "{documentCode}" is not 44 (discharge report) or 46 (loading report); each container\'s equipment status decides.',
  'codeco.document-code':
    'CODECO document code "{documentCode}" is not 34 (gate-in) or 36 (gate-out).',
  'coprar.document-code':
    'COPRAR document code "{documentCode}" is not 45 (loading order) or 121 (discharge order).',
  'iftsta.status-unknown':
    'Status "{status}" has no DCSA equipment event type; the status is kept for review.',
  'iftsta.vessel-unidentified':
    'Vessel status {status} has no identified vessel (TDT with an IMO number).',
  'iftsta.place-missing': 'Vessel status {status} has no place (LOC+175).',
  'dcsa.json-syntax': {
    end: 'The JSON text ends too early.',
    near: 'The JSON text is malformed near {near}.',
  },
  'dcsa.not-an-event': 'Expected a Track & Trace {version} event (with {field}) here.',
  'dcsa.no-events': 'The payload holds no events.',
  'dcsa.event-rejected': 'Event {pointer} is not mapped: {errors} {errors|error|errors}.',
  'dcsa.duplicate-event-id': 'eventID "{id}" occurs more than once in the payload.',
  'dcsa.required': 'Required field "{field}" is missing.',
  'dcsa.type': {
    string: 'Field "{field}" must be a string, found {found}.',
    number: 'Field "{field}" must be a number, found {found}.',
    boolean: 'Field "{field}" must be true or false, found {found}.',
    object: 'Field "{field}" must be an object, found {found}.',
    array: 'Field "{field}" must be an array, found {found}.',
    element: 'Element {index} of "{field}" must be an object, found {found}.',
  },
  'dcsa.max-length': '"{field}" has {length} characters, at most {max} allowed.',
  'dcsa.enum': '"{field}" is "{value}", expected one of {allowed}.',
  'dcsa.date-time':
    '"{field}" is "{value}", not a date-time with offset (e.g. 2021-01-09T14:12:56+01:00).',
  'dcsa.uuid': 'eventID "{id}" is not a UUID.',
  'dcsa.equipment-reference-missing':
    'Equipment event without equipmentReference cannot be tied to a container.',
  'dcsa.event-not-mapped': {
    equipment:
      'Equipment event {type} is valid DCSA but not tracked as a container event; it is kept as information only.',
    transport:
      'Transport event without a vessel IMO number and location is kept as information only.',
    other: '{event} event is kept as information only.',
  },
  'dcsa.mode-not-mapped':
    'Mode of transport {mode} has no counterpart in the cargo model; the transport call is left out.',
  'dcsa.seal-source-not-mapped':
    'Seal source {source} has no counterpart in the cargo model; the seal is kept without its source.',
  'dcsa.actual-after-created': 'Actual event at {eventAt} is later than its {field} {stamp}.',
  'dcsa.created-in-future': '{field} {stamp} is later than the time of intake {now}.',
  'dcsa.actual-in-future': 'Actual event at {eventAt} is later than the time of intake {now}.',
  'dcsa.event-retracted':
    "Event {id} is retracted: the sender's events with this eventID, earlier or later, are void.",
  'dcsa.shipment-event':
    'Shipment event {type} for {documentType} {document} is kept as information only.',
  'dcsa.location-mismatch':
    "Transport call UNLocationCode {own} differs from its location's {nested}.",
  'csv.syntax':
    'The CSV text is malformed here (an unclosed quote, for example); the rows before it were read.',
  'csv.no-rows': 'The manifest has no data rows.',
  'csv.unknown-column': 'Column "{column}" is not a manifest column and is ignored.',
  'csv.duplicate-column': 'Column "{column}" repeats {repeats}; the first one is used.',
  'csv.missing-column': 'Required column {column} is missing from the header.',
  'csv.required': 'Column {column} is empty.',
  'csv.number': {
    decimal: 'Column {column} is "{value}", expected a number ≥ 0 (decimal point ".").',
    integer: 'Column {column} is "{value}", expected a whole number ≥ 0.',
  },
  'csv.enum': 'Column {column} is "{value}", expected master or house.',
  'csv.temperature': 'Reefer temperature "{value}" °C is not a number between -70 and 40.',
  'csv.net-above-gross': 'Net weight {net} kg exceeds gross weight {gross} kg.',
  'csv.conflicting-value': {
    bill: "Column {column} differs from record {record} of bill {bill}; that record's value is kept.",
    container:
      "Column {column} differs for container {container} from record {record}; that record's value is kept.",
  },
  'csv.consignment-rejected': 'Bill {bill} is not mapped because of errors in its rows.',
  'history.missing-filed-at':
    'A history file needs a filed_at column: the date each bill was filed.',
  'history.filed-at':
    'Bill {bill}: "{value}" is not a filing date (2025-11-03, or a time with its zone such as 2025-11-03T14:20:00Z).',
  'history.outcome':
    'Bill {bill}: outcome "{value}" is not one of seizure, hit or none (or empty).',
} as const satisfies DiagnosticCatalogue;
