import { TestRequest } from '../router/TestRequest';

/** The request's media type, lower case, without parameters (`; charset=utf-8`). */
export function mediaTypeOf(request: TestRequest): string {
  return (request.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
}
