import type { Entity } from '@backstage/catalog-model';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import type {
  SystemSummary,
  SystemsResponse,
} from '@release-readiness/plugin-release-readiness-common';
import { act, screen, waitFor, within } from '@testing-library/react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { BoardRootContext } from '../shared';
import { EMPTY_POLL_MS, SystemsLandingPage } from './SystemsLandingPage';

const minutesAgo = (minutes: number) =>
  new Date(Date.now() - minutes * 60_000).toISOString();

function system(
  name: string,
  title: string,
  environments: string[],
  policy: Partial<SystemSummary['policy']> = {},
): SystemSummary {
  return {
    name,
    title,
    entityRef: `system:default/${name}`,
    owner: `group:default/${name}`,
    environments: environments.map((env, index) => ({
      name: env,
      title: env.charAt(0).toUpperCase() + env.slice(1),
      order: index + 1,
    })),
    policy: {
      origin: 'file',
      location: `http://localhost:7010/${name}/release-readiness.yaml`,
      status: 'ok',
      loadedAt: minutesAgo(2),
      ...policy,
    },
  };
}

// As the backend lists them: by title.
const systems: SystemsResponse = {
  items: [
    system('lifetimecircle', 'LifeTimeCircle', ['staging', 'production']),
    system('servanda', 'Servanda', ['dev', 'stage', 'prod']),
    system('sva-studio', 'SVA Studio', ['staging', 'production']),
    system('wimmelwelt', 'Wimmelwelt', ['staging', 'production']),
  ],
  defaultSystem: 'servanda',
};

function group(name: string, parent?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: { type: 'team', children: [], ...(parent && { parent }) },
    relations: parent
      ? [{ type: 'childOf', targetRef: `group:default/${parent}` }]
      : [],
  };
}

