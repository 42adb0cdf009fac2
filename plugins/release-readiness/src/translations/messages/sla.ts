/**
 * English messages of the sla group (the default language). Keys are nested; the translation
 * functions see them flattened (`sla.<key>`).
 */
export const slaMessages = {
  card: {
    label: 'SLA',
    title: 'SLA',
    loadError: 'Could not load the SLA',
    notConfiguredTitle: 'No SLA objectives are configured for this environment',
    notConfiguredDescription:
      "Define them under environments.{{environment}}.sla (sla.source and sla.services) in the system's release policy.",
    partialData_one:
      'The source returned partial data ({{count}} warning): every result is unknown.',
    partialData_other:
      'The source returned partial data ({{count}} warnings): every result is unknown.',
  },
  service: {
    sloWindow: 'SLO window {{window}}',
    objectivesOf: 'Objectives of {{service}}',
    limitsOf: 'Post-deploy limits and rollback triggers of {{service}}',
  },
  objectives: {
    objective: 'Objective',
    target: 'Target',
    actual: 'Actual',
    requests: 'Requests',
    window: 'Window',
    status: 'Status',
    noData: 'no data',
    insufficientData: 'insufficient data',
    approximate: 'approximate',
    approximateTooltip:
      'The latency threshold is not a histogram bucket boundary: the value is interpolated.',
    roleSlo: 'SLO',
    rolePostDeploy: 'post-deploy limit',
    roleRollbackTrigger: 'rollback trigger',
  },
  target: {
    errorRate: '≤ {{target}} errors',
    latency: '≥ {{target}} within {{threshold}}',
  },
  status: {
    noData: 'No data',
    insufficientData: 'Insufficient data',
    firing: 'Firing',
    quiet: 'Quiet',
  },
  budget: {
    regionLabel: 'Error budget of {{service}}',
    heading: 'Error budget ({{objective}}):',
    noData: 'no data',
    left: '{{left}} left',
    overspent: 'overspent: {{left}} left',
    barLabel: 'Error budget left: {{text}}',
    sparklineLabel:
      'Error budget over the window: {{first}} left at {{firstAt}}, {{last}} at {{lastAt}}',
  },
  burnRates: {
    label: 'Burn rates of {{service}}',
    windows: 'Windows',
    threshold: 'Threshold',
    long: 'Long',
    short: 'Short',
    alert: 'Alert',
    noData: 'no data',
  },
} as const;
