/**
 * English messages of the rollbacks group (the default language). Keys are nested; the translation
 * functions see them flattened (`rollbacks.<key>`).
 */
export const rollbacksMessages = {
  button: {
    label: 'Roll back…',
    ariaLabel: 'Roll back {{kind}} {{name}}',
    checking: 'Checking the revisions…',
    airGapped:
      '{{environment}} is air-gapped: its workloads come from an offline snapshot and cannot be rolled back from the portal',
    noEarlierRevision: 'There is no earlier revision to roll back to',
  },
  history: {
    title: 'Rollbacks',
    loadError: 'Could not load the rollbacks',
    emptyTitle: 'No rollbacks',
    emptyDescription:
      'Nobody has rolled a workload of {{environment}} back from the portal yet. "Roll back…" on a workload starts one.',
  },
  item: {
    ariaLabel: 'Rollback of {{kind}} {{name}}',
    dryRun: 'dry run: nothing written',
    changes: 'Changes',
    by: 'By {{actor}}: {{reason}}',
    freezeOverride: '(freeze override: {{reason}})',
    finished:
      'Strategy {{strategy}} · started {{startedAt}} · finished {{finishedAt}}',
    notFinished: 'Strategy {{strategy}} · started {{startedAt}} · not finished',
    pipelineRun: 'Pipeline run:',
    run: 'run {{id}}',
    revision: 'revision {{revision}}',
    revisionVersion: 'revision {{revision}} ({{version}})',
  },
  outcome: {
    succeeded: 'succeeded',
    inProgress: 'in-progress',
    failed: 'failed',
    conflict: 'conflict',
    refused: 'refused',
    skipped: 'skipped',
    dryRun: 'dry-run',
  },
  verification: {
    label: 'Verification',
    status: 'Verification: {{status}}',
    pending: 'pending',
    passed: 'passed',
    failed: 'failed',
    timedOut: 'timed out',
    notRun: 'not run',
  },
  followUps: {
    title: 'Follow-ups',
    communication: 'Communication: {{status}}',
    done: 'done',
    doneBy: 'done by {{by}}',
    notDone: 'not done yet',
    markCommunicationDone: 'Mark communication done',
    postMortemDue: 'Post-mortem due {{dueAt}}, owner:',
    noOwner: 'none yet',
    ownPostMortem: 'I own the post-mortem',
    postMortem: 'Post-mortem:',
    noLink: 'no link yet',
    linkField: 'Post-mortem link',
    addLink: 'Add link',
    saveError: 'Could not save the follow-up: {{message}}',
    failed: 'The follow-up failed',
  },
} as const;
