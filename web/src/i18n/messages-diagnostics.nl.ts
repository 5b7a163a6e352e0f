/** Dutch templates of the intake's diagnostics (every code and wording of the English ones). */
import type { DiagnosticCatalogue } from './diagnostic-catalogue.ts';

export const diagnosticsNl: DiagnosticCatalogue = {
  'container-number.length':
    'Containernummer "{value}" moet 11 tekens hebben (4 letters, 7 cijfers), maar heeft er {length}.',
  'container-number.owner-code':
    'Containernummer "{value}": eigenaarscode "{owner}" moet uit 3 letters bestaan.',
  'container-number.category':
    'Containernummer "{value}": uitrustingscategorie "{category}" moet U (vrachtcontainer), J (afneembare uitrusting) of Z (oplegger of chassis) zijn.',
  'container-number.serial':
    'Containernummer "{value}": serienummer en controlecijfer "{serial}" moeten samen 7 cijfers zijn.',
  'container-number.check-digit':
    'Containernummer "{value}": het controlecijfer is {given}, maar {expected} wordt verwacht.',
  'locode.format':
    'UN/LOCODE "{value}" moet bestaan uit een landcode van 2 letters en 3 letters of cijfers (bv. BEANR).',
  'locode.unknown': 'UN/LOCODE "{value}" staat niet in de UN/LOCODE-lijst.',
  'locode.reserved-digit':
    'UN/LOCODE "{value}" bevat het cijfer 0 of 1, dat het codesysteem voorbehoudt; de code wordt aanvaard zoals geschreven.',
  'country.format': 'Landcode "{value}" moet uit twee letters bestaan (ISO 3166-1 alpha-2).',
  'country.unknown': 'Landcode "{value}" is geen land volgens ISO 3166-1.',
  'eori.format':
    'EORI-nummer "{value}" moet bestaan uit een landcode van 2 letters, gevolgd door 1 tot 15 letters of cijfers.',
  'eori.country': 'EORI-nummer "{value}": "{country}" is geen ISO 3166-landcode.',
  'eori.gb-format':
    'EORI-nummer "{value}": nummers van {country} hebben 12 of 15 cijfers na de landcode.',
  'hs.format': 'HS-code "{value}" moet 6, 8 of 10 cijfers hebben.',
  'hs.unknown': 'HS-code "{value}": onderverdeling {subheading} bestaat niet in HS 2022.',
  'imo.format': 'IMO-nummer "{value}" moet 7 cijfers hebben.',
  'imo.check-digit':
    'IMO-nummer "{value}": het controlecijfer is {given}, maar {expected} wordt verwacht.',
  'scac.format': 'SCAC "{value}" moet uit 2 tot 4 letters bestaan.',
  'mmsi.format': 'MMSI "{value}" moet 9 cijfers hebben.',
  'intake.format-unknown':
    'De upload ({contentType}) is geen UN/EDIFACT, geen DCSA Track & Trace-JSON en geen CSV-manifest.',
  'intake.invalid-utf8':
    'Regel {line}, kolom {column} (byte {offset}): byte {byte} begint of vervolgt geen UTF-8-teken; CSV-manifesten en DCSA-JSON moeten in UTF-8 zijn (exporteer het bestand opnieuw als UTF-8). Niets van de upload werd aanvaard.',
  'intake.nul-character':
    'Regel {line}, kolom {column} (byte {offset}): de upload bevat een NUL-teken (U+0000), dat niet kan worden opgeslagen; niets ervan werd aanvaard.',
  'intake.all-or-nothing':
    '{count} {count|record|records} van {type} {document} {count|is|zijn} ongeldig; volgens het alles-of-niets-beleid van de afzender wordt het hele bericht geweigerd.',
  'intake.original-repeated':
    '{type} {document} werd al aangegeven (versie {version}); dit origineel wordt opgeslagen als versie {next}.',
  'intake.replace-unknown-filing':
    '{type} {document} vervangt een aangifte die nooit werd ontvangen; stuur eerst het origineel.',
  'intake.cancel-unknown-filing':
    '{type} {document} annuleert een aangifte die nooit werd ontvangen; stuur eerst het origineel.',
  'intake.cancel-other-call':
    '{type} {document} noemt geen cognossement en annuleert de aanloop {call} ({field}), maar de laatste versie {version} is voor {filed}: de {count} {count|cognossement blijft|cognossementen blijven} zoals aangegeven. Noem de te annuleren cognossementen, of de aanloop van versie {version}.',
  'intake.cancel-already-cancelled':
    '{type} {document} noemt geen cognossement en annuleert de aanloop {call}, maar de laatste versie {version} is al een annulering (van {count} {count|cognossement|cognossementen} op {filed}); er wordt niets opnieuw geannuleerd.',
  'intake.cancel-whole-version':
    '{type} {document} noemt geen cognossement: het annuleert de {count} {count|cognossement|cognossementen} van versie {version}, op {filed}.',
  'intake.no-records':
    '{type} {document} bevat geen zending, container of gebeurtenis om aan te geven.',
  'intake.bill-repeated':
    'Cognossement {bill} komt meer dan eens voor in het bericht; enkel het laatste wordt behouden.',
  'edifact.una.invalid': {
    length:
      'UNA moet 6 diensttekens bevatten, maar bevat er {count}; de vorige scheidingstekens blijven van kracht.',
    distinct:
      'De diensttekens van UNA "{characters}" zijn niet allemaal verschillend; de vorige scheidingstekens blijven van kracht.',
    delimiter:
      'Dienstteken {character} van UNA kan geen scheidingsteken zijn; de vorige scheidingstekens blijven van kracht.',
  },
  'edifact.syntax.unknown-identifier':
    'Syntaxisidentificatie "{syntax}" wordt niet ondersteund; de gegevens worden gelezen als {used}.',
  'edifact.character.outside-repertoire': 'Teken {character} valt buiten de tekenset.',
  'edifact.character.invalid-encoding':
    'Bytes die niet te decoderen zijn in de opgegeven tekenset.',
  'edifact.segment.line-break': 'Regeleinde binnen een segment (uit de gegevens verwijderd).',
  'edifact.segment.release-at-end': 'Escapeteken (release character) aan het einde van de invoer.',
  'edifact.segment.unterminated': {
    segment: 'Het segment is niet afgesloten: de invoer eindigt erin.',
    una: 'UNA is afgebroken: de invoer eindigt erin.',
  },
  'edifact.segment.invalid-tag': '"{tag}" is geen segmentcode.',
  'edifact.segment.too-long': 'Segment langer dan {max} tekens overgeslagen.',
  'edifact.segment.outside-message': 'Segment {tag} staat buiten elk bericht.',
  'edifact.unb.missing': 'Bericht zonder kopsegment van de uitwisseling (UNB).',
  'edifact.unb.invalid': 'UNB heeft geen controlereferentie van de uitwisseling (0020).',
  'edifact.unz.missing': {
    segment: 'Uitwisseling {ref} heeft geen eindsegment UNZ vóór {before}.',
    end: 'Uitwisseling {ref} heeft geen eindsegment UNZ vóór het einde van de invoer.',
  },
  'edifact.unz.reference-mismatch':
    'UNZ-referentie "{found}" komt niet overeen met UNB-referentie "{expected}".',
  'edifact.unz.count-mismatch': {
    differs: 'UNZ vermeldt {declared} groepen of berichten, maar er werden er {found} ontvangen.',
    missing: 'UNZ vermeldt geen aantal, terwijl er {found} groepen of berichten werden ontvangen.',
  },
  'edifact.ung.invalid': 'UNG heeft geen groepsreferentie (0048).',
  'edifact.une.missing': {
    segment: 'Groep {ref} heeft geen eindsegment UNE vóór {before}.',
    end: 'Groep {ref} heeft geen eindsegment UNE vóór het einde van de invoer.',
  },
  'edifact.une.reference-mismatch':
    'UNE-referentie "{found}" komt niet overeen met UNG-referentie "{expected}".',
  'edifact.une.count-mismatch': {
    differs: 'UNE vermeldt {declared} berichten, maar de groep bevat er {found}.',
    missing: 'UNE vermeldt geen aantal, terwijl de groep {found} berichten bevat.',
  },
  'edifact.unh.invalid': {
    reference: 'UNH heeft geen berichtreferentie (0062).',
    identifier:
      'De berichtidentificatie van UNH (S009) mist type, versie, release of beheersorganisatie.',
  },
  'edifact.unt.missing': {
    segment: 'Bericht {ref} heeft geen eindsegment UNT vóór {before}; het wordt niet verwerkt.',
    end: 'Bericht {ref} heeft geen eindsegment UNT vóór het einde van de invoer; het wordt niet verwerkt.',
  },
  'edifact.unt.reference-mismatch':
    'UNT-referentie "{found}" komt niet overeen met UNH-referentie "{expected}".',
  'edifact.unt.count-mismatch': {
    differs:
      'UNT vermeldt {declared} segmenten, maar het bericht bevat er {found} (van UNH tot UNT).',
    missing:
      'UNT vermeldt geen aantal, terwijl het bericht {found} segmenten bevat (van UNH tot UNT).',
  },
  'edifact.trailing-data':
    'Gegevens na het eindsegment van de uitwisseling (UNZ): segment "{tag}".',
  'edifact.input.empty': 'De invoer bevat geen EDIFACT-segmenten.',
  'edifact.diagnostics.truncated':
    '{count} {count|verdere melding werd|verdere meldingen werden} niet bewaard.',
  'edifact.message-type-unsupported':
    'Berichttype {type} hoort niet bij de ondersteunde types: {supported}.',
  'edifact.directory-unsupported':
    "Directory {directory} van {type} hoort niet bij de ondersteunde directory's ({supported}); het bericht wordt gelezen volgens de dichtstbijzijnde, controleer het resultaat.",
  'edifact.message-empty': {
    stray:
      'EQD {equipment} staat buiten elke zending: het {type}-bericht heeft geen {opener}-groep, dus het levert geen record op en er wordt niets aangegeven.',
    empty:
      'Het {type}-bericht bevat geen {opener}-groep, dus het levert geen record op en er wordt niets aangegeven.',
  },
  'edifact.segment-unexpected':
    'Segment {tag} hoort niet in een {type}-bericht; het werd niet gelezen.',
  'edifact.number': '"{value}" is geen getal.',
  'bgm.missing': 'Het {type}-bericht heeft geen BGM-segment.',
  'bgm.function-missing':
    'BGM vermeldt geen berichtfunctie (1225); het bericht wordt behandeld als origineel (9).',
  'bgm.function-unsupported':
    'Berichtfunctie "{value}" in BGM is niet 9 (origineel), 5 (vervanging) of 1 (annulering); het bericht wordt behandeld als origineel.',
  'dtm.format-mismatch':
    'Datum "{value}" past niet bij formaat {format}; ze wordt gelezen in formaat {fallback}.',
  'dtm.format-unsupported': 'Datumformaatcode "{format}" wordt niet ondersteund.',
  'dtm.value': '"{value}" is geen geldige datum in formaat {format}.',
  'cnt.equipment-count':
    'CNT+16 vermeldt {declared} uitrustingsstukken, maar het bericht bevat {actual} EQD-segmenten.',
  'eqd.number-missing': 'EQD heeft geen uitrustingsnummer.',
  'gid.packages-missing': 'Goederenpost {item} vermeldt geen aantal colli.',
  'mea.unit-unsupported':
    'Maateenheid "{unit}" is niet KGM, TNE, LBR of MTQ; de waarde wordt genegeerd.',
  'nad.role-unknown': 'Partijkwalificatie "{qualifier}" is geen rol die het vrachtmodel bijhoudt.',
  'event.time-missing': 'Geen tijdstip van de gebeurtenis (DTM {qualifiers}).',
  'event.type-unknown':
    'Noch de documentcode (BGM) noch de uitrustingsstatus (EQD 8249) geeft aan of deze container werd geladen of gelost.',
  'cuscar.route-incomplete':
    'De zending heeft geen geldige laadhaven (LOC+9) of loshaven (LOC+11).',
  'cuscar.bill-missing': 'De zending heeft geen cognossementnummer (RFF+BM, RFF+BH of CNI C503).',
  'cuscar.equipment-undeclared':
    'Container {container} wordt in een goederenpost (SGP) genoemd, maar heeft geen EQD-segment.',
  'baplie.equipment-missing': 'Stuwplaats {cell} heeft geen EQD-segment.',
  'coarri.document-code':
    'COARRI-documentcode "{documentCode}" is niet 44 (losrapport) of 46 (laadrapport); de uitrustingsstatus van elke container beslist.',
  'codeco.document-code':
    'CODECO-documentcode "{documentCode}" is niet 34 (binnenkomst op de terminal) of 36 (vertrek van de terminal).',
  'coprar.document-code':
    'COPRAR-documentcode "{documentCode}" is niet 45 (laadopdracht) of 121 (losopdracht).',
  'iftsta.status-unknown':
    'Status "{status}" heeft geen DCSA-gebeurtenistype voor uitrusting; de status wordt bewaard voor nazicht.',
  'iftsta.vessel-unidentified':
    'Scheepsstatus {status} heeft geen geïdentificeerd schip (TDT met een IMO-nummer).',
  'iftsta.place-missing': 'Scheepsstatus {status} vermeldt geen plaats (LOC+175).',
  'dcsa.json-syntax': {
    end: 'De JSON-tekst eindigt te vroeg.',
    near: 'De JSON-tekst is ongeldig bij {near}.',
  },
  'dcsa.not-an-event': 'Hier werd een Track & Trace {version}-gebeurtenis (met {field}) verwacht.',
  'dcsa.no-events': 'De inhoud bevat geen gebeurtenissen.',
  'dcsa.event-rejected':
    'Gebeurtenis {pointer} wordt niet overgenomen: {errors} {errors|fout|fouten}.',
  'dcsa.duplicate-event-id': 'eventID "{id}" komt meer dan eens voor in de inhoud.',
  'dcsa.required': 'Verplicht veld "{field}" ontbreekt.',
  'dcsa.type': {
    string: 'Veld "{field}" moet een tekenreeks zijn; ontvangen: {found}.',
    number: 'Veld "{field}" moet een getal zijn; ontvangen: {found}.',
    boolean: 'Veld "{field}" moet true of false zijn; ontvangen: {found}.',
    object: 'Veld "{field}" moet een object zijn; ontvangen: {found}.',
    array: 'Veld "{field}" moet een lijst (array) zijn; ontvangen: {found}.',
    element: 'Element {index} van "{field}" moet een object zijn; ontvangen: {found}.',
  },
  'dcsa.max-length': '"{field}" heeft {length} tekens; hoogstens {max} zijn toegestaan.',
  'dcsa.enum': '"{field}" is "{value}"; verwacht wordt een van {allowed}.',
  'dcsa.date-time':
    '"{field}" is "{value}", geen datum en tijd met tijdsverschil (bv. 2021-01-09T14:12:56+01:00).',
  'dcsa.uuid': 'eventID "{id}" is geen UUID.',
  'dcsa.equipment-reference-missing':
    'Een uitrustingsgebeurtenis zonder equipmentReference kan aan geen container worden gekoppeld.',
  'dcsa.event-not-mapped': {
    equipment:
      'Uitrustingsgebeurtenis {type} is geldig in DCSA, maar wordt niet als containergebeurtenis gevolgd; ze wordt enkel ter informatie bewaard.',
    transport:
      'Een transportgebeurtenis zonder IMO-nummer van het schip en zonder locatie wordt enkel ter informatie bewaard.',
    other: 'Gebeurtenis {event} wordt enkel ter informatie bewaard.',
  },
  'dcsa.mode-not-mapped':
    'Vervoerswijze {mode} heeft geen tegenhanger in het vrachtmodel; de aanloop wordt weggelaten.',
  'dcsa.seal-source-not-mapped':
    'Zegelbron {source} heeft geen tegenhanger in het vrachtmodel; de verzegeling wordt zonder bron bewaard.',
  'dcsa.actual-after-created':
    'De werkelijke gebeurtenis op {eventAt} is later dan haar {field} {stamp}.',
  'dcsa.created-in-future': '{field} {stamp} is later dan het tijdstip van ontvangst ({now}).',
  'dcsa.actual-in-future':
    'De werkelijke gebeurtenis op {eventAt} is later dan het tijdstip van ontvangst ({now}).',
  'dcsa.event-retracted':
    'Gebeurtenis {id} is ingetrokken: de gebeurtenissen van de afzender met deze eventID, eerdere of latere, vervallen.',
  'dcsa.shipment-event':
    'Zendingsgebeurtenis {type} voor {documentType} {document} wordt enkel ter informatie bewaard.',
  'dcsa.location-mismatch':
    'UNLocationCode {own} van de aanloop verschilt van die van de locatie ({nested}).',
  'csv.syntax':
    'De CSV-tekst is hier ongeldig (bijvoorbeeld een niet-gesloten aanhalingsteken); de voorgaande rijen werden gelezen.',
  'csv.no-rows': 'Het manifest bevat geen gegevensrijen.',
  'csv.unknown-column': 'Kolom "{column}" is geen manifestkolom en wordt genegeerd.',
  'csv.duplicate-column': 'Kolom "{column}" herhaalt {repeats}; enkel de eerste wordt gebruikt.',
  'csv.missing-column': 'Verplichte kolom {column} ontbreekt in de kopregel.',
  'csv.required': 'Kolom {column} is leeg.',
  'csv.number': {
    decimal:
      'Kolom {column} is "{value}"; verwacht wordt een getal ≥ 0 (met een punt "." als decimaalteken).',
    integer: 'Kolom {column} is "{value}"; verwacht wordt een geheel getal ≥ 0.',
  },
  'csv.enum': 'Kolom {column} is "{value}"; verwacht wordt master of house.',
  'csv.temperature': 'Reefertemperatuur "{value}" °C is geen getal tussen -70 en 40.',
  'csv.net-above-gross': 'Nettogewicht {net} kg is hoger dan brutogewicht {gross} kg.',
  'csv.conflicting-value': {
    bill: 'Kolom {column} verschilt van record {record} van cognossement {bill}; de waarde van dat record wordt behouden.',
    container:
      'Kolom {column} verschilt voor container {container} van record {record}; de waarde van dat record wordt behouden.',
  },
  'csv.consignment-rejected':
    'Cognossement {bill} wordt niet overgenomen wegens fouten in de rijen ervan.',
  'history.missing-filed-at':
    'Een historiekbestand heeft een kolom filed_at nodig: de datum waarop elk cognossement werd ingediend.',
  'history.filed-at':
    'Cognossement {bill}: "{value}" is geen indieningsdatum (2025-11-03, of een tijd met zijn tijdzone, zoals 2025-11-03T14:20:00Z).',
  'history.outcome':
    'Cognossement {bill}: uitkomst "{value}" is geen seizure, hit of none (of leeg).',
};
