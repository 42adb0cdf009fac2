/**
 * The parts of a container image reference.
 *
 * @public
 */
export interface ImageReference {
  /** Registry and path, e.g. `registry.example.com/servanda/api`. */
  repository: string;
  tag?: string;
  /** e.g. `sha256:4f5e…`. */
  digest?: string;
}

/**
 * Splits an image reference such as `registry:5000/team/app:1.4.2@sha256:…` into repository,
 * tag and digest, following the Docker reference grammar (a `:` before the last `/` belongs to
 * the registry's port).
 *
 * @public
 */
export function parseImageReference(image: string): ImageReference {
  let rest = image.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1) || undefined;
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1) || undefined;
    rest = rest.slice(0, colon);
  }
  return {
    repository: rest,
    ...(tag !== undefined && { tag }),
    ...(digest !== undefined && { digest }),
  };
}
