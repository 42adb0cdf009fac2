import {
  RecordingBackendOptions,
  startRecordingBackend,
} from '../../__testUtils__/startRecordingBackend';
import { DECISION_PEOPLE } from './decisionPeople';
import { decisionsApi } from './decisionsApi';
import { decisionsConfig, DecisionsConfigOptions } from './decisionsConfig';

/** What {@link startDecisionsBackend} starts. */
export interface DecisionsBackendOptions
  extends DecisionsConfigOptions,
    RecordingBackendOptions {}

/**
 * Starts the real plugin (in-memory SQLite of `startTestBackend`) with {@link decisionsConfig},
 * the Servanda people in the mocked catalog, and recording auditor, notifications, signals and
 * root logger; returns the server, what was recorded, and {@link decisionsApi} on it.
 */
export async function startDecisionsBackend(
  options: DecisionsBackendOptions = {},
) {
  const started = await startRecordingBackend({
    ...options,
    releaseReadiness: decisionsConfig(options),
    entities: DECISION_PEOPLE,
  });
  return { ...started, api: decisionsApi(started.server) };
}
