import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** PagerDuty ids the stub knows; other ids get an empty list. */
export const PAGERDUTY_IDS = {
  /** `GET /incidents` for this service answers 400 with the canary in the error body. */
  badRequestService: 'PCANARY400',
  /** `GET /oncalls` for this escalation policy answers 500 with the canary in the error body. */
  failingPolicy: 'PCANARY500',
  /** Incidents and on-calls whose links carry the canary as URL credentials. */
  linksService: 'PCANARYLINK',
  linksPolicy: 'PCANARYLINK',
} as const;

/** The running stub. */
export interface PagerDutyStub {
  url: string;
  /** Paths of the requests it answered, e.g. `/incidents`. */
  requests: string[];
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function answer(canary: string, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const services = url.searchParams.getAll('service_ids[]');
  const policies = url.searchParams.getAll('escalation_policy_ids[]');
  const link = (path: string) =>
    `https://support:${canary}@servanda.pagerduty.com/${path}`;
  const page = (key: string, items: unknown[]) =>
    sendJson(res, 200, { [key]: items, limit: 100, offset: 0, more: false });

  if (
    url.pathname === '/incidents' &&
    services.includes(PAGERDUTY_IDS.badRequestService)
  ) {
    sendJson(res, 400, {
      error: {
        message: `Invalid Input Provided for Token token=${canary}`,
        code: 2001,
        errors: [`service_ids[] ${canary} is not a service`],
      },
    });
  } else if (
    url.pathname === '/oncalls' &&
    policies.includes(PAGERDUTY_IDS.failingPolicy)
  ) {
    sendJson(res, 500, {
      error: { message: `Internal error while serving ${canary}`, code: 0 },
    });
  } else if (
    url.pathname === '/incidents' &&
    services.includes(PAGERDUTY_IDS.linksService)
  ) {
    page('incidents', [
      {
        id: 'QCANARY1',
        incident_number: 7,
        title: 'servanda-api 5xx rate above 2%',
        status: 'triggered',
        urgency: 'high',
        created_at: '2026-03-10T09:12:44Z',
        html_url: link('incidents/QCANARY1'),
        service: { id: PAGERDUTY_IDS.linksService, summary: 'servanda-api' },
        priority: { id: 'PPRIO1', summary: 'P1' },
      },
    ]);
  } else if (
    url.pathname === '/oncalls' &&
    policies.includes(PAGERDUTY_IDS.linksPolicy)
  ) {
    page(
      'oncalls',
      [1, 2].map(level => ({
        escalation_level: level,
        schedule: null,
        start: url.searchParams.get('since'),
        end: url.searchParams.get('until'),
        user: {
          id: `PUSER${level}`,
          name: `Engineer ${level}`,
          email: `engineer${level}@servanda.example`,
          avatar_url: link(`avatars/${level}.png`),
          html_url: link(`users/PUSER${level}`),
        },
      })),
    );
  } else {
    page(url.pathname === '/oncalls' ? 'oncalls' : 'incidents', []);
  }
}

/**
 * A PagerDuty REST API stand-in on loopback whose answers carry `canary` where a real upstream may
 * echo secrets: error bodies (PagerDuty's `{ error: { message, errors } }`, here echoing the token)
 * and links with credentials in the URL. (A plain `node:http` server: this package does not depend
 * on `-node`, whose generic `startTestServer` the plugin packages use.)
 */
export async function startPagerDutyStub(
  canary: string,
): Promise<PagerDutyStub> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(new URL(req.url ?? '/', 'http://localhost').pathname);
    answer(canary, req, res);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
