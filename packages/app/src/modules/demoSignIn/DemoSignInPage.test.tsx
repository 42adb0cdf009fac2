import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import type { IdentityApi } from '@backstage/frontend-plugin-api';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DemoSignInPage } from './DemoSignInPage';

const BASE = 'http://backstage.test';
const STORAGE_KEY = 'release-readiness:demo-sign-in';

const people = [
  {
    entityRef: 'user:default/lena.kraus',
    displayName: 'Lena Kraus',
    groups: [
      {
        entityRef: 'group:default/servanda-release-captains',
        displayName: 'Release Captains',
      },
    ],
  },
  {
    entityRef: 'user:default/mara.schulz',
    displayName: 'Mara Schulz',
    groups: [
      { entityRef: 'group:default/servanda-oncall', displayName: 'On-Call' },
    ],
  },
];

function token(sub: string): string {
  const part = (o: object) =>
    Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none' })}.${part({
    sub,
    exp: Math.floor(Date.now() / 1000) + 3600,
  })}.sig`;
}

type Route = (request: { url: string; headers: Headers }) => Response;

/** Stands in for the backend: answers the browser's `fetch` per URL, records the requests. */
function mockBackend(routes: Record<string, Route>) {
  const requests: { url: string; headers: Headers }[] = [];
  jest.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = String(input);
    const request = { url, headers: new Headers(init?.headers) };
    requests.push(request);
    const route = routes[url];
    if (!route) {
      throw new TypeError('Failed to fetch');
    }
    return route(request);
  });
  return requests;
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

/** The auth backend's refresh answer for a provider: the user named by x-demo-user, or the guest. */
function refresh(request: { headers: Headers }): Response {
  const ref = request.headers.get('x-demo-user') ?? 'user:development/guest';
  const known = people.find(p => p.entityRef === ref);
  if (ref !== 'user:development/guest' && !known) {
    return json(
      { error: { name: 'NotFoundError', message: 'User not found' } },
      404,
    );
  }
  return json({
    profile: { displayName: known?.displayName ?? 'Guest' },
    backstageIdentity: {
      token: token(ref),
      identity: {
        type: 'user',
        userEntityRef: ref,
        ownershipEntityRefs: [
          ref,
          ...(known?.groups ?? []).map(g => g.entityRef),
        ],
      },
    },
  });
}

const routes = {
  [`${BASE}/api/auth/demo/users`]: () => json(people),
  [`${BASE}/api/auth/demo/refresh`]: refresh,
  [`${BASE}/api/auth/guest/refresh`]: refresh,
};

async function renderPage() {
  const onSignInSuccess = jest.fn<void, [IdentityApi]>();
  const { unmount } = await renderInTestApp(
    <DemoSignInPage onSignInSuccess={onSignInSuccess} />,
    {
      apis: [
        mockApis.discovery({ baseUrl: BASE }),
        mockApis.config({
          data: { app: { title: 'Release readiness portal' } },
        }),
      ],
    },
  );
  return Object.assign(onSignInSuccess, { unmount });
}

afterEach(() => {
  jest.restoreAllMocks();
  window.localStorage.clear();
});

describe('DemoSignInPage', () => {
  it('lists the catalog people with their groups next to the guest sign-in', async () => {
    const requests = mockBackend(routes);
    await renderPage();

    const list = await screen.findByRole('list', { name: 'Demo people' });
    const lena = within(list).getByRole('button', { name: 'Lena Kraus' });
    expect(lena).toHaveAccessibleDescription('Release Captains');
    expect(
      within(list).getByRole('button', { name: 'Mara Schulz' }),
    ).toHaveAccessibleDescription('On-Call');
    expect(
      screen.getByRole('button', { name: 'Sign in as guest' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(
      'Demo sign-in: pick a person to try their permissions. Not for production.',
    );
    expect(requests.map(r => r.url)).toEqual([`${BASE}/api/auth/demo/users`]);
  });

  it('finds people by name or group', async () => {
    mockBackend(routes);
    await renderPage();
    const list = await screen.findByRole('list', { name: 'Demo people' });

    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Find a person or group' }),
      'on-call',
    );

    expect(
      within(list)
        .getAllByRole('button')
        .map(b => b.textContent),
    ).toEqual(['Mara Schulz']);
    expect(screen.getByText('1 of 2 people')).toBeInTheDocument();
  });

  it('signs in as the chosen person through the demo provider, keeps the choice, forgets it on sign-out', async () => {
    const requests = mockBackend(routes);
    const onSignInSuccess = await renderPage();

    await userEvent.click(
      await screen.findByRole('button', { name: 'Lena Kraus' }),
    );

    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalledTimes(1));
    const refreshes = requests.filter(r => r.url.endsWith('/refresh'));
    expect(refreshes.map(r => r.url)).toEqual([
      `${BASE}/api/auth/demo/refresh`,
    ]);
    expect(refreshes[0].headers.get('x-demo-user')).toBe(
      'user:default/lena.kraus',
    );
    const identity = onSignInSuccess.mock.calls[0][0];
    await expect(identity.getBackstageIdentity()).resolves.toMatchObject({
      userEntityRef: 'user:default/lena.kraus',
      ownershipEntityRefs: [
        'user:default/lena.kraus',
        'group:default/servanda-release-captains',
      ],
    });
    await expect(identity.getProfileInfo()).resolves.toEqual({
      displayName: 'Lena Kraus',
    });
    expect(window.localStorage.getItem(STORAGE_KEY)).toContain(
      'user:default/lena.kraus',
    );

    await identity.signOut();
    expect(window.localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('signs in again as the stored person after a reload, without the picker', async () => {
    mockBackend(routes);
    const first = await renderPage();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Mara Schulz' }),
    );
    await waitFor(() => expect(first).toHaveBeenCalled());

    first.unmount();
    const requests = mockBackend(routes);
    const second = await renderPage();

    await waitFor(() => expect(second).toHaveBeenCalledTimes(1));
    await expect(
      second.mock.calls[0][0].getBackstageIdentity(),
    ).resolves.toMatchObject({ userEntityRef: 'user:default/mara.schulz' });
    expect(requests.map(r => r.url)).toEqual([`${BASE}/api/auth/demo/refresh`]);
    expect(
      screen.queryByRole('button', { name: 'Sign in as guest' }),
    ).toBeNull();
  });

  it('signs in as guest through the guest provider, without a demo header', async () => {
    const requests = mockBackend(routes);
    const onSignInSuccess = await renderPage();

    await userEvent.click(
      await screen.findByRole('button', { name: 'Sign in as guest' }),
    );

    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalledTimes(1));
    const refreshes = requests.filter(r => r.url.endsWith('/refresh'));
    expect(refreshes.map(r => r.url)).toEqual([
      `${BASE}/api/auth/guest/refresh`,
    ]);
    expect(refreshes[0].headers.has('x-demo-user')).toBe(false);
    await expect(
      onSignInSuccess.mock.calls[0][0].getBackstageIdentity(),
    ).resolves.toMatchObject({ userEntityRef: 'user:development/guest' });
  });

  it('shows only the guest sign-in when the backend has the demo sign-in disabled (404)', async () => {
    mockBackend({
      ...routes,
      [`${BASE}/api/auth/demo/users`]: () =>
        json({ error: { name: 'NotFoundError' } }, 404),
    });
    await renderPage();

    await waitFor(() =>
      expect(screen.queryByText('Loading the demo people…')).toBeNull(),
    );
    expect(
      screen.getByRole('button', { name: 'Sign in as guest' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('note')).toBeNull();
    expect(screen.queryByText('Demo people')).toBeNull();
  });

  it('shows the guest sign-in and the error when the route is unreachable, and retries', async () => {
    const { [`${BASE}/api/auth/demo/users`]: _, ...withoutUsers } = routes;
    mockBackend(withoutUsers);
    await renderPage();

    expect(
      await screen.findByText('The backend could not be reached.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Error: The demo people could not be loaded'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Sign in as guest' }),
    ).toBeInTheDocument();

    mockBackend(routes);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('button', { name: 'Lena Kraus' }),
    ).toBeInTheDocument();
  });

  it('reports a backend error status without its message', async () => {
    mockBackend({
      ...routes,
      [`${BASE}/api/auth/demo/users`]: () =>
        json({ error: { message: 'internal detail' } }, 503),
    });
    await renderPage();

    expect(
      await screen.findByText('The backend answered HTTP 503.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/internal detail/)).toBeNull();
  });

  it('offers the picker again when the stored person cannot sign in', async () => {
    window.localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        provider: 'demo',
        userEntityRef: 'user:default/gone',
        displayName: 'Gone Person',
      }),
    );
    mockBackend(routes);
    const onSignInSuccess = await renderPage();

    expect(
      await screen.findByText('Error: Sign-in failed'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Gone Person is not in the catalog/),
    ).toBeInTheDocument();
    expect(onSignInSuccess).not.toHaveBeenCalled();

    await userEvent.click(
      screen.getByRole('button', { name: 'Choose someone else' }),
    );
    expect(
      await screen.findByRole('button', { name: 'Lena Kraus' }),
    ).toBeInTheDocument();
    expect(window.localStorage.getItem(STORAGE_KEY)).toBeNull();
  });
});
