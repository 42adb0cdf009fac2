/** German messages of the fields group, flattened (`fields.<key>`), in the handbooks' wording. */
export const fieldsDe = {
  'fields.common.retry': 'Erneut versuchen',
  'fields.common.loading': 'Wird geladen',
  'fields.common.or': 'oder',
  'fields.common.none': 'keine',
  'fields.common.noVersion': 'keine Version',
  'fields.system.label': 'System',
  'fields.system.loadError': 'Die Systeme konnten nicht geladen werden',
  'fields.system.empty': 'Noch kein System hat eine Release-Policy.',
  'fields.environment.label': 'Umgebung',
  'fields.environment.loadError':
    'Die Umgebungen von {{system}} konnten nicht geladen werden',
  'fields.environment.empty':
    '{{system}} hat keine Umgebungen (die Release-Policy wurde nicht gelesen).',
  'fields.version.label': 'Version',
  'fields.version.loadError': 'Die Versionen konnten nicht geladen werden',
  'fields.version.noneKnown':
    'In {{environment}} und davor ist keine Version bekannt: bitte eine eingeben.',
  'fields.version.digest': 'Image-Digest (optional)',
  'fields.version.ref': 'Release-Ref (optional)',
  'fields.version.refHelp':
    'Der Tag oder Branch, für den die Gates bewertet werden',
  'fields.decision.label': 'Go/No-Go-Entscheid',
  'fields.decision.loadError':
    'Die Go/No-Go-Entscheide von {{system}} konnten nicht geladen werden',
  'fields.decision.empty':
    '{{system}} hat keine Go/No-Go-Entscheide mit dem Status {{statuses}}.',
  'fields.decision.requestedBy': '{{status}}, angefragt von {{requester}}',
  'fields.decisionStatus.open': 'offen',
  'fields.decisionStatus.go': 'Go',
  'fields.decisionStatus.noGo': 'No-Go',
  'fields.decisionStatus.expired': 'abgelaufen',
  'fields.decisionStatus.invalidated': 'ungültig',
  'fields.item.label': 'Readiness-Punkt',
  'fields.item.loadError': 'Der Go/No-Go-Entscheid konnte nicht geladen werden',
  'fields.item.empty':
    'Keine Ausnahme nötig: der Go/No-Go-Entscheid hat keine blockierenden Punkte mehr.',
  'fields.item.option': '{{title}} ({{status}})',
  'fields.itemStatus.fail': 'verfehlt',
  'fields.itemStatus.unknown': 'unbekannt',
  'fields.workload.label': 'Workload',
  'fields.workload.loadError':
    'Die Workloads von {{environment}} konnten nicht geladen werden',
  'fields.workload.empty':
    '{{environment}} betreibt kein Deployment, kein StatefulSet und kein DaemonSet.',
  'fields.workload.unavailable':
    'Die Workload-Quelle lieferte keine Workloads.',
  'fields.workload.stale':
    'Die Workload-Quelle ist veraltet: das sind die Workloads mit Stand {{time}}.',
  'fields.workload.unknownTime': 'unbekannt',
  'fields.workload.option': '{{workload}} — {{version}}',
  'fields.workload.managedBy': 'Verwaltet von {{tool}}',
  'fields.workload.managedByRelease': 'Verwaltet von {{tool}} ({{release}})',
  'fields.revision.label': 'Revision',
  'fields.revision.loadError':
    'Die Revisionen von {{workload}} konnten nicht geladen werden',
  'fields.revision.unavailable': 'Die Revisionen konnten nicht gelesen werden.',
  'fields.revision.empty':
    '{{workload}} hat keine Revisionen, auf die zurückgerollt werden kann.',
  'fields.revision.strategy': 'Rollback mit der Strategie {{strategy}}',
  'fields.revision.previous': 'Die vorherige Revision (Standard)',
  'fields.revision.option': '{{revision}} — {{version}}',
  'fields.revision.current': '{{revision}} — {{version}} (aktuell)',
  'fields.revision.noImages': 'keine Images',
  'fields.revision.created': 'erstellt {{time}}',
  'fields.revision.changeCause': 'Änderungsgrund: {{cause}}',
  'fields.problem.environmentFieldMissing':
    'Diese Vorlage setzt ui:options.environmentField nicht (das Formularfeld mit der Umgebung).',
  'fields.problem.decisionFieldMissing':
    'Diese Vorlage setzt ui:options.decisionField nicht (das Formularfeld mit dem Go/No-Go-Entscheid).',
  'fields.problem.chooseEnvironment': 'Bitte zuerst die Umgebung wählen.',
  'fields.problem.chooseDecision':
    'Bitte zuerst den Go/No-Go-Entscheid wählen.',
  'fields.validation.statusOption':
    'ui:options.status muss Status von Go/No-Go-Entscheiden auflisten ({{statuses}})',
  'fields.validation.environmentFieldMissing':
    'Die Vorlage setzt ui:options.environmentField für dieses Feld nicht',
  'fields.validation.decisionFieldMissing':
    'Die Vorlage setzt ui:options.decisionField für dieses Feld nicht',
  'fields.validation.revisionFieldsMissing':
    'Die Vorlage setzt ui:options.environmentField und ui:options.workloadField für dieses Feld nicht',
  'fields.validation.chooseSystemEnvironment':
    'Bitte ein System und eine seiner Umgebungen wählen',
  'fields.validation.chooseEnvironment': 'Bitte zuerst die Umgebung wählen',
  'fields.validation.chooseDecision':
    'Bitte zuerst den Go/No-Go-Entscheid wählen',
  'fields.validation.chooseWorkload': 'Bitte zuerst den Workload wählen',
  'fields.validation.environmentOfOther':
    'Bitte eine Umgebung von {{fixed}} wählen, nicht von {{system}}',
  'fields.validation.noEnvironment':
    "{{system}} hat keine Umgebung '{{environment}}' (vorhanden: {{environments}})",
  'fields.validation.unknownSystem': "Unbekanntes System '{{system}}'",
  'fields.validation.enterVersion': 'Bitte die Version eingeben, z. B. 1.4.2',
  'fields.validation.versionChars':
    'Die Version darf nur Buchstaben, Ziffern und . _ + / - enthalten (höchstens 200)',
  'fields.validation.digest':
    'Der Digest muss die Form sha256:<64 Hex-Ziffern> haben',
  'fields.validation.ref':
    'Die Release-Ref muss ein Tag- oder Branch-Name ohne Leerzeichen sein (höchstens 200)',
  'fields.validation.chooseADecision': 'Bitte einen Go/No-Go-Entscheid wählen',
  'fields.validation.decisionOfOther':
    'Bitte einen Go/No-Go-Entscheid von {{fixed}} wählen, nicht von {{system}}',
  'fields.validation.decisionStatus':
    'Der Go/No-Go-Entscheid ist {{status}}, nicht {{statuses}}',
  'fields.validation.noDecision':
    "{{system}} hat keinen Go/No-Go-Entscheid '{{id}}'",
  'fields.validation.chooseItem':
    'Bitte den Punkt wählen, für den die Ausnahme gelten soll',
  'fields.validation.notBlocking':
    "'{{item}}' blockiert diesen Go/No-Go-Entscheid nicht (blockierend: {{items}})",
  'fields.validation.waivedAlready':
    "Für '{{item}}' gibt es bereits eine Ausnahme",
  'fields.validation.chooseKind':
    'Bitte ein Deployment, StatefulSet oder DaemonSet wählen',
  'fields.validation.noWorkload':
    "{{environment}} hat kein {{kind}} '{{name}}'",
  'fields.validation.wholeRevision':
    'Die Revision muss eine ganze Zahl sein, z. B. 3',
  'fields.validation.noPrevious':
    '{{workload}} hat keine vorherige Revision, auf die zurückgerollt werden kann',
  'fields.validation.noRevision':
    '{{workload}} hat keine Revision {{revision}} (vorhanden: {{revisions}})',
  'fields.validation.currentRevision':
    'Revision {{revision}} ist die aktuelle: bitte eine ältere wählen',
  'fields.checkFailed.environment':
    'Die Umgebung konnte nicht geprüft werden: {{reason}}',
  'fields.checkFailed.decision':
    'Der Go/No-Go-Entscheid konnte nicht geprüft werden: {{reason}}',
  'fields.checkFailed.item':
    'Der Punkt konnte nicht geprüft werden: {{reason}}',
  'fields.checkFailed.workload':
    'Der Workload konnte nicht geprüft werden: {{reason}}',
  'fields.checkFailed.revision':
    'Die Revision konnte nicht geprüft werden: {{reason}}',
  'fields.checkFailedReason.apiMissing':
    'die Release-Readiness-API ist nicht installiert',
  'fields.checkFailedReason.answered':
    'das Release-Readiness-Backend antwortete mit {{status}}',
  'fields.checkFailedReason.unreachable':
    'das Release-Readiness-Backend war nicht erreichbar',
  'fields.checkFailedReason.workloadSource':
    'die Workload-Quelle von {{environment}} ist nicht verfügbar',
  'fields.checkFailedReason.revisions':
    'die Revisionen von {{workload}} sind nicht verfügbar',
};
