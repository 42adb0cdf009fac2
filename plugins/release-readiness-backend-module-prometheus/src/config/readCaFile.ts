import { readFileSync } from 'node:fs';

const PEM_CERTIFICATE =
  /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/**
 * Reads a PEM file of one or more CA certificates (relative paths from the backend's working
 * directory) and returns the certificates. Throws an `Error` with our own message (never the
 * system's or the file's text) when the file cannot be read or holds no certificate.
 */
export function readCaFile(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return fail('the file cannot be read');
  }
  const certificates = text.match(PEM_CERTIFICATE);
  if (!certificates) {
    return fail(
      'the file holds no PEM certificate (-----BEGIN CERTIFICATE-----)',
    );
  }
  return certificates;
}

function fail(message: string): never {
  throw new Error(message);
}
