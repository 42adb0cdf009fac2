import { JONAS, MARA, SVEN } from './__testUtils__/rollbackPeople';
import { startRollbacksBackend } from './__testUtils__/startRollbacksBackend';

/**
 * Who hears of a rollback, through the real plugin with recording notification and signals
 * services: the Accountable (Product Owner) and Informed (Stakeholders) of "trigger rollback"
 * when it writes and when it ends, open boards through a signal; nobody for a dry run or a
 * refusal; a notifications backend that is down never fails the rollback.
 */

jest.setTimeout(60_000);

const recipientsOf = (sent: { recipients: unknown }) => {
  const recipients = sent.recipients as { type: string; entityRef: string[] };
  return { type: recipients.type, people: [...recipients.entityRef].sort() };
};

describe('rollback notifications', () => {
  it('tell the Accountable and Informed on the write and on the end, one notification per rollback, and signal open boards', async () => {
    const { api, workloads, notifications, signals } =
      await startRollbacksBackend();
    const res = await api.rollBack(MARA);
    expect(res.status).toBe(201);
    const id = res.body.id;
    expect(notifications).toHaveLength(1);
    expect(recipientsOf(notifications[0])).toEqual({
      type: 'entity',
      people: [JONAS, SVEN].sort(),
    });
    expect(notifications[0].payload).toMatchObject({
      title:
        'prod: Deployment servanda-api rolled back from 1.4.2 to 1.4.1 (in-progress)',
      scope: `rollback:${id}`,
      topic: 'release-readiness',
    });
    expect(notifications[0].payload.description).toContain(MARA);
    expect(notifications[0].payload.link).toContain(
      '/systems/default/env/prod/rollbacks',
    );

    workloads.complete('prod', 'servanda-api');
    expect((await api.settled(MARA, id)).outcome).toBe('succeeded');
    await waitFor(() => notifications.length === 2);
    expect(notifications[1].payload).toMatchObject({
      title:
        'prod: Deployment servanda-api rolled back from 1.4.2 to 1.4.1 (succeeded)',
      scope: `rollback:${id}`,
    });
    expect(recipientsOf(notifications[1]).people).toEqual([JONAS, SVEN].sort());
    const ours = signals.filter(
      s => s.channel === 'release-readiness:rollbacks',
    );
    expect(ours.map(s => s.message)).toEqual([
      { system: 'default', environment: 'prod', rollbackId: id },
      { system: 'default', environment: 'prod', rollbackId: id },
    ]);
  });

  it('tell nobody about a dry run or a refusal', async () => {
    const { api, notifications, signals } = await startRollbacksBackend();
    expect((await api.rollBack(MARA, { dryRun: true })).status).toBe(201);
    expect((await api.rollBack(JONAS)).status).toBe(403);
    expect(notifications).toEqual([]);
    expect(
      signals.filter(s => s.channel === 'release-readiness:rollbacks'),
    ).toEqual([]);
  });

  it('never fail the rollback when the notifications backend is down', async () => {
    const { api, control, workloads, notifications, logs } =
      await startRollbacksBackend({ failingMessaging: true });
    const res = await api.rollBack(MARA);
    expect(res.status).toBe(201);
    expect(res.body.outcome).toBe('in-progress');
    expect(control.writes).toHaveLength(1);
    expect(notifications).toHaveLength(1);
    workloads.complete('prod', 'servanda-api');
    expect((await api.settled(MARA, res.body.id)).outcome).toBe('succeeded');
    await waitFor(() => notifications.length === 2);
    expect(
      logs.filter(l => l.startsWith('warn: Could not notify about rollback')),
    ).not.toEqual([]);
    expect(logs.join('\n')).not.toContain('is down (test)');
  });
});

async function waitFor(condition: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error('The condition did not come true in time');
    }
    await new Promise(resolve => setTimeout(resolve, 20));
  }
}
