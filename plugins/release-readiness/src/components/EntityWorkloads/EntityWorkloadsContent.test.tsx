import type { Entity } from '@backstage/catalog-model';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import type { VersionsResponse } from '@internal/backstage-plugin-release-readiness-common';
import { screen, within } from '@testing-library/react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { EntityWorkloadsContent } from './EntityWorkloadsContent';
import { isReleaseReadinessAvailable } from './isReleaseReadinessAvailable';

function component(annotation?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'servanda-backend',
      ...(annotation !== undefined && {
        annotations: { 'release-readiness.io/workloads': annotation },
      }),
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'servanda' },
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

function render(entity: Entity, getVersions = jest.fn(async () => versions)) {
  return {
    getVersions,
    ...renderInTestApp(
      <EntityProvider entity={entity}>
        <EntityWorkloadsContent />
      </EntityProvider>,
      { apis: [[releaseReadinessApiRef, { getVersions }]] as const },
    ),
  };
}

describe('EntityWorkloadsContent', () => {
  it("shows the matrix for the component's annotated workloads only", async () => {
    const { getVersions } = render(
      component(' servanda-api, servanda-export-worker ,servanda-api'),
    );
    const table = await screen.findByRole('table', { name: 'Deployed where' });
    expect(getVersions).toHaveBeenCalledWith({
      workloads: ['servanda-api', 'servanda-export-worker'],
    });
    const row = within(table).getByRole('row', { name: /servanda-api/ });
    expect(within(row).getByText('rc-1.5.0')).toBeInTheDocument();
    expect(within(row).getByText('1.4.2')).toBeInTheDocument();
    expect(within(row).getByText('drift')).toBeInTheDocument();
  });

  it('says how to link workloads when the annotation is missing', async () => {
    const { getVersions } = render(component());
    expect(await screen.findByText('No workloads linked')).toBeInTheDocument();
    expect(getVersions).not.toHaveBeenCalled();
  });

  it('says so when no environment runs them', async () => {
    render(
      component('servanda-api'),
      jest.fn(async () => ({ ...versions, rows: [] })),
    );
    expect(
      await screen.findByText('Not running anywhere the board can see'),
    ).toBeInTheDocument();
  });
});

describe('isReleaseReadinessAvailable', () => {
  it('is true only for entities that name workloads', () => {
    expect(isReleaseReadinessAvailable(component('servanda-api'))).toBe(true);
    expect(isReleaseReadinessAvailable(component(' , '))).toBe(false);
    expect(isReleaseReadinessAvailable(component())).toBe(false);
  });
});
