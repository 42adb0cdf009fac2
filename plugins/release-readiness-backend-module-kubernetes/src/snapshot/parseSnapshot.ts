import { loadAllYaml, loadYaml } from '@kubernetes/client-node';
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
 * the library's own deserializer, so a snapshot is judged exactly like a live read. Objects of
 * other kinds are skipped.
 *
 * @returns the objects, and the namespaces they came from
 * @throws `Error` when the text is not YAML or an item lacks `apiVersion` or `kind`
 */
export function parseSnapshot(text: string): {
  objects: KubernetesObjects;
  namespaces: string[];
} {
  const objects = emptyKubernetesObjects();
  const namespaces = new Set<string>();
  const documents = loadAllYaml(text).filter(
    d => d !== null && d !== undefined,
  );
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
        throw new Error(`item ${index} has no apiVersion or kind`);
      }
      index++;
      const bucket = BUCKETS[item.kind];
      if (!bucket) {
        continue;
      }
      // List items arrive as plain data; loadYaml runs the typed deserializer (JSON is YAML).
      const model = isList ? loadYaml<any>(JSON.stringify(item)) : item;
      (objects[bucket] as any[]).push(model);
      if (model.metadata?.namespace) {
        namespaces.add(model.metadata.namespace);
      }
    }
  }
  return { objects, namespaces: [...namespaces].sort() };
}
