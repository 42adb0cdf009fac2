import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import type {
  DecisionResponse,
  DecisionState,
  DecisionVote,
  DecisionWaiver,
} from '@release-readiness/plugin-release-readiness-common';
import { screen, within } from '@testing-library/react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { decisionResponseOf } from './__testUtils__/decisionResponseOf';
import { MeetingView } from './MeetingView';
import { PRINT_HIDDEN_CLASS } from './PrintStyles';
import {
  forgetStoredLanguage,
  germanPortal,
} from '../../translations/__testUtils__/germanPortal';

// The machine the tests run on is shared: MUI renders slowly there.
jest.setTimeout(30_000);

const LENA = 'user:default/lena.kraus';
const JONAS = 'user:default/jonas.weber';
const KATRIN = 'user:default/katrin.vogel';

const jonas = { entityRef: JONAS, displayName: 'Jonas Weber' };
const katrin = { entityRef: KATRIN, displayName: 'Katrin Vogel' };

const goOf = (voter: string, reason: string, at: string): DecisionVote => ({
  voter,
  roles: [],
  vote: 'go',
  reason,
  at,
});

const waiverOf = (item: string, reason: string): DecisionWaiver => ({
  item,
  reason,
  by: JONAS,
  until: '2026-03-25T08:00:00.000Z',
  at: '2026-03-24T09:00:00.000Z',
});

const lenaGo = goOf(LENA, 'Ready from my side', '2026-03-24T08:30:00.000Z');

const blockingOpen: DecisionState['blocking'] = [
  {
    item: 'restore-test',
    title: 'Restore test',
    status: 'fail',
    reason: 'Last restore test failed on 2026-03-20',
  },
  {
    item: 'incident-free',
    title: 'No open P0–P2 incident',
    status: 'unknown',
    reason: 'No incident source is configured',
  },
];

const openState: DecisionState = {
  status: 'open',
  reason:
    'Waiting for Product Owner (Jonas Weber) and Tech Lead (Katrin Vogel)',
  approvals: [
    {
      id: 'release-captain',
      title: 'Release Captain',
      filledBy: LENA,
      candidates: [],
    },
    {
      id: 'product-owner',
      title: 'Product Owner',
      candidates: [jonas],
    },
    { id: 'tech-lead', title: 'Tech Lead', candidates: [katrin] },
  ],
  blocking: blockingOpen,
  noGo: [],
};

const allowed = {
  vote: { allowed: true, reason: 'You may vote as Product Owner' },
  waive: { allowed: true, reason: 'You are accountable for go-no-go' },
};

