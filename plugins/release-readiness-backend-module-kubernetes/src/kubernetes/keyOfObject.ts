import { RawObject } from './RawObject';

/** The key of a watched or listed object: its uid, else namespace and name. */
export function keyOfObject(raw: RawObject): string {
  const metadata = raw.object('metadata');
  return (
    metadata?.string('uid') ??
    `${metadata?.string('namespace') ?? ''}/${metadata?.string('name') ?? ''}`
  );
}
