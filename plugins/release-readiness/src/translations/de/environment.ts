/** German messages of the environment group, flattened (`environment.<key>`), in the handbooks' wording. */
export const environmentDe = {
  'environment.page.allEnvironments': 'Alle Umgebungen von {{system}}',
  'environment.page.loadError':
    "'{{environment}}' von '{{system}}' konnte nicht geladen werden",
  'environment.page.noSectionTitle':
    "{{title}} hat keinen Abschnitt '{{section}}'",
  'environment.page.noSectionDescription': 'Ihre Abschnitte: {{sections}}.',
  'environment.page.openOverview': 'Übersicht öffnen',
  'environment.page.sectionsOf': 'Abschnitte von {{environment}}',
  'environment.tabs.overview': 'Übersicht',
  'environment.tabs.workloads': 'Workloads',
  'environment.tabs.people': 'Personen',
  'environment.tabs.sla': 'SLA',
  'environment.tabs.backups': 'Backups',
  'environment.tabs.rollbacks': 'Rollbacks',
  'environment.tabs.calendar': 'Kalender',
  'environment.header.sourcesAsOf': 'Quellen Stand ',
  'environment.header.stale': '{{stale}} veraltet',
  'environment.header.unavailable': '{{unavailable}} nicht verfügbar',
  'environment.header.promotion': 'Promotion:',
  'environment.header.runsOn': 'Läuft auf:',
  'environment.header.notDescribed': 'nicht beschrieben',
  'environment.readiness.label': 'Bereitschaft',
  'environment.readiness.title': 'Darf es live gehen?',
  'environment.readiness.loadError':
    'Die Bereitschaft konnte nicht beurteilt werden',
  'environment.readiness.at': 'Zeitpunkt (Ihre Zeitzone)',
  'environment.readiness.now': 'Jetzt',
  'environment.readiness.changeType': 'Änderungsart',
  'environment.readiness.risk': 'Risiko',
  'environment.readiness.riskDefault': 'Vorgabe der Policy',
  'environment.readiness.riskLow': 'niedrig',
  'environment.readiness.riskNormal': 'normal',
  'environment.readiness.riskHigh': 'hoch',
  'environment.readiness.verdictLabel': 'Go/No-Go-Entscheid',
  'environment.readiness.questionStart': 'Darf ',
  'environment.readiness.questionRest':
    ' eine Änderung der Art {{changeType}} (Risiko {{risk}}) am {{at}} erhalten? ',
  'environment.readiness.answerReady':
    'Ja: alle verbindlichen Gates und Vorbedingungen sind erfüllt.',
  'environment.readiness.answerBlocked':
    'Nein: mindestens ein verbindliches Gate oder eine Vorbedingung ist nicht erfüllt.',
  'environment.readiness.answerUnknown':
    'Unbekannt: nichts ist verfehlt, aber einige Gates oder Vorbedingungen lassen sich nicht beurteilen.',
  'environment.readiness.noWindow':
    'In den nächsten 60 Tagen öffnet kein erlaubtes Änderungsfenster.',
  'environment.readiness.until': ' bis {{until}}',
  'environment.readiness.allowedNow':
    'Der Kalender erlaubt diese Änderung jetzt{{until}}{{window}}.',
  'environment.readiness.nextWindow':
    'Nächstes erlaubtes Fenster: {{start}}{{until}}{{window}}.',
  'environment.readiness.reasons': 'Gründe',
  'environment.readiness.advisory': 'Hinweis',
  'environment.gates.label': 'Gates',
  'environment.gates.title': 'Gates',
  'environment.gates.none': 'Die Policy hat keine Gates (readiness.gates).',
  'environment.gates.checked': 'Geprüft: ',
  'environment.gates.checksPassed': 'Bestandene Checks',
  'environment.gates.passed':
    '{{passed}}/{{total}} bestanden ({{required}} erforderlich)',
  'environment.gates.cannotTell':
    'Unklar, ob Sie dieses Gate setzen dürfen: {{message}}',
  'environment.gates.cannotSet':
    'Sie dürfen dieses Gate nicht setzen: {{reason}}',
  'environment.gates.unknownReason': 'Grund unbekannt',
  'environment.gates.checks': 'Checks',
  'environment.gates.check': 'Check',
  'environment.gates.state': 'Zustand',
  'environment.gates.detail': 'Detail',
  'environment.gates.when': 'Wann',
  'environment.gates.setResult': 'Ergebnis setzen',
  'environment.gates.dialogTitle': '„{{check}}“ setzen',
  'environment.gates.dialogTitleFor': '„{{check}}“ für {{release}} setzen',
  'environment.gates.save': 'Speichern',
  'environment.gates.result': 'Ergebnis',
  'environment.gates.passedState': 'bestanden',
  'environment.gates.failedState': 'nicht bestanden',
  'environment.gates.pendingState': 'ausstehend',
  'environment.gates.reasonHelp':
    'Wird mit dem Ergebnis gespeichert, z. B. der Testlauf oder das Ticket.',
  'environment.preconditions.label': 'Vorbedingungen',
  'environment.preconditions.title': 'Go-Live-Vorbedingungen',
  'environment.preconditions.none':
    'Die Policy hat keine Vorbedingungen (readiness.preconditions).',
  'environment.preconditions.advisory': 'Hinweis',
  'environment.calendar.label': 'Kalender',
  'environment.calendar.title_one':
    'Change-Freeze- und Release-Kalender, nächster {{count}} Tag',
  'environment.calendar.title_other':
    'Change-Freeze- und Release-Kalender, nächste {{count}} Tage',
  'environment.calendar.loadError': 'Der Kalender konnte nicht geladen werden',
  'environment.calendar.none':
    'Für diese Umgebung gelten keine Change-Freezes oder Release-Fenster (releaseReadiness.calendar.windows).',
  'environment.calendar.windowRequired':
    'Änderungen gehen nur in einem Release-Fenster raus; Change-Freezes gelten, außer für ausgenommene Änderungsarten.',
  'environment.calendar.noWindowRequired':
    'Änderungen dürfen jederzeit raus, solange kein Change-Freeze gilt.',
  'environment.calendar.day': 'Tag',
  'environment.calendar.freezes': 'Change-Freezes',
  'environment.calendar.releaseWindows': 'Release-Fenster',
  'environment.calendar.now': '{{title}} (jetzt)',
  'environment.calendar.exempt': ' · ausgenommen: {{types}}',
  'environment.workloads.label': 'Workloads',
  'environment.workloads.title': 'Workloads',
  'environment.workloads.tableLabel': 'Workloads von {{environment}}',
  'environment.workloads.offlineSnapshot': 'Offline-Snapshot',
  'environment.workloads.live': 'live',
  'environment.workloads.loadError':
    'Die Workloads konnten nicht geladen werden',
  'environment.workloads.emptyTitle': 'Keine Workloads',
  'environment.workloads.emptyDescription':
    'Die Quelle listet hier keine Deployments, StatefulSets, DaemonSets oder CronJobs. Namespace und Label-Selektor prüfen.',
  'environment.workloads.columnStatus': 'Status',
  'environment.workloads.columnWorkload': 'Workload',
  'environment.workloads.columnVersion': 'Version',
  'environment.workloads.columnReplicas': 'Replicas',
  'environment.workloads.columnRestarts': 'Neustarts',
  'environment.workloads.columnFindings': 'Befunde',
  'environment.workloads.columnManagedBy': 'Verwaltet von',
  'environment.workloads.columnRevision': 'Revision',
  'environment.workloads.columnActions': 'Aktionen',
  'environment.workloads.init': ' (init)',
  'environment.workloads.untagged': 'ohne Tag',
  'environment.workloads.noVersion': '{{tag}} (keine Version)',
  'environment.workloads.replicasTooltip':
    'gewünscht {{desired}}, bereit {{ready}}, verfügbar {{available}}, aktualisiert {{updated}}',
  'environment.workloads.replicasReady': '{{ready}}/{{desired}} bereit',
  'environment.workloads.suspended': '{{schedule}} (ausgesetzt)',
  'environment.workloads.lastRun': 'letzter Lauf {{status}}',
  'environment.workloads.findingsNone': 'keine',
  'environment.workloads.findings_one': '{{count}} Befund',
  'environment.workloads.findings_other': '{{count}} Befunde',
  'environment.workloads.hpaCpu': ', CPU {{current}} % von {{target}} %',
  'environment.workloads.managedPlain': 'direkt',
  'environment.workloads.managedOther': 'andere',
  'environment.deployed.title': 'Was ist wo deployt',
  'environment.deployed.intro':
    'Version und Rollout-Status jedes Workloads je Umgebung, in Promotion-Reihenfolge: zuerst nicht gesunde Workloads, dann solche, deren Umgebungen verschiedene Versionen betreiben (Drift), dann die übrigen nach Name.',
  'environment.deployed.loadError':
    'Es konnte nicht geladen werden, was wo deployt ist',
  'environment.deployed.emptyTitle': 'Keine Workloads bekannt',
  'environment.deployed.emptyDescription':
    'Die Workload-Quelle keiner Umgebung listet bisher einen Workload (siehe die Meldungen oben, oder Workloads je Umgebung konfigurieren).',
  'environment.deployed.searchLabel': 'Workloads nach Name suchen',
  'environment.deployed.attentionOnly':
    'Nur was Aufmerksamkeit braucht (nicht gesund oder Drift)',
  'environment.deployed.totals':
    '{{workloads}} Workloads · {{unhealthy}} nicht gesund · {{drift}} mit Drift · {{unknown}} nicht nachweislich gesund',
  'environment.deployed.range': '{{from}}–{{to}} von {{total}}',
  'environment.deployed.previous': 'Zurück',
  'environment.deployed.next': 'Weiter',
  'environment.deployed.noMatchTitle': 'Kein Workload passt',
  'environment.deployed.noMatchDescription':
    'Die Suche ändern, oder alle Workloads zeigen, nicht nur die, die Aufmerksamkeit brauchen.',
  'environment.entity.systemLoadError':
    'Die Release-Bereitschaft dieses Systems konnte nicht geladen werden',
  'environment.entity.noPolicyTitle': 'Keine Release-Policy',
  'environment.entity.noPolicyDescription':
    'Dieses System hat keine Release-Policy. Die Annotation {{annotation}}: ./release-readiness.yaml in der catalog-info.yaml des Systems ergänzen und die Policy-Datei (Umgebungen, Gates, RACI, Rufbereitschaftsplan) daneben ins Repository des Teams legen; oder das Plattform-Team bitten, sie unter releaseReadiness.systems.{{name}} in der Konfiguration des Portals zu definieren (siehe Adopter-Leitfaden, „Systems and team policy files“).',
  'environment.entity.componentSystemLoadError':
    "Das System '{{system}}' konnte nicht geladen werden",
  'environment.entity.readinessOf': 'Release-Bereitschaft von {{title}}',
  'environment.entity.deployedWhere': 'Wo deployt',
  'environment.entity.noWorkloadsTitle': 'Keine Workloads verknüpft',
  'environment.entity.noWorkloadsDescription':
    'Die Annotation {{annotation}}: <Workload-Namen, durch Kommas getrennt> an dieser Entität ergänzen.',
  'environment.entity.noWorkloadsOrSystemDescription':
    'Die Annotation {{annotation}}: <Workload-Namen, durch Kommas getrennt> an dieser Entität ergänzen, und spec.system mit ihrem System.',
  'environment.entity.systemNoPolicyTitle':
    "Das System '{{system}}' hat keine Release-Policy",
  'environment.entity.systemNoPolicyDescription':
    'Sein Board erscheint hier, sobald das System eine hat: die Annotation release-readiness.io/policy: ./release-readiness.yaml am System im Katalog mit der Datei in seinem Repository, oder releaseReadiness.systems in der Konfiguration des Portals (siehe Adopter-Leitfaden, „Systems and team policy files“).',
  'environment.entity.systemsLoadError':
    'Die Systeme konnten nicht geladen werden',
  'environment.entity.noSystemTitle': 'Kein System',
  'environment.entity.noSystemDescription':
    'Diese Komponente nennt kein System (spec.system) und das Portal hat kein Standard-System (releaseReadiness.defaultSystem): spec.system auf das System im Katalog setzen, zu dem sie gehört.',
  'environment.entity.matrixLoadError':
    'Es konnte nicht geladen werden, wo diese Komponente läuft',
  'environment.entity.notRunningTitle':
    'Läuft nirgends, wo das Board es sehen kann',
  'environment.entity.notRunningDescription':
    'Keine Umgebung listet einen Workload namens {{names}}.',
  'environment.router.defaultSystemLoadError':
    'Das Standard-System konnte nicht gefunden werden',
};