async function render(response: DecisionResponse) {
  const api = { vote: jest.fn(), waive: jest.fn(), exportDecision: jest.fn() };
  const onChanged = jest.fn();
  await renderInTestApp(
    <MeetingView response={response} onChanged={onChanged} />,
    {
      apis: [[releaseReadinessApiRef, api]] as const,
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
  return { api, onChanged };
}

const region = (name: string) => within(screen.getByRole('region', { name }));

describe('MeetingView', () => {
  it('shows an open decision: status, reason, what blocks, approvals received and missing with their candidates', async () => {
    await render(
      decisionResponseOf(openState, {
        decision: { votes: [lenaGo] },
        you: allowed,
      }),
    );
    expect(screen.getByLabelText('Decision status')).toHaveTextContent(
      /^OPEN$/,
    );
    expect(screen.getByLabelText('Why')).toHaveTextContent(
      'Waiting for Product Owner (Jonas Weber) and Tech Lead (Katrin Vogel)',
    );
    expect(
      within(screen.getByLabelText('Evidence verdict')).getByText(/Blocked/i),
    ).toBeInTheDocument();

    const blocking = region('Blocking items');
    expect(
      blocking.getByRole('heading', {
        name: 'Blocking items (2 of 2 without a waiver)',
      }),
    ).toBeInTheDocument();
    const restore = within(
      blocking.getByRole('listitem', { name: 'Restore test' }),
    );
    expect(
      restore.getByText('Last restore test failed on 2026-03-20'),
    ).toBeInTheDocument();
    expect(
      restore.getByText(/^Source: source-of-restore-test, as of /),
    ).toBeInTheDocument();
    expect(
      restore.getByText('Needs a waiver before a go.'),
    ).toBeInTheDocument();
    const incident = within(
      blocking.getByRole('listitem', { name: 'No open P0–P2 incident' }),
    );
    expect(
      incident.getByText('Source: source-of-incident-free, never read'),
    ).toBeInTheDocument();

    const approvals = region('Approvals');
    expect(
      approvals.getByRole('heading', { name: 'Approvals (1 of 3 received)' }),
    ).toBeInTheDocument();
    const captain = within(
      approvals.getByRole('listitem', { name: 'Release Captain' }),
    );
    expect(captain.getByText('received')).toBeInTheDocument();
    expect(captain.getByText(/Ready from my side/)).toBeInTheDocument();
    const owner = within(
      approvals.getByRole('listitem', { name: 'Product Owner' }),
    );
    expect(owner.getByText('missing')).toBeInTheDocument();
    expect(
      within(owner.getByLabelText('Who can give Product Owner')).getByRole(
        'link',
        { name: /Jonas Weber/ },
      ),
    ).toBeInTheDocument();
    const lead = within(approvals.getByRole('listitem', { name: 'Tech Lead' }));
    expect(
      within(lead.getByLabelText('Who can give Tech Lead')).getByRole('link', {
        name: /Katrin Vogel/,
      }),
    ).toBeInTheDocument();

    const part = region('Your part');
    expect(part.getByRole('button', { name: 'Vote' })).toBeEnabled();
    expect(part.getByRole('button', { name: 'Waive an item' })).toBeEnabled();
    expect(
      screen.queryByRole('link', { name: /Request a new decision/ }),
    ).not.toBeInTheDocument();
  });

  it('shows a go with the waivers that cover the blocking items and every approval received', async () => {
    const waivers = [
      waiverOf('restore-test', 'Drill is booked for Thursday'),
      waiverOf('incident-free', 'Checked the status page by hand'),
    ];
    await render(
      decisionResponseOf(
        {
          status: 'go',
          reason: 'Every approval is given and every blocking item is waived',
          approvals: [
            {
              id: 'release-captain',
              title: 'Release Captain',
              filledBy: LENA,
              candidates: [],
            },
            {
              id: 'product-owner',
              title: 'Product Owner',
              filledBy: JONAS,
              candidates: [],
            },
            {
              id: 'tech-lead',
              title: 'Tech Lead',
              filledBy: KATRIN,
              candidates: [],
            },
          ],
          blocking: blockingOpen.map((b, i) => ({ ...b, waiver: waivers[i] })),
          noGo: [],
        },
        {
          decision: {
            votes: [
              lenaGo,
              goOf(JONAS, 'Product agrees', '2026-03-24T09:10:00.000Z'),
              goOf(KATRIN, 'Tech agrees', '2026-03-24T09:20:00.000Z'),
            ],
            waivers,
          },
        },
      ),
    );
    expect(screen.getByLabelText('Decision status')).toHaveTextContent(/^GO$/);
    const blocking = region('Blocking items');
    expect(
      blocking.getByRole('heading', {
        name: 'Blocking items (0 of 2 without a waiver)',
      }),
    ).toBeInTheDocument();
    expect(
      within(
        blocking.getByRole('listitem', { name: 'Restore test' }),
      ).getByLabelText('Waiver'),
    ).toHaveTextContent(/Drill is booked for Thursday/);
    expect(
      blocking.queryByText('Needs a waiver before a go.'),
    ).not.toBeInTheDocument();
    expect(
      region('Approvals').getByRole('heading', {
        name: 'Approvals (3 of 3 received)',
      }),
    ).toBeInTheDocument();
    const votes = within(screen.getByRole('table', { name: 'Votes received' }));
    expect(votes.getAllByRole('row')).toHaveLength(4);
    expect(votes.getByText('Tech agrees')).toBeInTheDocument();
  });

  it('shows a no-go with the vote that decided it', async () => {
    const noGo: DecisionVote = {
      voter: 'user:default/sophie.lang',
      roles: ['qa'],
      vote: 'no-go',
      reason: 'Smoke tests are red on staging',
      at: '2026-03-24T10:00:00.000Z',
    };
    await render(
      decisionResponseOf(
        {
          ...openState,
          status: 'no-go',
          reason: 'No-go by Sophie Lang',
          noGo: [noGo],
        },
        { decision: { votes: [lenaGo, noGo] } },
      ),
    );
    expect(screen.getByLabelText('Decision status')).toHaveTextContent(
      /^NO-GO$/,
    );
    expect(screen.getByLabelText('No-go votes')).toHaveTextContent(
      /A no-go vote decides no-go: .*Smoke tests are red on staging/,
    );
  });

  it('says an expired decision takes no more votes and links to a new request prefilled', async () => {
    await render(
      decisionResponseOf(
        { ...openState, status: 'expired', reason: 'Expired before a go' },
        { decision: { digest: `sha256:${'a'.repeat(64)}` } },
      ),
    );
    expect(screen.getByLabelText('Decision status')).toHaveTextContent(
      /^EXPIRED$/,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      /This decision expired at .*a go needs a new decision/,
    );
    const link = screen.getByRole('link', {
      name: 'Request a new decision for prod 1.4.2',
    });
    const href = link.getAttribute('href') ?? '';
    const [path, query] = href.split('?');
    expect(path).toBe('/create/templates/default/go-no-go-request');
    expect(JSON.parse(new URLSearchParams(query).get('formData')!)).toEqual({
      environment: { system: 'servanda', environment: 'prod' },
      release: { version: '1.4.2', digest: `sha256:${'a'.repeat(64)}` },
    });
  });

  it('shows an invalidated decision with what changed since against live data', async () => {
    await render(
      decisionResponseOf(
        {
          ...openState,
          status: 'invalidated',
          reason:
            'Release gate turned from pass to fail before the planned time',
        },
        {
          decision: {
            outcome: {
              status: 'invalidated',
              reason: 'Release gate failed after the request',
              at: '2026-03-24T11:00:00.000Z',
            },
          },
          changes: [
            {
              item: 'release-gate',
              title: 'Release gate',
              from: 'pass',
              to: 'fail',
            },
          ],
        },
      ),
    );
    expect(screen.getByLabelText('Decision status')).toHaveTextContent(
      /^INVALIDATED$/,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This decision was invalidated: Release gate failed after the request',
    );
    const changed = region('What changed since');
    expect(changed.getByRole('listitem')).toHaveTextContent(
      'Release gate: Pass → Fail',
    );
    const evidence = within(
      screen.getByRole('table', { name: 'Pinned evidence' }),
    );
    const gateRow = within(
      evidence.getByRole('row', { name: /^Release gate/ }),
    );
    expect(gateRow.getByText('now fail')).toBeInTheDocument();
    expect(gateRow.getByText('source-of-release-gate')).toBeInTheDocument();
    expect(
      within(evidence.getByRole('row', { name: /^Restore test/ })).getByText(
        'unchanged',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: 'Request a new decision for prod 1.4.2',
      }),
    ).toBeInTheDocument();
  });

  it('says what changed since is unknown when live data could not be read, not "nothing changed"', async () => {
    await render(decisionResponseOf(openState, { changes: undefined }));
    const changed = region('What changed since');
    expect(
      changed.getByText(/what changed since is unknown/),
    ).toBeInTheDocument();
    expect(changed.queryByText(/Nothing changed/)).not.toBeInTheDocument();
  });

  it('disables Vote and Waive with the reasons the backend gives', async () => {
    await render(
      decisionResponseOf(openState, {
        you: {
          vote: {
            allowed: false,
            reason:
              "user:development/guest may not vote: not responsible for 'Go/no-go decision'",
          },
          waive: {
            allowed: false,
            reason: 'Only the accountable of go-no-go may waive',
          },
        },
      }),
    );
    const part = region('Your part');
    const voteButton = part.getByRole('button', { name: 'Vote' });
    expect(voteButton).toBeDisabled();
    expect(voteButton).toHaveAccessibleDescription(
      "user:development/guest may not vote: not responsible for 'Go/no-go decision'",
    );
    const waive = part.getByRole('button', { name: 'Waive an item' });
    expect(waive).toBeDisabled();
    expect(waive).toHaveAccessibleDescription(
      'Only the accountable of go-no-go may waive',
    );
  });

  it('disables the buttons when the backend did not say whether the user may act', async () => {
    await render(decisionResponseOf(openState, { you: undefined }));
    const voteButton = region('Your part').getByRole('button', {
      name: 'Vote',
    });
    expect(voteButton).toBeDisabled();
    expect(voteButton).toHaveAccessibleDescription(/did not say/);
  });

  it('prints without buttons and navigation but with the evidence and votes', async () => {
    await render(
      decisionResponseOf(openState, {
        decision: { votes: [lenaGo] },
        you: allowed,
      }),
    );
    const css = screen.getByTestId('decision-print-styles').textContent ?? '';
    expect(css).toMatch(/^@media print \{/);
    const hidden = css.slice(0, css.indexOf('{', css.indexOf('{') + 1));
    expect(hidden).toContain('button');
    expect(hidden).toContain('nav');
    expect(hidden).toContain(`.${PRINT_HIDDEN_CLASS}`);
    expect(screen.getByRole('region', { name: 'Your part' })).toHaveClass(
      PRINT_HIDDEN_CLASS,
    );
    for (const kept of ['Evidence', 'Votes', 'Blocking items', 'Approvals']) {
      expect(screen.getByRole('region', { name: kept })).not.toHaveClass(
        PRINT_HIDDEN_CLASS,
      );
      expect(
        screen
          .getByRole('region', { name: kept })
          .closest(`.${PRINT_HIDDEN_CLASS}`),
      ).toBeNull();
    }
  });
});

describe('MeetingView in German', () => {
  forgetStoredLanguage();

  it('follows the portal language: the Go/No-Go-Entscheid with its Freigaben and Ausnahmen in German', async () => {
    const [restore, incident] = blockingOpen;
    await renderInTestApp(
      <MeetingView
        response={decisionResponseOf(
          {
            ...openState,
            blocking: [
              {
                ...restore,
                waiver: waiverOf('restore-test', 'Drill is booked'),
              },
              incident,
            ],
          },
          { decision: { votes: [lenaGo] }, you: allowed },
        )}
        onChanged={jest.fn()}
      />,
      {
        apis: [
          [
            releaseReadinessApiRef,
            { vote: jest.fn(), waive: jest.fn(), exportDecision: jest.fn() },
          ],
        ] as const,
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
        config: germanPortal,
      },
    );
    expect(
      await screen.findByRole(
        'heading',
        { name: 'Go/No-Go-Entscheid: prod 1.4.2' },
        // the German messages are loaded on demand
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Status des Entscheids')).toHaveTextContent(
      /^OFFEN$/,
    );
    // the state's reason is the backend's: shown as sent
    expect(screen.getByLabelText('Begründung')).toHaveTextContent(
      'Waiting for Product Owner (Jonas Weber) and Tech Lead (Katrin Vogel)',
    );
    const blocking = region('Blockierende Punkte');
    expect(
      blocking.getByRole('heading', {
        name: 'Blockierende Punkte (1 von 2 ohne Ausnahme)',
      }),
    ).toBeInTheDocument();
    // a sentence around a link: the link stays a link inside the German sentence
    const waiver = blocking.getByLabelText('Ausnahme');
    expect(waiver).toHaveTextContent(
      /^Ausnahme erteilt von .+ bis .+: „Drill is booked“$/,
    );
    expect(within(waiver).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/default/user/jonas.weber',
    );
    expect(
      blocking.getByText('Braucht vor einem Go eine Ausnahme.'),
    ).toBeInTheDocument();
    expect(
      region('Freigaben').getByRole('heading', {
        name: 'Freigaben (1 von 3 erteilt)',
      }),
    ).toBeInTheDocument();
    const part = region('Ihr Beitrag');
    expect(part.getByRole('button', { name: 'Abstimmen' })).toBeEnabled();
    expect(
      part.getByRole('button', { name: 'Ausnahme erteilen' }),
    ).toBeEnabled();
    expect(
      screen.getByRole('table', { name: 'Abgegebene Stimmen' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Blocking items/)).not.toBeInTheDocument();
  });
});
