import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { sendJson } from '@release-readiness/plugin-release-readiness-node/testUtils';
import { decisionResponseOf } from '../__testUtils__/decisionResponseOf';
import {
  RecordingServer,
  startRecordingServer,
} from '../__testUtils__/startRecordingServer';
import { DecisionsClient } from './DecisionsClient';

const CANARY = 'canary-Zk3uXq-secret';
const credentials = mockCredentials.user('user:default/lena.kraus');

let server: RecordingServer;
beforeEach(async () => {
  server = await startRecordingServer();
});
afterEach(() => server.close());

const clientFor = (url: string) => {
  const base = async (pluginId: string) => `${url}/api/${pluginId}`;
  return new DecisionsClient({
    auth: mockServices.auth({ pluginId: 'scaffolder' }),
    discovery: { getBaseUrl: base, getExternalBaseUrl: base },
  });
};

const vote = (client: DecisionsClient) =>
  client.vote({
    credentials,
    system: 'servanda',
    decisionId: 'd/1',
    body: {
      vote: 'go',
      reason: 'looks good',
      requestId: 'scaffolder:abc12345',
    },
  });

describe('DecisionsClient', () => {
  it('encodes path segments and tells a first write (201) from a retried one (200)', async () => {
    server.handle((_req, res) =>
      sendJson(
        res,
        server.requests.length === 1 ? 201 : 200,
        decisionResponseOf({ id: 'd/1' }),
      ),
    );
    const client = clientFor(server.url);
    expect((await vote(client)).created).toBe(true);
    expect((await vote(client)).created).toBe(false);
    expect(server.requests[0].path).toBe(
      '/api/release-readiness/systems/servanda/decisions/d%2F1/votes',
    );
  });

  it('never quotes a body that is not the backend JSON error, only the status', async () => {
    server.handle((_req, res) => {
      res.writeHead(502, 'Bad Gateway', { 'content-type': 'text/html' });
      res.end(`<html>upstream said token=${CANARY}</html>`);
    });
    const failure = vote(clientFor(server.url));
    await expect(failure).rejects.toThrow(/^502: Bad Gateway$/);
    await expect(failure).rejects.toMatchObject({
      name: 'ServiceUnavailableError',
    });
  });

  it('falls back to the status text for a JSON error without a message, and cuts long messages', async () => {
    server.handle((_req, res) =>
      sendJson(res, 400, { error: { name: 'InputError' } }),
    );
    await expect(vote(clientFor(server.url))).rejects.toThrow(
      /^400: Bad Request$/,
    );
    server.handle((_req, res) =>
      sendJson(res, 409, {
        error: { name: 'ConflictError', message: 'x'.repeat(5000) },
      }),
    );
    const error: Error = await vote(clientFor(server.url)).catch(e => e);
    expect(error.name).toBe('ConflictError');
    expect(error.message.length).toBeLessThan(1100);
  });

  it('refuses a success body that is not a decision, without quoting it', async () => {
    server.handle((_req, res) => sendJson(res, 201, { secret: CANARY }));
    const error: Error = await vote(clientFor(server.url)).catch(e => e);
    expect(error.message).toBe(
      'The release-readiness backend answered with an unexpected body',
    );
    expect(error.message).not.toContain(CANARY);
  });

  it('reports an unreachable backend without the request or the token', async () => {
    const url = server.url;
    await server.close();
    const error: Error = await vote(clientFor(url)).catch(e => e);
    expect(error.name).toBe('ServiceUnavailableError');
    expect(error.message).toMatch(
      /^Could not reach the release-readiness backend/,
    );
    expect(error.message).not.toContain('mock-service-token');
    expect(error.message).not.toContain(url);
  });
});
