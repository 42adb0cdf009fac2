import { mockServices } from '@backstage/backend-test-utils';
import type { Config } from '@backstage/config';
// ajv (8, in the root node_modules) is what editors' schema checks are modelled on; it is not in
// this package's devDependencies yet (the lead adds it), hence the exception.
import Ajv from 'ajv';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { stringify } from 'yaml';
import { readBackupDefinitions } from '../backups/readBackupDefinitions';
import { readDecisionPolicies } from '../decisions/readDecisionPolicies';
import { readEnvironments } from '../environments/readEnvironments';
import { createConfigOnCallSourceFactory } from '../people/createConfigOnCallSourceFactory';
import { readRaciConfig } from '../people/readRaciConfig';
import { createConfigGateSourceFactory } from '../readiness/createConfigGateSourceFactory';
import { readReadinessPolicies } from '../readiness/readReadinessPolicies';
import { readRefPatterns } from '../readiness/readRefPatterns';
import { readRunningRefRules } from '../readiness/readRunningRefRules';
import { readRollbackPolicies } from '../rollbacks/readRollbackPolicies';
import { readSlaDefinitions } from '../sla/readSlaDefinitions';
import { parsePolicyFile } from './parsePolicyFile';
import { teamPolicyJsonSchema } from './teamPolicyJsonSchema';
import { teamPolicySchema } from './teamPolicySchema';

const PACKAGE = resolve(__dirname, '../..');
const SCHEMA_FILE = resolve(PACKAGE, 'schema/team-policy.schema.json');
const TEAMS = resolve(PACKAGE, '../../examples/teams');
const URL = 'http://git.example/team/release-readiness.yaml';
const OUT_OF_DATE =
  'schema/team-policy.schema.json is out of date with the zod schemas. Regenerate it in ' +
  'plugins/release-readiness-backend with: node --require ' +
  '@backstage/cli/config/nodeTransform.cjs scripts/generate-team-policy-schema.js';
const MODELINE = /^# yaml-language-server: \$schema=(\S+)\n/;

const ajv = new Ajv({ allErrors: true, strict: true, validateFormats: false });
const validate = ajv.compile(teamPolicyJsonSchema());

/** What the backend does with a team's file: its readers, each validating its block. */
function readWithBackend(config: Config): void {
  const system = { name: 'team', config, prefix: '', owner: 'team' as const };
  const environments = readEnvironments(system);
  readRaciConfig(system, environments);
  createConfigOnCallSourceFactory(system);
  readReadinessPolicies(system, environments);
  readSlaDefinitions(environments);
  readBackupDefinitions(environments);
  readDecisionPolicies(environments);
  readRollbackPolicies(environments);
  readRunningRefRules(environments);
  readRefPatterns(environments);
  const configGates = createConfigGateSourceFactory();
  for (const e of environments) {
    if (e.config.getOptionalString('gates.source') === 'config') {
      configGates.create({
        environment: e.summary.name,
        system: e.system,
        config: e.config,
        keyPrefix: e.keyPrefix,
        owner: e.owner,
        logger: mockServices.logger.mock(),
      });
    }
  }
}

const teamFiles = readdirSync(TEAMS)
  .map(team => resolve(TEAMS, team, 'release-readiness.yaml'))
  .filter(file => existsSync(file));

describe('teamPolicyJsonSchema', () => {
  it('is the checked-in schema/team-policy.schema.json (regenerated from the zod schemas)', () => {
    const checkedIn: unknown = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
    const generated: unknown = JSON.parse(
      JSON.stringify(teamPolicyJsonSchema()),
    );
    try {
      expect(checkedIn).toStrictEqual(generated);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new Error(`${OUT_OF_DATE}\n\n${detail}`);
    }
  });

  it('describes every property it declares', () => {
    const undescribed: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') {
        return;
      }
      for (const [key, child] of Object.entries(node)) {
        if (key === 'properties' && child && typeof child === 'object') {
          for (const [name, property] of Object.entries<unknown>(child)) {
            const described =
              typeof property === 'object' &&
              property !== null &&
              'description' in property &&
              typeof property.description === 'string';
            if (!described) {
              undescribed.push(`${path}.${name}`);
            }
            walk(property, `${path}.${name}`);
          }
        } else {
          walk(child, `${path}/${key}`);
        }
      }
    };
    walk(teamPolicyJsonSchema(), '');
    expect(undescribed).toEqual([]);
  });

  describe.each(teamFiles.map(file => [file.slice(TEAMS.length + 1), file]))(
    'the example %s',
    (_name, file) => {
      const text = readFileSync(file, 'utf8');

      it('names the checked-in schema in its first line', () => {
        const modeline = MODELINE.exec(text);
        expect(modeline).not.toBeNull();
        expect(resolve(dirname(file), modeline![1])).toBe(SCHEMA_FILE);
      });

      it('is valid by the JSON Schema, the zod schema and the backend', () => {
        const config = parsePolicyFile(text, URL);
        const data = config.get();
        expect(validate(data) ? [] : validate.errors).toEqual([]);
        expect(teamPolicySchema.safeParse(data).error?.issues).toBeUndefined();
        expect(() => readWithBackend(config)).not.toThrow();
      });
    },
  );

  it('covers example files', () => {
    expect(teamFiles.length).toBeGreaterThan(0);
  });
});

