import { renderInTestApp } from '@backstage/frontend-test-utils';
import type { RevisionsResponse } from '@release-readiness/plugin-release-readiness-common';
import { screen, waitFor } from '@testing-library/react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { RollbackButton } from './RollbackButton';

const HELM_REFUSAL =
  "Deployment servanda-api is managed by Helm (release servanda): roll it back with 'helm rollback servanda -n servanda-prod'";

function revisions(
  overrides: Partial<RevisionsResponse> = {},
): RevisionsResponse {
  return {
    environment: 'prod',
    workload: { kind: 'StatefulSet', name: 'minio' },
    items: [
      { revision: 3, current: true, images: [] },
      { revision: 2, current: false, images: [] },
    ],
    strategy: 'kubernetes',
    source: { name: 'kubernetes:demo-cluster/servanda-prod', status: 'ok' },
    ...overrides,
  };
}

async function render(
  getRevisions: jest.Mock,
  props: { kind?: string; name?: string; airGapped?: boolean } = {},
) {
  const kind = props.kind ?? 'StatefulSet';
  const name = props.name ?? 'minio';
  return renderInTestApp(
    <RollbackButton
      system="servanda"
      environment="prod"
      workload={{
        kind: kind === 'CronJob' ? 'CronJob' : 'StatefulSet',
        name,
      }}
      airGapped={props.airGapped}
    />,
    { apis: [[releaseReadinessApiRef, { getRevisions }]] as const },
  );
}

describe('RollbackButton', () => {
  it('links to the rollback template prefilled with the environment and the workload', async () => {
    const getRevisions = jest.fn(async () => revisions());
    await render(getRevisions);
    // Backstage's LinkButton is an <a href> with the button role.
    const name = 'Roll back StatefulSet minio';
    await waitFor(() =>
      expect(screen.getByRole('button', { name })).toHaveAttribute('href'),
    );
    const link = screen.getByRole('button', { name });
    expect(getRevisions).toHaveBeenCalledWith('servanda', 'prod', {
      kind: 'StatefulSet',
      name: 'minio',
    });
    const href = new URL(link.getAttribute('href') ?? '', 'http://app.test');
    expect(href.pathname).toBe('/create/templates/default/rollback');
    expect(JSON.parse(href.searchParams.get('formData') ?? 'null')).toEqual({
      environment: { system: 'servanda', environment: 'prod' },
      workload: { kind: 'StatefulSet', name: 'minio' },
    });
    expect(link).toHaveTextContent('Roll back…');
  });

  it("is disabled with the revisions route's refusal (a Helm-managed workload)", async () => {
    await render(
      jest.fn(async () => revisions({ refusal: HELM_REFUSAL })),
      { name: 'servanda-api' },
    );
    await waitFor(() =>
      expect(
        screen.getByRole('button', {
          name: 'Roll back StatefulSet servanda-api',
        }),
      ).toHaveAccessibleDescription(HELM_REFUSAL),
    );
    expect(
      screen.getByRole('button', {
        name: 'Roll back StatefulSet servanda-api',
      }),
    ).toBeDisabled();
    expect(
      screen.getByRole('button', {
        name: 'Roll back StatefulSet servanda-api',
      }),
    ).not.toHaveAttribute('href');
  });

  it('is disabled when there is no earlier revision', async () => {
    await render(
      jest.fn(async () =>
        revisions({ items: [{ revision: 1, current: true, images: [] }] }),
      ),
    );
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Roll back StatefulSet minio' }),
      ).toHaveAccessibleDescription(
        'There is no earlier revision to roll back to',
      ),
    );
  });

  it('stays available when the revisions cannot be read: the template says what is possible', async () => {
    await render(
      jest.fn(async () =>
        revisions({
          items: [],
          source: {
            name: 'kubernetes:demo-cluster/servanda-prod',
            status: 'unavailable',
          },
        }),
      ),
    );
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Roll back StatefulSet minio' }),
      ).toHaveAttribute('href', expect.stringContaining('/rollback?formData=')),
    );
  });

  it('is disabled in an air-gapped environment without asking for revisions', async () => {
    const getRevisions = jest.fn(async () => revisions());
    await render(getRevisions, { airGapped: true });
    const button = await screen.findByRole('button', {
      name: 'Roll back StatefulSet minio',
    });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(/prod is air-gapped/);
    expect(getRevisions).not.toHaveBeenCalled();
  });

  it('offers nothing for a CronJob', async () => {
    const getRevisions = jest.fn(async () => revisions());
    await render(getRevisions, { kind: 'CronJob', name: 'servanda-db-backup' });
    expect(screen.queryByText('Roll back…')).not.toBeInTheDocument();
    expect(getRevisions).not.toHaveBeenCalled();
  });
});
