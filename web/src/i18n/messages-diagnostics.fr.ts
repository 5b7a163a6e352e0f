/** French templates of the intake's diagnostics (every code and wording of the English ones). */
import type { DiagnosticCatalogue } from './diagnostic-catalogue.ts';

export const diagnosticsFr: DiagnosticCatalogue = {
  'container-number.length':
    'Le numéro de conteneur « {value} » doit compter 11 caractères (4 lettres, 7 chiffres) ; il en compte {length}.',
  'container-number.owner-code':
    'Numéro de conteneur « {value} » : le code propriétaire « {owner} » doit se composer de 3 lettres.',
  'container-number.category':
    "Numéro de conteneur « {value} » : la catégorie d'équipement « {category} » doit être U (conteneur de fret), J (équipement amovible) ou Z (remorque ou châssis).",
  'container-number.serial':
    'Numéro de conteneur « {value} » : le numéro de série et le chiffre de contrôle « {serial} » doivent former 7 chiffres.',
  'container-number.check-digit':
    'Numéro de conteneur « {value} » : le chiffre de contrôle est {given}, alors que {expected} est attendu.',
  'locode.format':
    "Le code UN/LOCODE « {value} » doit se composer d'un code pays de 2 lettres suivi de 3 lettres ou chiffres (p. ex. BEANR).",
  'locode.unknown': 'Le code UN/LOCODE « {value} » ne figure pas dans la liste UN/LOCODE.',
  'locode.reserved-digit':
    'Le code UN/LOCODE « {value} » contient le chiffre 0 ou 1, que le système de codification réserve ; il est accepté tel quel.',
  'country.format':
    'Le code pays « {value} » doit se composer de deux lettres (ISO 3166-1 alpha-2).',
  'country.unknown': 'Le code pays « {value} » ne désigne aucun pays ISO 3166-1.',
  'eori.format':
    "Le numéro EORI « {value} » doit se composer d'un code pays de 2 lettres suivi de 1 à 15 lettres ou chiffres.",
  'eori.country': "Numéro EORI « {value} » : « {country} » n'est pas un code pays ISO 3166.",
  'eori.gb-format':
    'Numéro EORI « {value} » : les numéros {country} comptent 12 ou 15 chiffres après le code pays.',
  'hs.format': 'Le code SH « {value} » doit compter 6, 8 ou 10 chiffres.',
  'hs.unknown': "Code SH « {value} » : la sous-position {subheading} n'existe pas dans le SH 2022.",
  'imo.format': 'Le numéro OMI « {value} » doit compter 7 chiffres.',
  'imo.check-digit':
    'Numéro OMI « {value} » : le chiffre de contrôle est {given}, alors que {expected} est attendu.',
  'scac.format': 'Le code SCAC « {value} » doit compter 2 à 4 lettres.',
  'mmsi.format': 'Le numéro MMSI « {value} » doit compter 9 chiffres.',
  'intake.format-unknown':
    "L'envoi ({contentType}) n'est ni de l'UN/EDIFACT, ni du JSON DCSA Track & Trace, ni un manifeste CSV.",
  'intake.invalid-utf8':
    "Ligne {line}, colonne {column} (octet {offset}) : l'octet {byte} ne commence ni ne poursuit un caractère UTF-8 ; les manifestes CSV et le JSON DCSA doivent être encodés en UTF-8 (réexportez le fichier en UTF-8). Rien de l'envoi n'a été accepté.",
  'intake.nul-character':
    "Ligne {line}, colonne {column} (octet {offset}) : l'envoi contient un caractère NUL (U+0000), qui ne peut pas être enregistré ; rien de l'envoi n'a été accepté.",
  'intake.all-or-nothing':
    "{count} {count|enregistrement|enregistrements} de {type} {document} {count|est invalide|sont invalides} ; la règle « tout ou rien » de l'expéditeur rejette le message entier.",
  'intake.original-repeated':
    '{type} {document} a déjà été déclaré (version {version}) ; cet original est enregistré comme version {next}.',
  'intake.replace-unknown-filing':
    "{type} {document} remplace une déclaration qui n'a jamais été reçue ; envoyez d'abord l'original.",
  'intake.cancel-unknown-filing':
    "{type} {document} annule une déclaration qui n'a jamais été reçue ; envoyez d'abord l'original.",
  'intake.cancel-other-call':
    "{type} {document} ne nomme aucun connaissement et annule l'escale {call} ({field}), mais sa dernière version {version} concerne {filed} : ses {count} {count|connaissement reste tel que déclaré|connaissements restent tels que déclarés}. Nommez les connaissements à annuler, ou l'escale de la version {version}.",
  'intake.cancel-already-cancelled':
    "{type} {document} ne nomme aucun connaissement et annule l'escale {call}, mais sa dernière version {version} est déjà une annulation (de {count} {count|connaissement|connaissements} sur {filed}) ; rien n'est annulé à nouveau.",
  'intake.cancel-whole-version':
    '{type} {document} ne nomme aucun connaissement : il annule les {count} {count|connaissement|connaissements} de la version {version}, sur {filed}.',
  'intake.no-records':
    '{type} {document} ne contient aucun envoi, conteneur ou événement à déclarer.',
  'intake.bill-repeated':
    "Le connaissement {bill} figure plus d'une fois dans le message ; seul le dernier est conservé.",
  'edifact.una.invalid': {
    length:
      'Le segment UNA doit contenir 6 caractères de service, il en contient {count} ; les séparateurs précédents restent en vigueur.',
    distinct:
      'Les caractères de service du segment UNA « {characters} » ne sont pas tous différents ; les séparateurs précédents restent en vigueur.',
    delimiter:
      'Le caractère de service {character} du segment UNA ne peut pas servir de séparateur ; les séparateurs précédents restent en vigueur.',
  },
  'edifact.syntax.unknown-identifier':
    "L'identifiant de syntaxe « {syntax} » n'est pas pris en charge ; les données sont lues en {used}.",
  'edifact.character.outside-repertoire':
    'Le caractère {character} ne fait pas partie du répertoire de caractères.',
  'edifact.character.invalid-encoding':
    'Des octets ne se décodent pas dans le jeu de caractères déclaré.',
  'edifact.segment.line-break': "Saut de ligne à l'intérieur d'un segment (retiré des données).",
  'edifact.segment.release-at-end': "Caractère d'échappement à la fin des données.",
  'edifact.segment.unterminated': {
    segment: "Le segment n'est pas terminé : les données s'arrêtent en son milieu.",
    una: "Le segment UNA est tronqué : les données s'arrêtent en son milieu.",
  },
  'edifact.segment.invalid-tag': "« {tag} » n'est pas une étiquette de segment.",
  'edifact.segment.too-long': 'Segment de plus de {max} caractères ignoré.',
  'edifact.segment.outside-message': 'Le segment {tag} se trouve en dehors de tout message.',
  'edifact.unb.missing': "Message sans en-tête d'échange (UNB).",
  'edifact.unb.invalid': "Le segment UNB n'a pas de référence de contrôle de l'échange (0020).",
  'edifact.unz.missing': {
    segment: "L'échange {ref} n'a pas de segment de fin UNZ avant {before}.",
    end: "L'échange {ref} n'a pas de segment de fin UNZ avant la fin des données.",
  },
  'edifact.unz.reference-mismatch':
    'La référence UNZ « {found} » ne correspond pas à la référence UNB « {expected} ».',
  'edifact.unz.count-mismatch': {
    differs: 'Le segment UNZ annonce {declared} groupes ou messages, mais {found} ont été reçus.',
    missing:
      "Le segment UNZ n'indique pas de nombre, alors que {found} groupes ou messages ont été reçus.",
  },
  'edifact.ung.invalid': "Le segment UNG n'a pas de référence de groupe (0048).",
  'edifact.une.missing': {
    segment: "Le groupe {ref} n'a pas de segment de fin UNE avant {before}.",
    end: "Le groupe {ref} n'a pas de segment de fin UNE avant la fin des données.",
  },
  'edifact.une.reference-mismatch':
    'La référence UNE « {found} » ne correspond pas à la référence UNG « {expected} ».',
  'edifact.une.count-mismatch': {
    differs: 'Le segment UNE annonce {declared} messages, mais le groupe en contient {found}.',
    missing:
      "Le segment UNE n'indique pas de nombre, alors que le groupe contient {found} messages.",
  },
  'edifact.unh.invalid': {
    reference: "Le segment UNH n'a pas de référence de message (0062).",
    identifier:
      "L'identifiant de message du segment UNH (S009) n'indique pas le type, la version, la révision ou l'organisme responsable.",
  },
  'edifact.unt.missing': {
    segment: "Le message {ref} n'a pas de segment de fin UNT avant {before} ; il n'est pas traité.",
    end: "Le message {ref} n'a pas de segment de fin UNT avant la fin des données ; il n'est pas traité.",
  },
  'edifact.unt.reference-mismatch':
    'La référence UNT « {found} » ne correspond pas à la référence UNH « {expected} ».',
  'edifact.unt.count-mismatch': {
    differs:
      'Le segment UNT annonce {declared} segments, mais le message en contient {found} (de UNH à UNT).',
    missing:
      "Le segment UNT n'indique pas de nombre, alors que le message contient {found} segments (de UNH à UNT).",
  },
  'edifact.trailing-data': "Données après la fin de l'échange (UNZ) : segment « {tag} ».",
  'edifact.input.empty': 'Les données ne contiennent aucun segment EDIFACT.',
  'edifact.diagnostics.truncated':
    "{count} {count|autre diagnostic n'a pas été conservé|autres diagnostics n'ont pas été conservés}.",
  'edifact.message-type-unsupported':
    'Le type de message {type} ne fait pas partie des types pris en charge : {supported}.',
  'edifact.directory-unsupported':
    'Le répertoire {directory} de {type} ne fait pas partie des répertoires pris en charge ({supported}) ; le message est lu selon le plus proche, vérifiez le résultat.',
  'edifact.message-empty': {
    stray:
      "Le segment EQD {equipment} se trouve en dehors de tout envoi : le message {type} n'a pas de groupe {opener} ; il ne donne donc aucun enregistrement et rien n'est déclaré.",
    empty:
      "Le message {type} ne contient aucun groupe {opener} ; il ne donne donc aucun enregistrement et rien n'est déclaré.",
  },
  'edifact.segment-unexpected':
    "Le segment {tag} n'a pas sa place dans un message {type} ; il n'a pas été lu.",
  'edifact.number': "« {value} » n'est pas un nombre.",
  'bgm.missing': "Le message {type} n'a pas de segment BGM.",
  'bgm.function-missing':
    "Le segment BGM n'indique pas la fonction du message (1225) ; il est traité comme un original (9).",
  'bgm.function-unsupported':
    "La fonction du message « {value} » dans le segment BGM n'est pas 9 (original), 5 (remplacement) ou 1 (annulation) ; il est traité comme un original.",
  'dtm.format-mismatch':
    'La date « {value} » ne correspond pas au format {format} ; elle est lue au format {fallback}.',
  'dtm.format-unsupported': "Le code de format de date « {format} » n'est pas pris en charge.",
  'dtm.value': "« {value} » n'est pas une date valable au format {format}.",
  'cnt.equipment-count':
    'CNT+16 annonce {declared} équipements, mais le message contient {actual} segments EQD.',
  'eqd.number-missing': "Le segment EQD n'a pas de numéro d'équipement.",
  'gid.packages-missing': "L'article {item} n'indique pas de nombre de colis.",
  'mea.unit-unsupported':
    "L'unité de mesure « {unit} » n'est pas KGM, TNE, LBR ou MTQ ; la valeur est ignorée.",
  'nad.role-unknown':
    'Le qualifiant de partie « {qualifier} » ne correspond à aucun rôle retenu dans le modèle de fret.',
  'event.time-missing': "Aucune date ni heure d'événement (DTM {qualifiers}).",
  'event.type-unknown':
    "Ni le code du document (BGM) ni le statut de l'équipement (EQD 8249) n'indiquent si ce conteneur a été chargé ou déchargé.",
  'cuscar.route-incomplete':
    "L'envoi n'a pas de port de chargement (LOC+9) ou de port de déchargement (LOC+11) valable.",
  'cuscar.bill-missing': "L'envoi n'a pas de numéro de connaissement (RFF+BM, RFF+BH ou CNI C503).",
  'cuscar.equipment-undeclared':
    "Le conteneur {container} est cité dans un article (SGP) mais n'a pas de segment EQD.",
  'baplie.equipment-missing': "L'emplacement d'arrimage {cell} n'a pas de segment EQD.",
  'coarri.document-code':
    "Le code de document COARRI « {documentCode} » n'est pas 44 (rapport de déchargement) ou 46 (rapport de chargement) ; c'est le statut de l'équipement de chaque conteneur qui décide.",
  'codeco.document-code':
    "Le code de document CODECO « {documentCode} » n'est pas 34 (entrée au terminal) ou 36 (sortie du terminal).",
  'coprar.document-code':
    "Le code de document COPRAR « {documentCode} » n'est pas 45 (ordre de chargement) ou 121 (ordre de déchargement).",
  'iftsta.status-unknown':
    "Le statut « {status} » n'a pas d'équivalent parmi les types d'événements d'équipement DCSA ; il est conservé pour examen.",
  'iftsta.vessel-unidentified':
    "Le statut de navire {status} n'identifie aucun navire (TDT avec un numéro OMI).",
  'iftsta.place-missing': "Le statut de navire {status} n'indique pas de lieu (LOC+175).",
  'dcsa.json-syntax': {
    end: "Le texte JSON s'arrête trop tôt.",
    near: 'Le texte JSON est mal formé près de {near}.',
  },
  'dcsa.not-an-event':
    'Un événement Track & Trace {version} (avec {field}) était attendu à cet endroit.',
  'dcsa.no-events': 'Le contenu ne comporte aucun événement.',
  'dcsa.event-rejected':
    "L'événement {pointer} n'est pas repris : {errors} {errors|erreur|erreurs}.",
  'dcsa.duplicate-event-id': "L'eventID « {id} » apparaît plus d'une fois dans le contenu.",
  'dcsa.required': 'Le champ obligatoire « {field} » est absent.',
  'dcsa.type': {
    string: 'Le champ « {field} » doit être une chaîne de caractères ; reçu : {found}.',
    number: 'Le champ « {field} » doit être un nombre ; reçu : {found}.',
    boolean: 'Le champ « {field} » doit valoir true ou false ; reçu : {found}.',
    object: 'Le champ « {field} » doit être un objet ; reçu : {found}.',
    array: 'Le champ « {field} » doit être un tableau ; reçu : {found}.',
    element: "L'élément {index} de « {field} » doit être un objet ; reçu : {found}.",
  },
  'dcsa.max-length': '« {field} » compte {length} caractères ; {max} au maximum sont admis.',
  'dcsa.enum': '« {field} » vaut « {value} » ; valeurs attendues : {allowed}.',
  'dcsa.date-time':
    "« {field} » vaut « {value} », ce qui n'est pas une date et heure avec décalage horaire (p. ex. 2021-01-09T14:12:56+01:00).",
  'dcsa.uuid': "L'eventID « {id} » n'est pas un UUID.",
  'dcsa.equipment-reference-missing':
    "Un événement d'équipement sans equipmentReference ne peut être rattaché à aucun conteneur.",
  'dcsa.event-not-mapped': {
    equipment:
      "L'événement d'équipement {type} est valable en DCSA mais n'est pas suivi comme événement de conteneur ; il est conservé à titre d'information.",
    transport:
      "Un événement de transport sans numéro OMI du navire ni lieu est conservé à titre d'information.",
    other: "L'événement {event} est conservé à titre d'information.",
  },
  'dcsa.mode-not-mapped':
    "Le mode de transport {mode} n'a pas d'équivalent dans le modèle de fret ; l'escale est laissée de côté.",
  'dcsa.seal-source-not-mapped':
    "L'origine de scellé {source} n'a pas d'équivalent dans le modèle de fret ; le scellé est conservé sans son origine.",
  'dcsa.actual-after-created':
    "L'événement réel du {eventAt} est postérieur à son {field} {stamp}.",
  'dcsa.created-in-future': '{field} {stamp} est postérieur au moment de la réception ({now}).',
  'dcsa.actual-in-future':
    "L'événement réel du {eventAt} est postérieur au moment de la réception ({now}).",
  'dcsa.event-retracted':
    "L'événement {id} est retiré : les événements de l'expéditeur portant cet eventID, antérieurs ou postérieurs, sont annulés.",
  'dcsa.shipment-event':
    "L'événement d'expédition {type} pour {documentType} {document} est conservé à titre d'information.",
  'dcsa.location-mismatch':
    "L'UNLocationCode {own} de l'escale diffère de celui de son lieu ({nested}).",
  'csv.syntax':
    'Le texte CSV est mal formé à cet endroit (par exemple un guillemet non fermé) ; les lignes précédentes ont été lues.',
  'csv.no-rows': 'Le manifeste ne contient aucune ligne de données.',
  'csv.unknown-column':
    "La colonne « {column} » n'est pas une colonne du manifeste ; elle est ignorée.",
  'csv.duplicate-column':
    'La colonne « {column} » répète {repeats} ; seule la première est utilisée.',
  'csv.missing-column': "La colonne obligatoire {column} manque dans l'en-tête.",
  'csv.required': 'La colonne {column} est vide.',
  'csv.number': {
    decimal:
      'La colonne {column} vaut « {value} » ; un nombre ≥ 0 est attendu (avec un point « . » comme séparateur décimal).',
    integer: 'La colonne {column} vaut « {value} » ; un nombre entier ≥ 0 est attendu.',
  },
  'csv.enum': 'La colonne {column} vaut « {value} » ; master ou house est attendu.',
  'csv.temperature':
    "La température de conteneur frigorifique « {value} » °C n'est pas un nombre entre -70 et 40.",
  'csv.net-above-gross': 'Le poids net de {net} kg dépasse le poids brut de {gross} kg.',
  'csv.conflicting-value': {
    bill: "La colonne {column} diffère de l'enregistrement {record} du connaissement {bill} ; la valeur de cet enregistrement est conservée.",
    container:
      "La colonne {column} diffère pour le conteneur {container} de l'enregistrement {record} ; la valeur de cet enregistrement est conservée.",
  },
  'csv.consignment-rejected':
    "Le connaissement {bill} n'est pas repris en raison d'erreurs dans ses lignes.",
  'history.missing-filed-at':
    'Un fichier d’historique doit avoir une colonne filed_at : la date de dépôt de chaque connaissement.',
  'history.filed-at':
    'Connaissement {bill} : « {value} » n’est pas une date de dépôt (2025-11-03, ou une heure avec son fuseau, par exemple 2025-11-03T14:20:00Z).',
  'history.outcome':
    'Connaissement {bill} : le résultat « {value} » n’est ni seizure, ni hit, ni none (ni vide).',
};
