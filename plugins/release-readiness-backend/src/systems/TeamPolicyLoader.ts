import {
  AuthService,
  LoggerService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import type { ScmIntegrationRegistry } from '@backstage/integration';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { RELEASE_READINESS_POLICY_ANNOTATION } from '@release-readiness/plugin-release-readiness-common';
import { createHash } from 'node:crypto';
import { classifySourceError } from '../collector/classifySourceError';
import type { SystemRuntime } from './createSystemRuntime';
import { parsePolicyFile } from './parsePolicyFile';
import { policyUrlOf } from './policyUrlOf';
import type { SystemConfigRoot } from './SystemConfigRoot';
import { SystemRegistry } from './SystemRegistry';

/** Builds a system's runtime from its policy (throws naming the key of a bad value). */
export type SystemRuntimeFactory = (
  system: SystemConfigRoot,
  owner?: string,
) => Promise<SystemRuntime>;

const FILTER = {
  kind: 'system',
  [`metadata.annotations.${RELEASE_READINESS_POLICY_ANNOTATION}`]:
    CATALOG_FILTER_EXISTS,
};

/** A look-up of an unknown system is not repeated within this time. */
const LOOK_UP_INTERVAL_MS = 10_000;

/**
 * Reads the policy files of the catalog's Systems (annotation `release-readiness.io/policy`)
 * with Backstage's URL reader and keeps the registry's systems in step: a new or changed file
 * builds a new runtime; an unchanged one is left alone; a broken one marks its system with the
 * error (naming the file and key) and keeps the last good policy; a System that lost its
 * annotation disappears. A broken file never affects another system.
 */
export class TeamPolicyLoader {
  readonly #catalog: CatalogService;
  readonly #auth: AuthService;
  readonly #urlReader: UrlReaderService;
  readonly #integrations: ScmIntegrationRegistry;
  readonly #registry: SystemRegistry;
  readonly #create: SystemRuntimeFactory;
  readonly #logger: LoggerService;
  /** Names of systems from the portal's configuration: a file never replaces those. */
  readonly #reserved: Set<string>;
  readonly #hashes = new Map<string, string>();
  readonly #lookedUp = new Map<string, number>();
  #running?: Promise<void>;

  constructor(options: {
    catalog: CatalogService;
    auth: AuthService;
    urlReader: UrlReaderService;
    integrations: ScmIntegrationRegistry;
    registry: SystemRegistry;
    create: SystemRuntimeFactory;
    logger: LoggerService;
    reserved: string[];
  }) {
    this.#catalog = options.catalog;
    this.#auth = options.auth;
    this.#urlReader = options.urlReader;
    this.#integrations = options.integrations;
    this.#registry = options.registry;
    this.#create = options.create;
    this.#logger = options.logger;
    this.#reserved = new Set(options.reserved);
  }

  /** Reads every team's policy file again (one run at a time). */
  refresh(): Promise<void> {
    if (!this.#running) {
      this.#running = this.#refreshAll().finally(() => {
        this.#running = undefined;
      });
    }
    return this.#running;
  }

  /** Looks one system up in the catalog that the registry does not know yet. */
  async lookUp(name: string): Promise<void> {
    const last = this.#lookedUp.get(name) ?? 0;
    if (this.#reserved.has(name) || Date.now() - last < LOOK_UP_INTERVAL_MS) {
      return;
    }
    this.#lookedUp.set(name, Date.now());
    const entity = await this.#catalog.getEntityByRef(
      { kind: 'system', namespace: 'default', name },
      { credentials: await this.#auth.getOwnServiceCredentials() },
    );
    if (entity?.metadata.annotations?.[RELEASE_READINESS_POLICY_ANNOTATION]) {
      await this.#load(entity);
    }
  }

  async #refreshAll(): Promise<void> {
    const { items } = await this.#catalog.getEntities(
      { filter: FILTER },
      { credentials: await this.#auth.getOwnServiceCredentials() },
    );
    const seen = new Set<string>();
    for (const entity of items) {
      const name = entity.metadata.name;
      if (this.#reserved.has(name) || seen.has(name)) {
        continue;
      }
      seen.add(name);
      await this.#load(entity);
    }
    for (const name of this.#registry.names()) {
      if (!this.#reserved.has(name) && !seen.has(name)) {
        this.#logger.info(`System ${name} has no policy file any more`);
        this.#registry.remove(name);
        this.#hashes.delete(name);
      }
    }
  }

  async #load(entity: Entity): Promise<void> {
    const name = entity.metadata.name;
    const facts = {
      name,
      title: entity.metadata.title ?? name,
      entityRef: stringifyEntityRef(entity),
      owner:
        typeof entity.spec?.owner === 'string'
          ? ownerRefOf(entity.spec.owner, entity.metadata.namespace)
          : undefined,
    };
    const located = policyUrlOf(entity, this.#integrations);
    const location = 'url' in located ? located.url : facts.entityRef;
    const previous = this.#registry.entry(name);
    const fail = (error: string) => {
      this.#logger.warn(`Policy of system ${name} not used: ${error}`);
      this.#registry.set({
        ...facts,
        policy: {
          origin: 'file',
          location,
          status: 'error',
          error,
          ...(previous?.policy.loadedAt && {
            loadedAt: previous.policy.loadedAt,
          }),
        },
        ...(previous?.runtime && { runtime: previous.runtime }),
      });
    };
    if ('error' in located) {
      fail(`System ${facts.entityRef} ${located.error}`);
      return;
    }
    let text: string;
    try {
      const response = await this.#urlReader.readUrl(located.url);
      text = (await response.buffer()).toString('utf8');
    } catch (error) {
      const { type, message } = classifySourceError(error);
      fail(`${located.url} could not be read: ${message} (${type})`);
      return;
    }
    const hash = createHash('sha256').update(text).digest('hex');
    if (this.#hashes.get(name) === hash && previous?.policy.status === 'ok') {
      return;
    }
    try {
      const config = parsePolicyFile(text, located.url);
      const runtime = await this.#create(
        { name, config, prefix: '', owner: 'team' },
        facts.owner,
      );
      this.#hashes.set(name, hash);
      this.#registry.set({
        ...facts,
        policy: {
          origin: 'file',
          location: located.url,
          status: 'ok',
          loadedAt: new Date().toISOString(),
        },
        runtime,
      });
      this.#logger.info(
        `Read the policy of system ${name} from ${located.url}`,
      );
    } catch (error) {
      this.#hashes.delete(name);
      const message = (error as Error).message;
      fail(
        message.startsWith(located.url)
          ? message
          : `${located.url}: ${message}`,
      );
    }
  }
}

function ownerRefOf(owner: string, namespace = 'default'): string | undefined {
  try {
    return stringifyEntityRef(
      parseEntityRef(owner, {
        defaultKind: 'group',
        defaultNamespace: namespace,
      }),
    );
  } catch {
    return undefined;
  }
}