describe('a broken policy file', () => {
  /** A small valid policy; each case breaks one thing in a copy of it. */
  const valid = () => ({
    environments: {
      prod: {
        title: 'Production',
        order: 1,
        readiness: {
          gates: { release: { title: 'Release gate', checks: ['lint'] } },
          preconditions: {
            'no-p1': { type: 'incident-free', severities: ['P1'] },
          },
        },
      },
    },
    raci: {
      roles: { captain: { members: ['group:default/captains'] } },
      activities: {
        'go-no-go': {
          title: 'Go/no-go',
          responsible: ['captain'],
          accountable: ['captain'],
        },
      },
    },
  });
  type Policy = ReturnType<typeof valid>;

  /** Checks a file with all three: the JSON Schema (ajv), the zod schema and the backend. */
  function check(policy: object) {
    const config = parsePolicyFile(stringify(policy), URL);
    const data = config.get();
    const ok = validate(data);
    let backend: string | undefined;
    try {
      readWithBackend(config);
    } catch (error) {
      backend = String(error);
    }
    return {
      ajv: ok ? [] : validate.errors ?? [],
      zod: teamPolicySchema.safeParse(data).error?.issues ?? [],
      backend,
    };
  }

  it('starts from a policy that passes all three', () => {
    expect(check(valid())).toEqual({ ajv: [], zod: [], backend: undefined });
  });

  it('may name its schema with a $schema key instead of the modeline', () => {
    expect(
      check({ $schema: '../schema/team-policy.schema.json', ...valid() }),
    ).toEqual({ ajv: [], zod: [], backend: undefined });
  });

  it.each<[string, (p: Policy) => object, Record<string, unknown>, string]>([
    [
      'an unknown key (a strict block)',
      p => {
        Object.assign(p.raci.roles.captain, { nickname: 'cap' });
        return p;
      },
      {
        instancePath: '/raci/roles/captain',
        params: { additionalProperty: 'nickname' },
      },
      "'raci.roles.captain'",
    ],
    [
      'a wrong type',
      p => {
        Object.assign(p.environments.prod, { order: 'first' });
        return p;
      },
      { instancePath: '/environments/prod/order', keyword: 'type' },
      "'environments.prod.order'",
    ],
    [
      'a missing required field',
      p => {
        const { title: _title, ...prod } = p.environments.prod;
        return { ...p, environments: { prod } };
      },
      {
        instancePath: '/environments/prod',
        params: { missingProperty: 'title' },
      },
      "'environments.prod.title'",
    ],
    [
      'an unknown value of an enum',
      p => {
        p.environments.prod.readiness.preconditions['no-p1'].type =
          'incident-fre';
        return p;
      },
      { instancePath: '/environments/prod/readiness/preconditions/no-p1' },
      "'environments.prod.readiness.preconditions.no-p1.type'",
    ],
  ])('%s is refused by all three', (_case, breakIt, ajvError, backendKey) => {
    const result = check(breakIt(valid()));
    expect(result.ajv).toContainEqual(expect.objectContaining(ajvError));
    expect(result.zod).not.toEqual([]);
    expect(result.backend).toContain(`Invalid configuration at ${backendKey}`);
  });

  it('an unknown top-level key is refused by the JSON Schema and the zod schema', () => {
    const result = check({ ...valid(), owners: ['group:default/captains'] });
    expect(result.ajv).toContainEqual(
      expect.objectContaining({
        instancePath: '',
        params: { additionalProperty: 'owners' },
      }),
    );
    expect(result.zod).toContainEqual(
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['owners'] }),
    );
  });

  it('an environment name the backend refuses is refused by the JSON Schema', () => {
    const p = valid();
    const result = check({ ...p, environments: { Prod: p.environments.prod } });
    expect(result.ajv).toContainEqual(
      expect.objectContaining({ keyword: 'propertyNames' }),
    );
    expect(result.zod).not.toEqual([]);
    expect(result.backend).toContain(
      "Invalid configuration at 'environments.Prod'",
    );
  });
});
