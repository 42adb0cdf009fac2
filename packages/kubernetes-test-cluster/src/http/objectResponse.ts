import { StoredObject } from '../store/StoredObject';
import { TestResponse } from './TestResponse';

/** 200 with one object as the API server serves it (with `apiVersion` and `kind`). */
export function objectResponse(object: StoredObject): TestResponse {
  return { status: 200, body: JSON.stringify(object) };
}
