import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import type { RollbackFollowUpField } from './RollbackStore';

const MAX_LINK = 2000;

function ownerOf(value: string): string | undefined {
  try {
    return stringifyEntityRef(
      parseEntityRef(value, { defaultNamespace: 'default' }),
    );
  } catch {
    return undefined;
  }
}

function isPlainHttpUrl(value: string): boolean {
  if (value.length > MAX_LINK) {
    return false;
  }
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') &&
      url.username === '' &&
      url.password === ''
    );
  } catch {
    return false;
  }
}

/**
 * The value of a follow-up as stored, or an `InputError` naming the field (never quoting the
 * value): `communication` takes `true`; `postMortemOwner` an entity ref (stored in its canonical
 * form, e.g. `user:default/lena.kraus`); `postMortemLink` an http(s) URL of at most 2000
 * characters without credentials in it.
 */
export function checkFollowUpValue(
  field: RollbackFollowUpField,
  value: unknown,
): string | true {
  switch (field) {
    case 'communication':
      if (value !== true) {
        throw new InputError('value of communication must be true');
      }
      return true;
    case 'postMortemOwner': {
      const owner =
        typeof value === 'string' && value.length <= 255
          ? ownerOf(value)
          : undefined;
      if (!owner) {
        throw new InputError(
          'value of postMortemOwner must be an entity ref, e.g. user:default/lena.kraus',
        );
      }
      return owner;
    }
    case 'postMortemLink':
      if (typeof value !== 'string' || !isPlainHttpUrl(value)) {
        throw new InputError(
          `value of postMortemLink must be an http(s) URL of at most ${MAX_LINK} characters, without credentials`,
        );
      }
      return value;
    default:
      throw new InputError(
        'field must be communication, postMortemOwner or postMortemLink',
      );
  }
}
