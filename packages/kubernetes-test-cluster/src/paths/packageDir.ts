import { resolvePackagePath } from '@backstage/backend-plugin-api';

/**
 * The absolute path of `paths` inside this package's folder (`tls`, `fixtures`, ...), wherever
 * the package is installed and whether it runs from `src` or `dist`.
 */
export function packageDir(...paths: string[]): string {
  return resolvePackagePath(
    '@release-readiness/kubernetes-test-cluster',
    ...paths,
  );
}
