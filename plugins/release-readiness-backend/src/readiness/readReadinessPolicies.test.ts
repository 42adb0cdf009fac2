import { ConfigReader } from '@backstage/config';
import { readEnvironments } from '../environments/readEnvironments';
import { readReadinessPolicies } from './readReadinessPolicies';

const calendar = {
  windows: {
    'weekend-freeze': {
      title: 'Weekend change freeze',
      kind: 'freeze',
      recurrence:
        'DTSTART;TZID=UTC:20240105T160000\nRRULE:FREQ=WEEKLY;BYDAY=FR',
      duration: 'P2DT16H',
      exemptChangeTypes: ['hotfix-p0', 'hotfix-p1'],
    },
    'peak-hours': {
      title: 'Peak traffic: no prod deploys',
      kind: 'freeze',
      recurrence:
        'DTSTART;TZID=Europe/Berlin:20240101T080000\nRRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
      duration: 'PT10H',
      environments: ['prod'],
    },
  },
};

function read(data: object) {
  const config = new ConfigReader({ releaseReadiness: data });
  return readReadinessPolicies(config, readEnvironments(config));
}

describe('readReadinessPolicies', () => {
  it('reads gates, preconditions with their defaults, and the windows that apply per environment', () => {
    const policies = read({
      calendar,
      environments: {
        stage: {
          title: 'Staging',
          order: 2,
          readiness: {
            gates: {
              release: {
                title: 'Release gate',
                checks: ['lint', 'test', 'build'],
              },
            },
          },
        },
        prod: {
          title: 'Production',
          order: 3,
          readiness: {
            defaultRisk: 'normal',
            gates: {
              staging: {
                title: 'Staging gate',
                source: 'manual',
                checks: ['smoke-tests', 'health-200'],
                required: 1,
                enforcement: 'warn',
              },
            },
            preconditions: {
              'no-p1-p2': {
                type: 'incident-free',
                severities: ['P0', 'P1', 'P2'],
              },
              backup: { type: 'backup-age', maxAge: 'PT24H' },
              'restore-test': { type: 'restore-test-age', maxAge: 'P30D' },
              'on-call': { type: 'oncall-reachable' },
              window: {
                type: 'change-window',
                requireReleaseWindow: true,
                releaseWindowExemptChangeTypes: ['hotfix-p0'],
              },
            },
          },
        },
        dev: { title: 'Development', order: 1 },
      },
    });

    expect([...policies.keys()]).toEqual(['stage', 'prod']);
    const stage = policies.get('stage')!;
    expect(stage.gates).toEqual([
      {
        id: 'release',
        title: 'Release gate',
        source: 'ci',
        checks: ['lint', 'test', 'build'],
        required: 3,
        enforcement: 'block',
        // Defaults: only success passes, any producer, no expiry, R and A of go-no-go set results.
        acceptConclusions: [],
        producers: {},
        setBy: { activity: 'go-no-go', as: ['responsible', 'accountable'] },
      },
    ]);
    expect(stage.windows.map(w => w.id)).toEqual(['weekend-freeze']);

    const prod = policies.get('prod')!;
    expect(prod.windows.map(w => w.id)).toEqual([
      'weekend-freeze',
      'peak-hours',
    ]);
    expect(prod.gates[0]).toMatchObject({
      source: 'manual',
      required: 1,
      enforcement: 'warn',
    });
    expect(prod.preconditions.map(p => [p.id, p.type, p.title])).toEqual([
      ['no-p1-p2', 'incident-free', 'No open P0/P1/P2 incident'],
      ['backup', 'backup-age', 'Backup younger than 24 h'],
      ['restore-test', 'restore-test-age', 'Restore test younger than 30 days'],
      ['on-call', 'oncall-reachable', 'On-call reachable'],
      ['window', 'change-window', 'Change window'],
    ]);
    expect(prod.preconditions[3]).toMatchObject({
      requireBackup: true,
      coverage: 'PT2H',
      enforcement: 'block',
    });
    expect(prod.changeTypes).toEqual(['standard', 'hotfix-p0', 'hotfix-p1']);
    expect(prod.defaultRisk).toBe('normal');
  });

  it.each([
    [
      'an invalid recurrence',
      {
        calendar: {
          windows: {
            'weekend-freeze': {
              ...calendar.windows['weekend-freeze'],
              recurrence: 'RRULE:FREQ=WEEKLY',
            },
          },
        },
      },
      "Invalid configuration at 'releaseReadiness.calendar.windows.weekend-freeze.recurrence': needs a DTSTART line",
    ],
    [
      'an invalid duration',
      {
        calendar: {
          windows: {
            'weekend-freeze': {
              ...calendar.windows['weekend-freeze'],
              duration: '2 days',
            },
          },
        },
      },
      "Invalid configuration at 'releaseReadiness.calendar.windows.weekend-freeze.duration': '2 days' is not an ISO 8601 duration",
    ],
    [
      'a window for an unknown environment',
      {
        calendar: {
          windows: {
            'peak-hours': {
              ...calendar.windows['peak-hours'],
              environments: ['production'],
            },
          },
        },
      },
      "Invalid configuration at 'releaseReadiness.calendar.windows.peak-hours.environments': unknown environment production",
    ],
    [
      'more required checks than checks',
      {
        environments: {
          prod: {
            title: 'P',
            order: 1,
            readiness: {
              gates: { release: { title: 'R', checks: ['a'], required: 2 } },
            },
          },
        },
      },
      "Invalid configuration at 'releaseReadiness.environments.prod.readiness.gates.release.required': must not be more than the number of checks",
    ],
    [
      'an unknown precondition type',
      {
        environments: {
          prod: {
            title: 'P',
            order: 1,
            readiness: { preconditions: { x: { type: 'moon-phase' } } },
          },
        },
      },
      "Invalid configuration at 'releaseReadiness.environments.prod.readiness.preconditions.x.type'",
    ],
    [
      'an invalid severity',
      {
        environments: {
          prod: {
            title: 'P',
            order: 1,
            readiness: {
              preconditions: {
                i: { type: 'incident-free', severities: ['SEV1'] },
              },
            },
          },
        },
      },
      "Invalid configuration at 'releaseReadiness.environments.prod.readiness.preconditions.i.severities.0'",
    ],
    [
      'an invalid max age',
      {
        environments: {
          prod: {
            title: 'P',
            order: 1,
            readiness: {
              preconditions: { b: { type: 'backup-age', maxAge: '24h' } },
            },
          },
        },
      },
      "Invalid configuration at 'releaseReadiness.environments.prod.readiness.preconditions.b.maxAge'",
    ],
    [
      'a producer pin for a check the gate does not have',
      {
        environments: {
          prod: {
            title: 'P',
            order: 1,
            readiness: {
              gates: {
                g: { title: 'G', checks: ['a'], producers: { b: 'status' } },
              },
            },
          },
        },
      },
      "Invalid configuration at 'releaseReadiness.environments.prod.readiness.gates.g.producers': names a check that is not one of the gate's checks",
    ],
    [
      'a malformed producer',
      {
        environments: {
          prod: {
            title: 'P',
            order: 1,
            readiness: {
              gates: {
                g: {
                  title: 'G',
                  checks: ['a'],
                  producers: { a: 'github-actions' },
                },
              },
            },
          },
        },
      },
      "Invalid configuration at 'releaseReadiness.environments.prod.readiness.gates.g.producers.a': expected app:<github-app-slug>, status or status:<creator>",
    ],
    [
      'a gate max age that is not a duration',
      {
        environments: {
          prod: {
            title: 'P',
            order: 1,
            readiness: {
              gates: { g: { title: 'G', checks: ['a'], maxAge: '12 hours' } },
            },
          },
        },
      },
      "Invalid configuration at 'releaseReadiness.environments.prod.readiness.gates.g.maxAge'",
    ],
    [
      'setBy with both an activity and roles',
      {
        environments: {
          prod: {
            title: 'P',
            order: 1,
            readiness: {
              gates: {
                g: {
                  title: 'G',
                  source: 'manual',
                  checks: ['a'],
                  setBy: {
                    activity: 'go-no-go',
                    as: ['accountable'],
                    roles: ['qa'],
                  },
                },
              },
            },
          },
        },
      },
      "Invalid configuration at 'releaseReadiness.environments.prod.readiness.gates.g.setBy'",
    ],
  ])('names the key of %s', (_name, data, message) => {
    expect(() => read(data)).toThrow(message);
  });

  it('reads acceptConclusions, producer pins, maxAge and setBy of a gate', () => {
    const policies = read({
      environments: {
        prod: {
          title: 'P',
          order: 1,
          readiness: {
            gates: {
              release: {
                title: 'Release gate',
                checks: ['lint', 'deploy-check'],
                acceptConclusions: ['neutral'],
                producers: {
                  lint: 'app:github-actions',
                  'deploy-check': 'status',
                },
              },
              staging: {
                title: 'Staging gate',
                source: 'manual',
                checks: ['smoke-tests'],
                maxAge: 'PT12H',
                setBy: { roles: ['qa', 'release-captain'] },
              },
            },
          },
        },
      },
    });
    expect(policies.get('prod')!.gates).toEqual([
      expect.objectContaining({
        id: 'release',
        acceptConclusions: ['neutral'],
        producers: { lint: 'app:github-actions', 'deploy-check': 'status' },
      }),
      expect.objectContaining({
        id: 'staging',
        maxAge: 'PT12H',
        setBy: { roles: ['qa', 'release-captain'] },
      }),
    ]);
  });
});
