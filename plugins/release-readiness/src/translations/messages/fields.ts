/**
 * English messages of the fields group (the default language). Keys are nested; the translation
 * functions see them flattened (`fields.<key>`).
 */
export const fieldsMessages = {
  common: {
    retry: 'Retry',
    loading: 'Loading',
    or: 'or',
    none: 'none',
    noVersion: 'no version',
  },
  system: {
    label: 'System',
    loadError: 'Could not load the systems',
    empty: 'No systems have a release policy yet.',
  },
  environment: {
    label: 'Environment',
    loadError: 'Could not load the environments of {{system}}',
    empty:
      '{{system}} has no environments (its release policy has not been read).',
  },
  version: {
    label: 'Version',
    loadError: 'Could not load the versions',
    noneKnown:
      'No versions are known in {{environment}} or before it: type one.',
    digest: 'Image digest (optional)',
    ref: 'Release ref (optional)',
    refHelp: 'The tag or branch the gates are judged for',
  },
  decision: {
    label: 'Decision',
    loadError: 'Could not load the decisions of {{system}}',
    empty: '{{system}} has no {{statuses}} decisions.',
    requestedBy: '{{status}}, requested by {{requester}}',
  },
  decisionStatus: {
    open: 'open',
    go: 'go',
    noGo: 'no-go',
    expired: 'expired',
    invalidated: 'invalidated',
  },
  item: {
    label: 'Readiness item',
    loadError: 'Could not load the decision',
    empty: 'Nothing to waive: the decision has no blocking items left.',
    option: '{{title}} ({{status}})',
  },
  itemStatus: {
    fail: 'fail',
    unknown: 'unknown',
  },
  workload: {
    label: 'Workload',
    loadError: 'Could not load the workloads of {{environment}}',
    empty: '{{environment}} runs no Deployment, StatefulSet or DaemonSet.',
    unavailable: 'The workload source gave no workloads.',
    stale:
      'The workload source is stale: these are the workloads as of {{time}}.',
    unknownTime: 'an unknown time',
    option: '{{workload}} — {{version}}',
    managedBy: 'Managed by {{tool}}',
    managedByRelease: 'Managed by {{tool}} ({{release}})',
  },
  revision: {
    label: 'Revision',
    loadError: 'Could not load the revisions of {{workload}}',
    unavailable: 'The revisions could not be read.',
    empty: '{{workload}} has no revisions to roll back to.',
    strategy: 'Rolled back by the {{strategy}} strategy',
    previous: 'The previous revision (default)',
    option: '{{revision}} — {{version}}',
    current: '{{revision}} — {{version}} (current)',
    noImages: 'no images',
    created: 'created {{time}}',
    changeCause: 'change cause: {{cause}}',
  },
  problem: {
    environmentFieldMissing:
      'This template does not set ui:options.environmentField (the form field with the environment).',
    decisionFieldMissing:
      'This template does not set ui:options.decisionField (the form field with the decision).',
    chooseEnvironment: 'Choose the environment first.',
    chooseDecision: 'Choose the decision first.',
  },
  validation: {
    statusOption:
      'ui:options.status must list decision statuses ({{statuses}})',
    environmentFieldMissing:
      'The template does not set ui:options.environmentField for this field',
    decisionFieldMissing:
      'The template does not set ui:options.decisionField for this field',
    revisionFieldsMissing:
      'The template does not set ui:options.environmentField and ui:options.workloadField for this field',
    chooseSystemEnvironment: 'Choose a system and one of its environments',
    chooseEnvironment: 'Choose the environment first',
    chooseDecision: 'Choose the decision first',
    chooseWorkload: 'Choose the workload first',
    environmentOfOther: 'Choose an environment of {{fixed}}, not of {{system}}',
    noEnvironment:
      "{{system}} has no environment '{{environment}}' (it has: {{environments}})",
    unknownSystem: "Unknown system '{{system}}'",
    enterVersion: 'Enter the version, e.g. 1.4.2',
    versionChars:
      'The version may hold only letters, digits and . _ + / - (at most 200)',
    digest: 'The digest must be sha256:<64 hex digits>',
    ref: 'The release ref must be a tag or branch name without spaces (at most 200)',
    chooseADecision: 'Choose a decision',
    decisionOfOther: 'Choose a decision of {{fixed}}, not of {{system}}',
    decisionStatus: 'The decision is {{status}}, not {{statuses}}',
    noDecision: "{{system}} has no decision '{{id}}'",
    chooseItem: 'Choose the item to waive',
    notBlocking:
      "'{{item}}' does not block this decision (blocking: {{items}})",
    waivedAlready: "'{{item}}' was waived already",
    chooseKind: 'Choose a Deployment, StatefulSet or DaemonSet',
    noWorkload: "{{environment}} has no {{kind}} '{{name}}'",
    wholeRevision: 'The revision must be a whole number, e.g. 3',
    noPrevious: '{{workload}} has no previous revision to roll back to',
    noRevision:
      '{{workload}} has no revision {{revision}} (it has: {{revisions}})',
    currentRevision:
      'Revision {{revision}} is the current one: choose an older one',
  },
  checkFailed: {
    environment: 'Could not check the environment: {{reason}}',
    decision: 'Could not check the decision: {{reason}}',
    item: 'Could not check the item: {{reason}}',
    workload: 'Could not check the workload: {{reason}}',
    revision: 'Could not check the revision: {{reason}}',
  },
  checkFailedReason: {
    apiMissing: 'the release-readiness API is not installed',
    answered: 'the release-readiness backend answered {{status}}',
    unreachable: 'the release-readiness backend could not be reached',
    workloadSource: 'the workload source of {{environment}} is unavailable',
    revisions: 'the revisions of {{workload}} are unavailable',
  },
} as const;
