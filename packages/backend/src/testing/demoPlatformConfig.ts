/**
 * What the demo's platform owns for the teams that do not run on Kubernetes, as in
 * app-config.yaml: no cluster for them (only Servanda may name one), the hosts their health
 * checks may probe (the demo app endpoint), the organisation-wide weekend freeze; team files are
 * re-read every 300 ms so tests see an edit at once.
 */
export const demoPlatformConfig = {
  teamFiles: {
    refresh: {
      frequency: { milliseconds: 300 },
      timeout: { seconds: 10 },
    },
  },
  http: { allowedHosts: ['localhost:7011'] },
  limits: {
    clusters: { bySystem: { servanda: ['demo-cluster'] } },
  },
  calendar: {
    windows: {
      'weekend-freeze': {
        title: 'Weekend change freeze',
        kind: 'freeze',
        recurrence:
          'DTSTART;TZID=UTC:20240105T160000\nRRULE:FREQ=WEEKLY;BYDAY=FR',
        duration: 'P2DT16H',
        exemptChangeTypes: ['hotfix-p0', 'hotfix-p1'],
      },
    },
  },
};
