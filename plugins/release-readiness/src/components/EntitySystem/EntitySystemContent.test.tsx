import type { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import type { SystemSummary } from '@release-readiness/plugin-release-readiness-common';
import { screen, within } from '@testing-library/react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { rootRouteRef } from '../../routes';
import { RoutedBoardRoot } from '../../RoutedBoardRoot';
import { EntitySystemContent } from './EntitySystemContent';

const system: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: {
    name: 'wimmelwelt',
    annotations: { 'release-readiness.io/policy': './release-readiness.yaml' },
  },
  spec: { owner: 'group:default/wimmelwelt' },
};

const wimmelwelt: SystemSummary = {
  name: 'wimmelwelt',
  title: 'Wimmelwelt',
  entityRef: 'system:default/wimmelwelt',
  owner: 'group:default/wimmelwelt',
  environments: [
    { name: 'staging', title: 'Staging', order: 1 },
    { name: 'production', title: 'Production', order: 2 },
  ],
  policy: {
    origin: 'file',
    location: 'http://localhost:7010/wimmelwelt/release-readiness.yaml',
    status: 'ok',
    loadedAt: new Date().toISOString(),
  },
};

function render(
  getSystem: jest.Mock,
  options: {
    wrap?: (children: JSX.Element) => JSX.Element;
    page?: boolean;
  } = {},
) {
  const getReadiness = jest
    .fn()
    .mockResolvedValue({ verdict: 'unknown', reasons: [] });
  const content = (
    <EntityProvider entity={system}>
      <EntitySystemContent />
    </EntityProvider>
  );
  return {
    getReadiness,
    ...renderInTestApp(options.wrap ? options.wrap(content) : content, {
      apis: [[releaseReadinessApiRef, { getSystem, getReadiness }]] as const,
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        ...(options.page && { '/release-readiness': rootRouteRef }),
      },
    }),
  };
}

const onTheBoardPage = (children: JSX.Element) => (
  <RoutedBoardRoot>{children}</RoutedBoardRoot>
);

describe('EntitySystemContent', () => {
  it("shows the system's board, linked to the board page", async () => {
    const getSystem = jest.fn(async () => wimmelwelt);
    const { getReadiness } = render(getSystem, {
      wrap: onTheBoardPage,
      page: true,
    });
    const staging = await screen.findByRole('region', { name: 'Staging' });
    expect(getSystem).toHaveBeenCalledWith('wimmelwelt');
    expect(
      screen.getByRole('region', { name: 'Production' }),
    ).toBeInTheDocument();
    expect(
      await within(staging).findByLabelText('Verdict: Unknown'),
    ).toBeInTheDocument();
    expect(getReadiness).toHaveBeenCalledWith('wimmelwelt', 'staging', {
      at: undefined,
      changeType: undefined,
      risk: undefined,
    });
    expect(
      screen.getByRole('link', { name: 'Open the board of Wimmelwelt' }),
    ).toHaveAttribute('href', '/release-readiness/systems/wimmelwelt');
    expect(
      within(staging).getByRole('link', { name: 'Open Staging' }),
    ).toHaveAttribute(
      'href',
      '/release-readiness/systems/wimmelwelt/env/staging',
    );
    // The entity page has its own title.
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
  });

  it('shows the board without links when the app has no board page', async () => {
    render(
      jest.fn(async () => wimmelwelt),
      { wrap: onTheBoardPage },
    );
    expect(
      await screen.findByRole('region', { name: 'Staging' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: /Open/ }),
    ).not.toBeInTheDocument();
  });

  it('shows a broken policy as a banner on the tab', async () => {
    render(
      jest.fn(async () => ({
        ...wimmelwelt,
        environments: [],
        policy: {
          ...wimmelwelt.policy,
          status: 'error',
          error:
            'http://localhost:7010/wimmelwelt/release-readiness.yaml: environments.staging.gates.source: Invalid option',
          loadedAt: undefined,
        },
      })),
    );
    const banner = await screen.findByRole('alert', {
      name: 'Release policy error',
    });
    expect(banner).toHaveTextContent('environments.staging.gates.source');
    expect(banner).toHaveTextContent('never read successfully');
  });

  it('says how to add a release policy when the system has none', async () => {
    const error = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: {
            name: 'NotFoundError',
            message: "Unknown system 'wimmelwelt'; systems: servanda",
          },
          request: { method: 'GET', url: '/systems/wimmelwelt' },
          response: { statusCode: 404 },
        }),
        {
          status: 404,
          statusText: 'Not Found',
          headers: { 'content-type': 'application/json' },
        },
      ),
    );
    render(jest.fn().mockRejectedValue(error));
    expect(await screen.findByText('No release policy')).toBeInTheDocument();
    expect(
      screen.getByText(
        /Add the annotation release-readiness\.io\/policy: \.\/release-readiness\.yaml/,
      ),
    ).toHaveTextContent('releaseReadiness.systems.wimmelwelt');
  });

  it('shows other errors as errors', async () => {
    render(jest.fn().mockRejectedValue(new Error('HTTP 503')));
    expect(
      await screen.findByText(
        /Could not load the release readiness of this system/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('No release policy')).not.toBeInTheDocument();
  });
});
