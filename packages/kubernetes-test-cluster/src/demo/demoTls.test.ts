import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { demoTls } from './demoTls';

describe('demoTls', () => {
  it("reads the throw-away CA and the server's certificate and key from the package's tls folder", () => {
    const tls = demoTls();
    expect(relative(resolve(__dirname, '../..'), tls.caFile)).toBe(
      'tls/ca.crt',
    );
    expect(readFileSync(tls.caFile, 'utf8')).toBe(tls.ca);
    const ca = new X509Certificate(tls.ca);
    const server = new X509Certificate(tls.cert);
    expect(server.verify(ca.publicKey)).toBe(true);
    expect(server.checkPrivateKey(createPrivateKey(tls.key))).toBe(true);
    expect(server.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(server.checkHost('localhost')).toBe('localhost');
  });
});
