import type { Entity } from '@backstage/catalog-model';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import type {
  ReadinessVerdict,
  SystemSummariesResponse,
  SystemSummary,
  SystemsResponse,
} from '@release-readiness/plugin-release-readiness-common';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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

/** The verdict the backend judged: Servanda's stage is blocked, every other environment ready. */
const verdictOf = (name: string, environment: string): ReadinessVerdict =>
  name === 'servanda' && environment === 'stage' ? 'blocked' : 'ready';

/** `GET /system-summaries` for these systems, each environment with its verdict. */
function summaries(response: SystemsResponse): SystemSummariesResponse {
  const items = response.items.map(item => {
    const environments = item.environments.map(env => ({
      name: env.name,
      title: env.title,
      order: env.order,
      verdict: verdictOf(item.name, env.name),
      source: { status: 'ok' as const, asOf: minutesAgo(1) },
      reasons:
        verdictOf(item.name, env.name) === 'blocked'
          ? [
              {
                itemId: 'gate:staging',
                status: 'fail' as const,
                enforcement: 'block' as const,
                text: 'Staging gate (T-12h): 2 of 5 checks pending',
              },
            ]
          : [],
      reasonCount: verdictOf(item.name, env.name) === 'blocked' ? 4 : 0,
    }));
    return {
      ...item,
      verdict: environments.some(e => e.verdict === 'blocked')
        ? ('blocked' as const)
        : ('ready' as const),
      environments,
    };
  });
  return {
    items,
    total: items.length,
    offset: 0,
    limit: 500,
    counts: {
      ready: items.filter(i => i.verdict === 'ready').length,
      blocked: items.filter(i => i.verdict === 'blocked').length,
      unknown: 0,
    },
    maxAgeSeconds: 5,
  };
}

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
  getSystemSummaries: jest.Mock;
  ownershipEntityRefs?: string[];
  groups?: Entity[];
}) {
  // The landing page must not ask per environment: both fail the test if called.
  const getReadiness = jest.fn();
  const getSystems = jest.fn();
  return {
    getReadiness,
    getSystems,
    ...renderInTestApp(
      <BoardRootContext.Provider value="/release-readiness">
        <SystemsLandingPage />
      </BoardRootContext.Provider>,
      {
        apis: [
          [
            releaseReadinessApiRef,
            {
              getSystemSummaries: options.getSystemSummaries,
              getSystems,
              getReadiness,
            },
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
      getSystemSummaries: jest.fn(async () => summaries(systems)),
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
      getSystemSummaries: jest.fn(async () => summaries(systems)),
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
    render({ getSystemSummaries: jest.fn(async () => summaries(systems)) });
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
    const getSystemSummaries = jest.fn(async () => summaries(systems));
    const { getReadiness, getSystems } = render({ getSystemSummaries });
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
    // One request for the whole page, none per environment.
    expect(getSystemSummaries).toHaveBeenCalledTimes(1);
    expect(getSystemSummaries).toHaveBeenCalledWith({ offset: 0, limit: 500 });
    expect(getReadiness).not.toHaveBeenCalled();
    expect(getSystems).not.toHaveBeenCalled();
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
    render({
      getSystemSummaries: jest.fn(async () =>
        summaries({
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
        }),
      ),
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
    // The last good environments keep their verdicts; a system without any shows none.
    expect(within(sva).getByLabelText('Verdict: Ready')).toBeInTheDocument();
    expect(within(wimmelwelt).queryByLabelText(/^Verdict: /)).toBeNull();
  });

  it("gives a summary's first reasons on hover and counts the rest", async () => {
    render({ getSystemSummaries: jest.fn(async () => summaries(systems)) });
    const servanda = await screen.findByRole('region', { name: 'Servanda' });
    await userEvent.hover(within(servanda).getByLabelText('Verdict: Blocked'));
    expect(
      await screen.findByText(
        'Staging gate (T-12h): 2 of 5 checks pending · and 3 more',
      ),
    ).toBeInTheDocument();
  });

  it('says how to define a system when there is none', async () => {
    render({
      getSystemSummaries: jest.fn(async () => summaries({ items: [] })),
    });
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
        .mockResolvedValueOnce(summaries({ items: [] }))
        .mockResolvedValue(summaries(systems));
      render({ getSystemSummaries: getSystems });
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
      getSystemSummaries: jest.fn().mockRejectedValue(new Error('HTTP 503')),
    });
    expect(
      await screen.findByText(/Could not load the systems/),
    ).toBeInTheDocument();
    expect(screen.queryByText('No systems')).not.toBeInTheDocument();
  });
});
