import { InputError } from '@backstage/errors';
import { loadAllYaml, loadYaml } from '@kubernetes/client-node';
import { describeYamlError } from '../config/describeYamlError';
import {
  emptyKubernetesObjects,
  KubernetesObjects,
} from '../parsing/KubernetesObjects';

const BUCKETS: Record<string, keyof KubernetesObjects> = {
  Deployment: 'deployments',
  StatefulSet: 'statefulSets',
  DaemonSet: 'daemonSets',
  ReplicaSet: 'replicaSets',
  Pod: 'pods',
  CronJob: 'cronJobs',
  Job: 'jobs',
  HorizontalPodAutoscaler: 'autoscalers',
};

/**
 * Reads the output of `kubectl get deploy,sts,ds,cronjob,job,hpa,rs,pod -o yaml` (a `List`; also
 * `-o json`, several documents, or single objects) into `@kubernetes/client-node` models, with
 * the library's own deserializer, so a snapshot is judged exactly like a live read. Velero
 * `Backup`s (appended from `kubectl get backups.velero.io -n velero -o yaml`) are collected as
 * found, for the `velero` backup source to check. Objects of other kinds are skipped.
 *
 * @returns the objects, the namespaces they came from, and the Velero Backups
 * @throws `InputError` when the text is not YAML, an item lacks `apiVersion` or `kind`, or an
 *   object cannot be read as its kind. The message is ours (e.g. `is not valid YAML (line 58,
 *   column 45)`) and never quotes the text or the parser: a snapshot holds env values, which can
 *   be secrets.
 */
export function parseSnapshot(text: string): {
  objects: KubernetesObjects;
  namespaces: string[];
  /** Velero `Backup`s (`velero.io/v1`) as found, unchecked (`kubectl get backups.velero.io`). */
  veleroBackups: unknown[];
} {
  const objects = emptyKubernetesObjects();
  const namespaces = new Set<string>();
  const veleroBackups: unknown[] = [];
  const documents = withoutParserMessage(
    () => loadAllYaml(text),
    describeYamlError,
  ).filter(d => d !== null && d !== undefined);
  let index = 0;
  for (const document of documents) {
    const isList =
      typeof document?.kind === 'string' && document.kind.endsWith('List');
    const items: any[] = isList ? document.items ?? [] : [document];
    for (const item of items) {
      if (
        typeof item?.apiVersion !== 'string' ||
        typeof item?.kind !== 'string'
      ) {
        throw new InputError(`has no apiVersion or kind in item ${index}`);
      }
      index++;
      if (item.apiVersion === 'velero.io/v1' && item.kind === 'Backup') {
        veleroBackups.push(item);
        continue;
      }
      const bucket = BUCKETS[item.kind];
      if (!bucket) {
        continue;
      }
      // item.kind is one of BUCKETS' keys here, so the message quotes nothing from the file.
      const problem = `has an invalid ${item.kind} in item ${index - 1}`;
      // List items arrive as plain data; loadYaml runs the typed deserializer (JSON is YAML).
      const model = isList
        ? withoutParserMessage(
            () => loadYaml<any>(JSON.stringify(item)),
            () => problem,
          )
        : item;
      (objects[bucket] as any[]).push(model);
      if (model.metadata?.namespace) {
        namespaces.add(model.metadata.namespace);
      }
    }
  }
  return { objects, namespaces: [...namespaces].sort(), veleroBackups };
}

/** Runs a parser; whatever it throws becomes an `InputError` with our message instead. */
function withoutParserMessage<T>(
  parse: () => T,
  describe: (error: unknown) => string,
): T {
  try {
    return parse();
  } catch (error) {
    throw new InputError(describe(error));
  }
}
