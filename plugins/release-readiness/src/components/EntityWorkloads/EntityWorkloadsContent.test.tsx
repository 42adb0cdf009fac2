import type { Entity } from '@backstage/catalog-model';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import type {
  SystemSummary,
  VersionsResponse,
} from '@release-readiness/plugin-release-readiness-common';
import { screen, within } from '@testing-library/react';
import { notFound } from '../../__fixtures__/notFound';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { BoardRootContext } from '../shared';
import { EntityWorkloadsContent } from './EntityWorkloadsContent';

function component(annotation?: string, system?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'servanda-backend',
      ...(annotation !== undefined && {
        annotations: { 'release-readiness.io/workloads': annotation },
      }),
    },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'servanda',
      ...(system !== undefined && { system }),
    },
  };
}

const versions: VersionsResponse = {
  environments: [
    {
      name: 'stage',
      title: 'Staging',
      source: { name: 's', status: 'ok', fetchedAt: new Date().toISOString() },
    },
    {
      name: 'prod',
      title: 'Production',
      source: { name: 'p', status: 'ok', fetchedAt: new Date().toISOString() },
    },
  ],
  rows: [
    {
      kind: 'Deployment',
      name: 'servanda-api',
      drift: true,
      cells: [
        {
          environment: 'stage',
          state: 'deployed',
          version: 'rc-1.5.0',
          rolloutStatus: 'complete',
        },
        {
          environment: 'prod',
          state: 'deployed',
          version: '1.4.2',
          rolloutStatus: 'complete',
        },
      ],
    },
  ],
};

function systemNamed(name: string, title: string): SystemSummary {
  return {
    name,
    title,
    entityRef: `system:default/${name}`,
    owner: `group:default/${name}`,
    environments: [
      { name: 'stage', title: 'Staging', order: 2 },
      { name: 'prod', title: 'Production', order: 3 },
    ],
    policy: {
      origin: 'file',
      location: `http://localhost:7010/${name}/release-readiness.yaml`,
      status: 'ok',
      loadedAt: new Date().toISOString(),
    },
  };
}

function render(
  entity: Entity,
  api: {
    getVersions?: jest.Mock;
    getSystem?: jest.Mock;
    getSystems?: jest.Mock;
  } = {},
) {
  const mocks = {
    getVersions: api.getVersions ?? jest.fn(async () => versions),
    getSystem:
      api.getSystem ??
      jest.fn(async (name: string) => systemNamed(name, 'Servanda')),
    getSystems:
      api.getSystems ??
      jest.fn(async () => ({ items: [], defaultSystem: 'servanda' })),
    getReadiness: jest
      .fn()
      .mockImplementation(async (_system: string, environment: string) => ({
        verdict: environment === 'stage' ? 'blocked' : 'ready',
        reasons: [],
      })),
  };
  return {
    ...mocks,
    ...renderInTestApp(
      <BoardRootContext.Provider value="/release-readiness">
        <EntityProvider entity={entity}>
          <EntityWorkloadsContent />
        </EntityProvider>
      </BoardRootContext.Provider>,
      { apis: [[releaseReadinessApiRef, mocks]] as const },
    ),
  };
}

jest.setTimeout(30_000);

