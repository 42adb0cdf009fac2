import { createHash } from 'node:crypto';
import { canonicalJson } from '../json/canonicalJson';

/** The letters Kubernetes' `SafeEncodeString` uses (no vowels, no look-alikes). */
const ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/**
 * A 10-character hash of a pod template, in the alphabet of Kubernetes' `pod-template-hash` and
 * `controller.kubernetes.io/hash` labels; equal templates give equal hashes. (Not Kubernetes'
 * FNV hash: names differ from a real cluster's, their form does not.)
 */
export function templateHash(template: unknown): string {
  const digest = createHash('sha256').update(canonicalJson(template)).digest();
  return [...digest.subarray(0, 10)]
    .map(byte => ALPHABET[byte % ALPHABET.length])
    .join('');
}