function render(options: {
  getSystems: jest.Mock;
  ownershipEntityRefs?: string[];
  groups?: Entity[];
}) {
  const getReadiness = jest
    .fn()
    .mockImplementation(async (name: string, environment: string) => ({
      verdict:
        name === 'servanda' && environment === 'stage' ? 'blocked' : 'ready',
      reasons: [],
    }));
  return {
    getReadiness,
    ...renderInTestApp(
      <BoardRootContext.Provider value="/release-readiness">
        <SystemsLandingPage />
      </BoardRootContext.Provider>,
      {
        apis: [
          [
            releaseReadinessApiRef,
            { getSystems: options.getSystems, getReadiness },
          ],
          mockApis.identity({
            userEntityRef: 'user:default/jana.petersen',
            ownershipEntityRefs: options.ownershipEntityRefs ?? [
              'user:default/guest',
            ],
          }),
          catalogApiMock({ entities: options.groups ?? [] }),
        ] as const,
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    ),
  };
}

async function cardTitles() {
  await screen.findAllByRole('region', {
    name: /^(LifeTimeCircle|Servanda|SVA Studio|Wimmelwelt)$/,
  });
  return screen.getAllByRole('heading', { level: 2 }).map(h => h.textContent);
}

describe('SystemsLandingPage', () => {
  it("lists every system, the ones of the signed-in user's teams first", async () => {
    render({
      getSystems: jest.fn(async () => systems),
      // Jana is in the release captains, a group of the Wimmelwelt team.
      ownershipEntityRefs: [
        'user:default/jana.petersen',
        'group:default/wimmelwelt-release-captains',
      ],
      groups: [
        group('wimmelwelt'),
        group('wimmelwelt-release-captains', 'wimmelwelt'),
      ],
    });
    expect(await cardTitles()).toEqual([
      'Wimmelwelt',
      'LifeTimeCircle',
      'Servanda',
      'SVA Studio',
    ]);
    const wimmelwelt = screen.getByRole('region', { name: 'Wimmelwelt' });
    expect(within(wimmelwelt).getByText('Your team')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Servanda' })).queryByText(
        'Your team',
      ),
    ).not.toBeInTheDocument();
    expect(screen.getByText('4 systems, yours first.')).toBeInTheDocument();
  });

  it('puts a system the user owns directly first too, and keeps the order given otherwise', async () => {
    render({
      getSystems: jest.fn(async () => systems),
      ownershipEntityRefs: ['user:default/mia', 'group:default/SVA-Studio'],
    });
    expect(await cardTitles()).toEqual([
      'SVA Studio',
      'LifeTimeCircle',
      'Servanda',
      'Wimmelwelt',
    ]);
    expect(
      within(screen.getByRole('region', { name: 'SVA Studio' })).getByText(
        'Your team',
      ),
    ).toBeInTheDocument();
  });

  it("keeps the backend's order for someone who owns none", async () => {
    render({ getSystems: jest.fn(async () => systems) });
    expect(await cardTitles()).toEqual([
      'LifeTimeCircle',
      'Servanda',
      'SVA Studio',
      'Wimmelwelt',
    ]);
    expect(screen.getByText('4 systems.')).toBeInTheDocument();
    expect(screen.queryByText('Your team')).not.toBeInTheDocument();
  });

  it('shows per system its owner, policy and a verdict chip per environment, linked to its board', async () => {
    const { getReadiness } = render({
      getSystems: jest.fn(async () => systems),
    });
    const servanda = await screen.findByRole('region', { name: 'Servanda' });
    expect(within(servanda).getByText(/^Owner:/)).toHaveTextContent(
      'Owner: servanda',
    );
    expect(within(servanda).getByLabelText('Release policy')).toHaveTextContent(
      'Policy: http://localhost:7010/servanda/release-readiness.yaml (team file) · as of 2 minutes ago',
    );
    const verdicts = within(servanda).getByRole('list', { name: 'Verdicts' });
    const items = within(verdicts).getAllByRole('listitem');
    expect(items.map(i => i.getAttribute('aria-label'))).toEqual([
      'Dev',
      'Stage',
      'Prod',
    ]);
    expect(
      await within(items[1]).findByLabelText('Verdict: Blocked'),
    ).toBeInTheDocument();
    expect(
      await within(items[0]).findByLabelText('Verdict: Ready'),
    ).toBeInTheDocument();
    expect(getReadiness).toHaveBeenCalledWith('servanda', 'stage', {
      at: undefined,
      changeType: undefined,
      risk: undefined,
    });
    expect(getReadiness).toHaveBeenCalledWith('wimmelwelt', 'production', {
      at: undefined,
      changeType: undefined,
      risk: undefined,
    });
    expect(
      within(items[2]).getByRole('link', { name: 'Prod' }),
    ).toHaveAttribute('href', '/release-readiness/systems/servanda/env/prod');
    expect(
      within(servanda).getByRole('link', {
        name: 'Open the board of Servanda',
      }),
    ).toHaveAttribute('href', '/release-readiness/systems/servanda');
  });

  it('shows a broken policy as an error with its message, with or without the last good environments', async () => {
    const message = (name: string) =>
      `http://localhost:7010/${name}/release-readiness.yaml: environments.staging.order: Invalid input: expected number, received string`;
    const { getReadiness } = render({
      getSystems: jest.fn(async () => ({
        items: [
          system('sva-studio', 'SVA Studio', ['staging'], {
            status: 'error',
            error: message('sva-studio'),
            loadedAt: minutesAgo(10),
          }),
          system('wimmelwelt', 'Wimmelwelt', [], {
            status: 'error',
            error: message('wimmelwelt'),
            loadedAt: undefined,
          }),
        ],
      })),
    });
    const sva = await screen.findByRole('region', { name: 'SVA Studio' });
    const svaError = within(sva).getByRole('alert', {
      name: 'Release policy error',
    });
    expect(svaError).toHaveTextContent(message('sva-studio'));
    expect(svaError).toHaveTextContent(
      'Showing the last good policy below, read 10 minutes ago.',
    );
    expect(
      within(sva).getByRole('list', { name: 'Verdicts' }),
    ).toBeInTheDocument();

    const wimmelwelt = screen.getByRole('region', { name: 'Wimmelwelt' });
    const wimmelweltError = within(wimmelwelt).getByRole('alert', {
      name: 'Release policy error',
    });
    expect(wimmelweltError).toHaveTextContent(message('wimmelwelt'));
    expect(wimmelweltError).toHaveTextContent('never read successfully');
    expect(
      within(wimmelwelt).queryByRole('list', { name: 'Verdicts' }),
    ).not.toBeInTheDocument();
    expect(
      within(wimmelwelt).queryByText('No environments configured.'),
    ).not.toBeInTheDocument();
    // The last good environments keep their verdicts; a system without any asks for none.
    await waitFor(() =>
      expect(getReadiness).toHaveBeenCalledWith(
        'sva-studio',
        'staging',
        expect.anything(),
      ),
    );
    expect(
      getReadiness.mock.calls.filter(([name]) => name === 'wimmelwelt'),
    ).toEqual([]);
  });

  it('says how to define a system when there is none', async () => {
    render({ getSystems: jest.fn(async () => ({ items: [] })) });
    expect(await screen.findByText('No systems')).toBeInTheDocument();
    expect(
      screen.getByText(
        /No systems: define one in releaseReadiness\.systems or annotate a catalog System with release-readiness\.io\/policy/,
      ),
    ).toBeInTheDocument();
  });

  it('looks again while there is none, so a just-started portal shows the systems once it has read them', async () => {
    jest.useFakeTimers({ advanceTimers: true });
    try {
      const getSystems = jest
        .fn()
        .mockResolvedValueOnce({ items: [] })
        .mockResolvedValue(systems);
      render({ getSystems });
      expect(await screen.findByText('No systems')).toBeInTheDocument();
      expect(getSystems).toHaveBeenCalledTimes(1);
      await act(async () => {
        jest.advanceTimersByTime(EMPTY_POLL_MS);
      });
      expect(await cardTitles()).toContain('Servanda');
      expect(getSystems).toHaveBeenCalledTimes(2);
      // With systems on screen it stops asking.
      await act(async () => {
        jest.advanceTimersByTime(3 * EMPTY_POLL_MS);
      });
      expect(getSystems).toHaveBeenCalledTimes(2);
    } finally {
      jest.useRealTimers();
    }
  });

  it('shows the error when the systems cannot be loaded, not an empty list', async () => {
    render({
      getSystems: jest.fn().mockRejectedValue(new Error('HTTP 503')),
    });
    expect(
      await screen.findByText(/Could not load the systems/),
    ).toBeInTheDocument();
    expect(screen.queryByText('No systems')).not.toBeInTheDocument();
  });
});
