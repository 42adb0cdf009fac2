/** German messages of the backups group, flattened (`backups.<key>`), in the handbooks' wording. */
export const backupsDe = {
  'backups.card.label': 'Backups',
  'backups.card.title': 'Backups',
  'backups.card.loadError': 'Die Backups konnten nicht geladen werden',
  'backups.card.notConfiguredTitle':
    'Für diese Umgebung sind keine Backups konfiguriert',
  'backups.card.notConfiguredDescription':
    'Unter environments.{{environment}}.backups (items, restoreTest) in der Release-Policy des Systems festlegen.',
  'backups.items.label': 'Backup-Einträge',
  'backups.items.item': 'Backup',
  'backups.items.status': 'Status',
  'backups.items.age': 'Alter',
  'backups.items.detail': 'Details',
  'backups.items.source': 'Quelle',
  'backups.items.walLag': 'Verzögerung der WAL-Archivierung · {{kind}}',
  'backups.restoreTest.label': 'Restore-Test',
  'backups.restoreTest.title': 'Restore-Test',
  'backups.restoreTest.lastPassed': ' (zuletzt bestanden {{at}})',
  'backups.restoreTest.report': 'Bericht',
  'backups.restoreTest.notConfigured':
    'Für diese Umgebung ist kein Restore-Test konfiguriert (environments.{{environment}}.backups.restoreTest).',
  'backups.restoreTest.record': 'Restore-Test erfassen',
  'backups.restoreTest.notRecorded':
    'Der Restore-Test von {{environment}} wird aus {{source}} gelesen, nicht von Personen erfasst (backups.restoreTest.source: records).',
  'backups.restoreTest.itsSource': 'seiner Quelle',
  'backups.restoreTest.recordsLoadError':
    'Die erfassten Restore-Tests konnten nicht geladen werden',
  'backups.restoreTest.noRecords': 'Es wurde noch kein Restore-Test erfasst.',
  'backups.records.label': 'Erfasste Restore-Tests',
  'backups.records.testedAt': 'Getestet am',
  'backups.records.outcome': 'Ergebnis',
  'backups.records.report': 'Bericht',
  'backups.records.reason': 'Begründung',
  'backups.records.recordedBy': 'Erfasst von',
  'backups.records.reportLink': 'Bericht',
  'backups.records.passed': 'bestanden',
  'backups.records.failed': 'fehlgeschlagen',
  'backups.dialog.title': 'Restore-Test von {{environment}} erfassen',
  'backups.dialog.submit': 'Erfassen',
  'backups.dialog.testedAt': 'Getestet am',
  'backups.dialog.testedAtHelp':
    'Wann der Restore lief (Ihre Ortszeit); innerhalb des letzten Jahres.',
  'backups.dialog.outcome': 'Ergebnis',
  'backups.dialog.reportLink': 'Link zum Bericht',
  'backups.dialog.reportLinkHelp': 'Ein http(s)-Link zum Restore-Bericht.',
  'backups.dialog.reasonHelp':
    'Mindestens 3 Zeichen, z. B. was wiederhergestellt und geprüft wurde.',
};
