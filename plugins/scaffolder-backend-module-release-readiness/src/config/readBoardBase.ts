import type { RootConfigService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';

const BOARD_PATH_KEY = 'releaseReadiness.boardPath';
const APP_BASE_URL_KEY = 'app.baseUrl';

/**
 * Where the board is in the app, `<app.baseUrl><releaseReadiness.boardPath>` without a trailing
 * slash: `releaseReadiness.boardPath` (default `/release-readiness`, where the board is mounted;
 * the backend plugin reads the same key for its notifications) and `app.baseUrl` (without it the
 * board's path alone). Throws an `InputError` naming the key of an invalid value (a board path
 * that is not an app path, a base URL that is not http(s) or carries a user name or password),
 * so the backend does not start with it.
 */
export function readBoardBase(config: RootConfigService): string {
  const boardPath = readBoardPath(config);
  return `${readAppBaseUrl(config)}${boardPath}`;
}

function readBoardPath(config: RootConfigService): string {
  let value: string | undefined;
  try {
    value = config.getOptionalString(BOARD_PATH_KEY);
  } catch {
    throw invalid(
      BOARD_PATH_KEY,
      'expected an app path such as /release-readiness',
    );
  }
  value ??= '/release-readiness';
  if (!/^\/[A-Za-z0-9/_-]*$/.test(value)) {
    throw invalid(
      BOARD_PATH_KEY,
      'expected an app path such as /release-readiness',
    );
  }
  return value.replace(/\/+$/, '');
}

function readAppBaseUrl(config: RootConfigService): string {
  let value: string | undefined;
  try {
    value = config.getOptionalString(APP_BASE_URL_KEY);
  } catch {
    throw invalid(APP_BASE_URL_KEY, 'expected an http(s) URL');
  }
  if (value === undefined) {
    return '';
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid(APP_BASE_URL_KEY, 'expected an http(s) URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw invalid(APP_BASE_URL_KEY, 'expected an http(s) URL');
  }
  if (url.username || url.password) {
    // The links are task outputs: they never carry credentials.
    throw invalid(
      APP_BASE_URL_KEY,
      'expected a URL without user name or password',
    );
  }
  return value.replace(/\/+$/, '');
}

function invalid(key: string, expected: string) {
  return new InputError(`Invalid configuration at '${key}': ${expected}`);
}
