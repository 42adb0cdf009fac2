/** German messages of the sla group, flattened (`sla.<key>`), in the handbooks' wording. */
export const slaDe = {
  'sla.card.label': 'SLA',
  'sla.card.title': 'SLA',
  'sla.card.loadError': 'Das SLA konnte nicht geladen werden',
  'sla.card.notConfiguredTitle':
    'Für diese Umgebung sind keine SLA-Ziele konfiguriert',
  'sla.card.notConfiguredDescription':
    'Unter environments.{{environment}}.sla (sla.source und sla.services) in der Release-Policy des Systems festlegen.',
  'sla.card.partialData_one':
    'Die Quelle hat unvollständige Daten geliefert ({{count}} Warnung): jedes Ergebnis ist unbekannt.',
  'sla.card.partialData_other':
    'Die Quelle hat unvollständige Daten geliefert ({{count}} Warnungen): jedes Ergebnis ist unbekannt.',
  'sla.service.sloWindow': 'SLO-Zeitfenster {{window}}',
  'sla.service.objectivesOf': 'Ziele von {{service}}',
  'sla.service.limitsOf':
    'Post-Deploy-Grenzen und Rollback-Trigger von {{service}}',
  'sla.objectives.objective': 'Ziel',
  'sla.objectives.target': 'Sollwert',
  'sla.objectives.actual': 'Istwert',
  'sla.objectives.requests': 'Anfragen',
  'sla.objectives.window': 'Zeitfenster',
  'sla.objectives.status': 'Status',
  'sla.objectives.noData': 'keine Daten',
  'sla.objectives.insufficientData': 'zu wenig Daten',
  'sla.objectives.approximate': 'angenähert',
  'sla.objectives.approximateTooltip':
    'Die Latenzschwelle ist keine Bucket-Grenze des Histogramms: der Wert ist interpoliert.',
  'sla.objectives.roleSlo': 'SLO',
  'sla.objectives.rolePostDeploy': 'Post-Deploy-Grenze',
  'sla.objectives.roleRollbackTrigger': 'Rollback-Trigger',
  'sla.target.errorRate': '≤ {{target}} Fehler',
  'sla.target.latency': '≥ {{target}} innerhalb von {{threshold}}',
  'sla.status.noData': 'Keine Daten',
  'sla.status.insufficientData': 'Zu wenig Daten',
  'sla.status.firing': 'Ausgelöst',
  'sla.status.quiet': 'Ruhig',
  'sla.budget.regionLabel': 'Fehlerbudget von {{service}}',
  'sla.budget.heading': 'Fehlerbudget ({{objective}}):',
  'sla.budget.noData': 'keine Daten',
  'sla.budget.left': '{{left}} übrig',
  'sla.budget.overspent': 'überzogen: {{left}} übrig',
  'sla.budget.barLabel': 'Verbleibendes Fehlerbudget: {{text}}',
  'sla.budget.sparklineLabel':
    'Fehlerbudget über das Zeitfenster: {{first}} übrig am {{firstAt}}, {{last}} am {{lastAt}}',
  'sla.burnRates.label': 'Burn-Raten von {{service}}',
  'sla.burnRates.windows': 'Zeitfenster',
  'sla.burnRates.threshold': 'Schwelle',
  'sla.burnRates.long': 'Lang',
  'sla.burnRates.short': 'Kurz',
  'sla.burnRates.alert': 'Alarm',
  'sla.burnRates.noData': 'keine Daten',
};
