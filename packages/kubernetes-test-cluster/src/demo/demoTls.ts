import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packageDir } from '../paths/packageDir';

/**
 * TLS material of the demo cluster: a throw-away CA and a server certificate for `127.0.0.1`
 * and `localhost` (see the package's `tls/README.md`). For the test server, tests, the demo and
 * the benchmark only.
 *
 * @public
 */
export function demoTls(): {
  ca: string;
  cert: string;
  key: string;
  caFile: string;
} {
  const dir = packageDir('tls');
  return {
    ca: readFileSync(resolve(dir, 'ca.crt'), 'utf8'),
    cert: readFileSync(resolve(dir, 'server.crt'), 'utf8'),
    key: readFileSync(resolve(dir, 'server.key'), 'utf8'),
    caFile: resolve(dir, 'ca.crt'),
  };
}