describe('EntityWorkloadsContent', () => {
  it("shows its system's verdicts and the matrix of the component's annotated workloads", async () => {
    const { getVersions, getSystem, getReadiness } = render(
      component(
        ' servanda-api, servanda-export-worker ,servanda-api',
        'servanda',
      ),
    );
    const table = await screen.findByRole(
      'table',
      { name: 'Deployed where' },
      { timeout: 10_000 },
    );
    expect(getSystem).toHaveBeenCalledWith('servanda');
    expect(getVersions).toHaveBeenCalledWith('servanda', {
      workloads: ['servanda-api', 'servanda-export-worker'],
    });
    const row = within(table).getByRole('row', { name: /servanda-api/ });
    expect(within(row).getByText('rc-1.5.0')).toBeInTheDocument();
    expect(within(row).getByText('1.4.2')).toBeInTheDocument();
    expect(within(row).getByText('drift')).toBeInTheDocument();
    expect(
      within(table).getByRole('link', { name: 'Production' }),
    ).toHaveAttribute('href', '/release-readiness/systems/servanda/env/prod');

    const readiness = screen.getByRole('region', {
      name: 'Release readiness of Servanda',
    });
    const verdicts = within(readiness).getByRole('list', { name: 'Verdicts' });
    expect(
      await within(
        within(verdicts).getByRole('listitem', { name: 'Staging' }),
      ).findByLabelText('Verdict: Blocked'),
    ).toBeInTheDocument();
    expect(
      await within(
        within(verdicts).getByRole('listitem', { name: 'Production' }),
      ).findByLabelText('Verdict: Ready'),
    ).toBeInTheDocument();
    expect(getReadiness).toHaveBeenCalledWith('servanda', 'prod', {
      at: undefined,
      changeType: undefined,
      risk: undefined,
    });
    expect(
      within(readiness).getByRole('link', {
        name: 'Open the board of Servanda',
      }),
    ).toHaveAttribute('href', '/release-readiness/systems/servanda');
  });

  it('reads the system of spec.system as a full entity ref too', async () => {
    const { getSystem, getVersions } = render(
      component('wimmelwelt-backend', 'system:default/wimmelwelt'),
      {
        getSystem: jest.fn(async (name: string) =>
          systemNamed(name, 'Wimmelwelt'),
        ),
      },
    );
    expect(
      await screen.findByRole('region', {
        name: 'Release readiness of Wimmelwelt',
      }),
    ).toBeInTheDocument();
    expect(getSystem).toHaveBeenCalledWith('wimmelwelt');
    expect(getVersions).toHaveBeenCalledWith('wimmelwelt', {
      workloads: ['wimmelwelt-backend'],
    });
  });

  it("shows a component of a system without annotation the system's verdicts, and how to link workloads", async () => {
    const { getVersions } = render(component(undefined, 'servanda'));
    expect(
      await screen.findByRole('region', {
        name: 'Release readiness of Servanda',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('No workloads linked')).toBeInTheDocument();
    expect(getVersions).not.toHaveBeenCalled();
  });

  it('says how to add a release policy when its system has none', async () => {
    const { getVersions } = render(component('x', 'billing'), {
      getSystem: jest
        .fn()
        .mockRejectedValue(
          await notFound("Unknown system 'billing'; systems: servanda"),
        ),
    });
    expect(
      await screen.findByText("The system 'billing' has no release policy"),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /release-readiness\.io\/policy: \.\/release-readiness\.yaml/,
      ),
    ).toBeInTheDocument();
    expect(getVersions).not.toHaveBeenCalled();
  });

  it("does not take a namesake in another namespace for the component's system", async () => {
    const entity = component('x', 'servanda');
    entity.metadata.namespace = 'team-b';
    render(entity);
    expect(
      await screen.findByText("The system 'servanda' has no release policy"),
    ).toBeInTheDocument();
  });

  it('shows the error of a failing backend instead of "no release policy"', async () => {
    render(component('x', 'servanda'), {
      getSystem: jest.fn().mockRejectedValue(new Error('HTTP 503')),
    });
    expect(
      await screen.findByText(/Could not load the system 'servanda'/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/has no release policy/)).not.toBeInTheDocument();
  });

  it('uses the default system for an annotated component without spec.system, as before systems', async () => {
    const { getSystems, getSystem, getVersions } = render(
      component('servanda-api'),
    );
    await screen.findByRole(
      'table',
      { name: 'Deployed where' },
      { timeout: 10_000 },
    );
    expect(getSystems).toHaveBeenCalled();
    expect(getSystem).toHaveBeenCalledWith('servanda');
    expect(getVersions).toHaveBeenCalledWith('servanda', {
      workloads: ['servanda-api'],
    });
  });

  it('says so when there is neither spec.system nor a default system', async () => {
    const { getVersions } = render(component('servanda-api'), {
      getSystems: jest.fn(async () => ({ items: [] })),
    });
    expect(await screen.findByText('No system')).toBeInTheDocument();
    expect(getVersions).not.toHaveBeenCalled();
  });

  it('says how to link workloads when the annotation is missing', async () => {
    const { getVersions } = render(component());
    expect(await screen.findByText('No workloads linked')).toBeInTheDocument();
    expect(getVersions).not.toHaveBeenCalled();
  });

  it('says so when no environment runs them', async () => {
    render(component('servanda-api', 'servanda'), {
      getVersions: jest.fn(async () => ({ ...versions, rows: [] })),
    });
    expect(
      await screen.findByText('Not running anywhere the board can see'),
    ).toBeInTheDocument();
  });
});
