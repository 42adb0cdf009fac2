import type { SignalPayload } from '@backstage/plugin-signals-node';
import {
  DENIZ,
  JONAS,
  LENA,
  MARA,
  PAULA,
  SERVANDA_PROD_DECISIONS,
  SVEN,
} from './__testUtils__/decisionPeople';
import { startDecisionsBackend } from './__testUtils__/startDecisionsBackend';

/**
 * Notifications and signals of decisions through the real plugin (the notification and signals
 * services recorded): who hears of a request and of an outcome, one signal per write, and a
 * notifications backend that is down never fails a write.
 */

jest.setTimeout(60_000);

const link = (id: string) =>
  `/release-readiness/systems/default/decisions/${id}`;

const signalOf = (decisionId: string): SignalPayload => ({
  recipients: { type: 'broadcast' },
  channel: 'release-readiness:decisions',
  message: { system: 'default', environment: 'prod', decisionId },
});

const recipientsOf = (sent: { recipients: { type: string } }) =>
  'entityRef' in sent.recipients
    ? [sent.recipients.entityRef].flat().sort()
    : [];

describe('notifications and signals of decisions', () => {
  it('tells the approval people but the requester that a decision waits, and the Informed and the requester its outcome', async () => {
    const backend = await startDecisionsBackend({
      decisions: SERVANDA_PROD_DECISIONS,
    });
    const res = await backend.api.request(LENA);
    const id: string = res.body.decision.id;
    expect(backend.notifications).toHaveLength(1);
    const [waits] = backend.notifications;
    expect(recipientsOf(waits)).toEqual([DENIZ, JONAS].sort());
    expect(waits.payload).toMatchObject({
      title: 'Go/no-go for prod 1.4.2 waits for your vote',
      link: link(id),
      scope: `decision:${id}`,
      topic: 'release-readiness',
    });

    await backend.api.vote(JONAS, id, 'go');
    await backend.api.vote(DENIZ, id, 'go');
    expect(backend.notifications).toHaveLength(1); // votes alone tell nobody
    await backend.api.vote(LENA, id, 'go');
    expect(backend.notifications).toHaveLength(2);
    const outcome = backend.notifications[1];
    expect(recipientsOf(outcome)).toEqual([LENA, PAULA, SVEN].sort());
    expect(outcome.payload).toMatchObject({
      title: 'prod 1.4.2: GO',
      link: link(id),
      scope: `decision:${id}`,
      severity: 'normal',
    });
    // reading it again does not tell anyone again
    await backend.api.decision(SVEN, id);
    expect(backend.notifications).toHaveLength(2);
  });

  it('tells the Release Captain when the Product Owner requests', async () => {
    const backend = await startDecisionsBackend();
    await backend.api.request(JONAS);
    expect(backend.notifications.map(recipientsOf)).toEqual([[LENA]]);
  });

  it('signals once after every write, and never for a refused or retried one', async () => {
    const backend = await startDecisionsBackend({ checks: { lint: 'failed' } });
    const res = await backend.api.request(LENA);
    const id: string = res.body.decision.id;
    expect(backend.signals).toEqual([signalOf(id)]);
    const refused = await backend.api.vote(SVEN, id, 'go');
    expect(refused.status).toBe(403);
    expect(backend.signals).toHaveLength(1);

    const writes = [
      () => backend.api.vote(MARA, id, 'go'),
      () =>
        backend.api.waive(JONAS, id, 'release', {
          requestId: 'waiver-release-0001',
        }),
      () => backend.api.vote(JONAS, id, 'go'),
      () => backend.api.vote(LENA, id, 'go'), // reaches go: the outcome is written
    ];
    for (const write of writes) {
      const before = backend.signals.length;
      expect((await write()).status).toBe(201);
      expect(backend.signals.slice(before)).toEqual([signalOf(id)]);
    }
    const count = backend.signals.length;
    const retried = await backend.api.waive(JONAS, id, 'release', {
      requestId: 'waiver-release-0001',
    });
    expect(retried.status).toBe(200);
    expect(backend.signals).toHaveLength(count);
  });

  it('writes and decides although the notifications and signals backends are down, and logs it without details', async () => {
    const backend = await startDecisionsBackend({ failingMessaging: true });
    const res = await backend.api.request(LENA);
    expect(res.status).toBe(201);
    const id: string = res.body.decision.id;
    expect((await backend.api.vote(JONAS, id, 'go')).status).toBe(201);
    const go = await backend.api.vote(LENA, id, 'go');
    expect(go.status).toBe(201);
    expect(go.body.decision.outcome).toMatchObject({ status: 'go' });
    expect(backend.notifications).toHaveLength(2); // both were tried
    const warnings = backend.logs.filter(l => l.startsWith('warn:'));
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringContaining(`Could not notify about decision ${id}: Error`),
        expect.stringContaining(`Could not signal decision ${id}: Error`),
      ]),
    );
    expect(warnings.join('\n')).not.toContain('is down (test)');
  });
});
