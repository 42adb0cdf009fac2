import { HttpResponse } from 'msw';

/** The backend's JSON error answer (`@backstage/errors` serialised) with `status`. */
export function errorBody(status: number, name: string, message: string) {
  return HttpResponse.json(
    {
      error: { name, message },
      request: { method: 'GET', url: '/' },
      response: { statusCode: status },
    },
    { status },
  );
}
