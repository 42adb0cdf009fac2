/**
 * English messages of the people group (the default language). Keys are nested; the translation
 * functions see them flattened (`people.<key>`).
 */
export const peopleMessages = {
  onCall: {
    title: 'On call',
    weeks: 'Weeks',
    loadError: 'Could not load the on-call rota',
    notConfiguredTitle: 'No on-call rota configured',
    notConfiguredDescription:
      'Set onCall.rotation (a rotation under releaseReadiness.onCall.rotations) or onCall.source: pagerduty for this environment.',
    gapsLabel: 'Rota gaps',
    gapsIntro_one: '{{count}} gap in the rota: ',
    gapsIntro_other: '{{count}} gaps in the rota: ',
    gapWithout: '{{range}} without {{missing}}',
    missingJoin: ' and ',
    gapsOutro:
      '. A gap during a release window fails the go-live precondition.',
    noGaps_one: 'No gaps in the next {{count}} week.',
    noGaps_other: 'No gaps in the next {{count}} weeks.',
    timesIn: 'Times in {{timeZone}}.',
    primary: 'Primary',
    backup: 'Backup',
    nobodyPrimary: 'Nobody is primary right now',
    nobodyBackup: 'Nobody is backup right now',
    nextHandover: 'Next handover:',
  },
  rota: {
    label: 'On-call rota',
    week: 'Week',
    primary: 'Primary',
    backup: 'Backup',
    nobody: 'nobody',
    gap: 'Gap: {{missing}} from {{from}}',
    noPrimary: 'no primary',
    noBackup: 'no backup',
    missingPrimary: 'primary',
    missingBackup: 'backup',
  },
  raci: {
    label: 'RACI',
    title: 'Who decides (RACI)',
    loadError: 'Could not load the RACI matrix',
    notConfiguredTitle: 'No RACI configured',
    notConfiguredDescription:
      'Map activities to roles and roles to catalog users or groups under releaseReadiness.raci in app-config.yaml.',
    matrixLabel: 'RACI matrix',
    activity: 'Activity',
    responsible: 'Responsible',
    accountable: 'Accountable',
    consulted: 'Consulted',
    informed: 'Informed',
    nobody: 'nobody',
  },
} as const;
