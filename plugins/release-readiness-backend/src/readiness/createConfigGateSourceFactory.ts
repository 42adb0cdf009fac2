import {
  safeHttpUrl,
  type GateChecks,
} from '@release-readiness/plugin-release-readiness-common';
import {
  GateSourceFactory,
  readConfigWithSchema,
  SourceUnavailableError,
} from '@release-readiness/plugin-release-readiness-node';
import { z } from 'zod';

const state = z
  .enum(['passed', 'failed', 'pending'])
  .describe('The check result.');

/** A link the board renders: http(s) only, so that configuration cannot smuggle in `javascript:`. */
const httpUrl = z.string().refine(value => safeHttpUrl(value) !== undefined, {
  message: 'expected an http:// or https:// URL',
});

/** The `gates.config` block of the built-in `config` gate source. */
export const configGatesSchema = z
  .object({
    ref: z
      .string()
      .min(1)
      .optional()
      .describe('The release the results are for, e.g. v1.4.2.'),
    refUrl: httpUrl.optional().describe('A link to that release.'),
    checks: z
      .record(
        z.string().min(1),
        z.union([
          state,
          z.object({
            state,
            url: httpUrl.optional().describe('A link to the run.'),
            detail: z.string().optional().describe('Shown with the result.'),
            at: z.iso
              .datetime({ offset: true })
              .optional()
              .describe('When it was reported, ISO 8601 with offset.'),
          }),
        ]),
      )
      .describe(
        'Results by check name: a state, or { state, url, detail, at }.',
      ),
  })
  .meta({
    title: 'Configured gate results',
    description:
      'Check results declared in the policy (gates.source: config), for demos and results fed in at deploy time.',
  });

/**
 * The built-in `config` gate source: check results declared in a system's policy
 * (`environments.<env>.gates.config`), for demos, tests and teams that feed
 * results in at deploy time. It never calls anything.
 */
export function createConfigGateSourceFactory(): GateSourceFactory {
  return {
    type: 'config',
    create({ environment, system, config, keyPrefix }) {
      const parsed = readConfigWithSchema(
        config,
        'gates.config',
        configGatesSchema,
        keyPrefix,
      );
      const value: GateChecks = {
        ...((parsed.ref || parsed.refUrl) && {
          ref: {
            ...(parsed.ref && { name: parsed.ref }),
            ...(parsed.refUrl && { url: parsed.refUrl }),
          },
        }),
        checks: Object.entries(parsed.checks).map(([name, result]) =>
          typeof result === 'string'
            ? { name, state: result }
            : { name, ...result },
        ),
      };
      return {
        key: `config:${system}/${environment}`,
        name: 'config',
        ...(parsed.ref && { defaultRef: parsed.ref }),
        async getChecks({ ref }) {
          if (ref && ref !== parsed.ref) {
            throw new SourceUnavailableError(
              'NOT_FOUND',
              `No results are configured for '${ref}' (only for ${
                parsed.ref ? `'${parsed.ref}'` : 'the default ref'
              })`,
            );
          }
          return value;
        },
      };
    },
  };
}
