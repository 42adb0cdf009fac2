import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The files {@link writeCanaryFiles} wrote. */
export interface CanaryFiles {
  /** A kubeconfig whose `token:` line holds the canary and is not valid YAML. */
  brokenKubeconfig: string;
  /** The example offline snapshot with the canary in an env `value:` on a line that breaks YAML. */
  brokenSnapshot: string;
  /** The example offline snapshot with the canary in an env `value:`, otherwise valid. */
  validSnapshot: string;
}

/**
 * Writes the files of the canary test into `dir`. The snapshots are `exampleSnapshot` (the
 * example `kubectl get … -o yaml` file of the air-gapped environment) with one env value replaced.
 */
export function writeCanaryFiles(
  dir: string,
  canary: string,
  exampleSnapshot: string,
): CanaryFiles {
  const example = readFileSync(exampleSnapshot, 'utf8');
  const envValue = '            value: http://keycloak:8080\n';
  if (!example.includes(envValue)) {
    throw new Error(`${exampleSnapshot} has no env value to replace`);
  }
  const files: CanaryFiles = {
    brokenKubeconfig: join(dir, 'kubeconfig'),
    brokenSnapshot: join(dir, 'broken-snapshot.yaml'),
    validSnapshot: join(dir, 'valid-snapshot.yaml'),
  };
  writeFileSync(
    files.brokenKubeconfig,
    [
      'apiVersion: v1',
      'kind: Config',
      'clusters:',
      '- name: onprem',
      '  cluster:',
      '    server: https://127.0.0.1:6443',
      'users:',
      '- name: reader',
      '  user:',
      // A second `key: value` on one line: js-yaml reports "bad indentation" at this line.
      `    token: ${canary}: expires-never`,
      'contexts:',
      '- name: onprem',
      '  context: { cluster: onprem, user: reader }',
      'current-context: onprem',
      '',
    ].join('\n'),
  );
  writeFileSync(
    files.brokenSnapshot,
    example.replace(envValue, `            value: ${canary}: not-yaml\n`),
  );
  writeFileSync(
    files.validSnapshot,
    example.replace(envValue, `            value: ${canary}\n`),
  );
  return files;
}
