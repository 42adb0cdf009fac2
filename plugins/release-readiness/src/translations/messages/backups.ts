/**
 * English messages of the backups group (the default language). Keys are nested; the translation
 * functions see them flattened (`backups.<key>`).
 */
export const backupsMessages = {
  card: {
    label: 'Backups',
    title: 'Backups',
    loadError: 'Could not load the backups',
    notConfiguredTitle: 'No backups are configured for this environment',
    notConfiguredDescription:
      "Define them under environments.{{environment}}.backups (items, restoreTest) in the system's release policy.",
  },
  items: {
    label: 'Backup items',
    item: 'Item',
    status: 'Status',
    age: 'Age',
    detail: 'Detail',
    source: 'Source',
    walLag: 'WAL archiving lag · {{kind}}',
  },
  restoreTest: {
    label: 'Restore test',
    title: 'Restore test',
    lastPassed: ' (last passed {{at}})',
    report: 'report',
    notConfigured:
      'No restore test is configured for this environment (environments.{{environment}}.backups.restoreTest).',
    record: 'Record a restore test',
    notRecorded:
      'The restore test of {{environment}} is read from {{source}}, not recorded by people (backups.restoreTest.source: records).',
    itsSource: 'its source',
    recordsLoadError: 'Could not load the restore-test records',
    noRecords: 'No restore test has been recorded yet.',
  },
  records: {
    label: 'Restore-test records',
    testedAt: 'Tested at',
    outcome: 'Outcome',
    report: 'Report',
    reason: 'Reason',
    recordedBy: 'Recorded by',
    reportLink: 'report',
    passed: 'passed',
    failed: 'failed',
  },
  dialog: {
    title: 'Record a restore test of {{environment}}',
    submit: 'Record',
    testedAt: 'Tested at',
    testedAtHelp:
      'When the restore ran (your local time); within the past year.',
    outcome: 'Outcome',
    reportLink: 'Report link',
    reportLinkHelp: 'An http(s) link to the restore report.',
    reasonHelp: 'At least 3 characters, e.g. what was restored and checked.',
  },
} as const;
