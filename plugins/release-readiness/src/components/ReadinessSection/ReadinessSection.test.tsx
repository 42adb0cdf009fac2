import { renderInTestApp } from '@backstage/frontend-test-utils';
import { ResponseError } from '@backstage/errors';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { prodReadiness } from '../../__fixtures__/prodReadiness';
import { ReadinessSection } from './ReadinessSection';

// Typing into dialogs with user-event takes seconds on a loaded 2-core machine.
jest.setTimeout(20_000);

function render(api: Record<string, jest.Mock>) {
  return renderInTestApp(
    <ReadinessSection system="servanda" environment="prod" />,
    {
      apis: [[releaseReadinessApiRef, api]] as const,
    },
  );
}

async function badRequest(message: string) {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name: 'InputError', message },
        request: { method: 'GET', url: '/' },
        response: { statusCode: 400 },
      }),
      { status: 400, headers: { 'content-type': 'application/json' } },
    ),
  );
}

describe('ReadinessSection', () => {
  it('shows the verdict, its reasons in order, and when the next window opens', async () => {
    const getReadiness = jest.fn().mockResolvedValue(prodReadiness);
    await render({ getReadiness });

    expect(
      await screen.findByLabelText('Verdict: Blocked'),
    ).toBeInTheDocument();
    const reasons = within(screen.getByRole('list', { name: 'Reasons' }));
    expect(reasons.getAllByRole('listitem').map(li => li.textContent)).toEqual([
      expect.stringContaining('Release gate: 4/5 required checks passed'),
      expect.stringContaining('Change window: Weekend change freeze'),
      expect.stringContaining('No open P0–P2 incident'),
    ]);
    expect(
      screen.getByText(
        /Next allowed window: Tue 31 Mar, 20:00 CEST until Tue 31 Mar, 22:00 CEST \(Standard release window\)/,
      ),
    ).toBeInTheDocument();
    expect(getReadiness).toHaveBeenCalledWith('servanda', 'prod', {
      at: undefined,
      changeType: 'standard',
      risk: undefined,
    });
  });

  it('shows each gate with N/M and every check with its state and link', async () => {
    await render({ getReadiness: jest.fn().mockResolvedValue(prodReadiness) });
    const gate = within(
      await screen.findByRole('region', { name: 'Release gate' }),
    );
    expect(gate.getByLabelText('Checks passed')).toHaveTextContent(
      '4/5 passed (5 required)',
    );
    expect(gate.getByRole('link', { name: /^trivy-scan/ })).toHaveAttribute(
      'href',
      'https://github.com/servanda/servanda/runs/104',
    );
    expect(gate.getByText('CVE-2026-21917 (CVSS 8.1)')).toBeInTheDocument();
    expect(
      gate.getByRole('link', { name: /^v1\.8\.0 @ 9f3c2b7/ }),
    ).toBeInTheDocument();
    expect(
      gate.getByText(/Source: github:servanda\/servanda/),
    ).toBeInTheDocument();
    // CI gates cannot be set by hand
    expect(
      gate.queryByRole('button', { name: 'Set result' }),
    ).not.toBeInTheDocument();
  });

  it('shows unknown preconditions as unknown with the reason and an unavailable source, never as pass', async () => {
    await render({ getReadiness: jest.fn().mockResolvedValue(prodReadiness) });
    const incidents = within(
      await screen.findByRole('region', { name: 'No open P0–P2 incident' }),
    );
    expect(incidents.getByText('Unknown')).toBeInTheDocument();
    expect(incidents.queryByText('Pass')).not.toBeInTheDocument();
    expect(incidents.getByTestId('source-unavailable')).toHaveTextContent(
      'NOT_CONFIGURED',
    );
    const budget = within(
      screen.getByRole('region', { name: 'Error budget left' }),
    );
    expect(budget.getByText('advisory')).toBeInTheDocument();
  });

  it('asks again for another moment and change type', async () => {
    const getReadiness = jest.fn().mockResolvedValue(prodReadiness);
    await render({ getReadiness });
    await screen.findByLabelText('Verdict: Blocked');

    fireEvent.change(screen.getByLabelText('At (your time zone)'), {
      target: { value: '2026-03-31T20:30' },
    });
    await waitFor(() =>
      expect(getReadiness).toHaveBeenLastCalledWith(
        'servanda',
        'prod',
        expect.objectContaining({
          at: expect.stringMatching(/^2026-03-31T20:30:00\.000[+-Z]/),
        }),
      ),
    );

    await userEvent.click(
      screen.getByRole('combobox', { name: 'Change type' }),
    );
    await userEvent.click(
      await screen.findByRole('option', { name: 'hotfix-p1' }),
    );
    await waitFor(() =>
      expect(getReadiness).toHaveBeenLastCalledWith(
        'servanda',
        'prod',
        expect.objectContaining({ changeType: 'hotfix-p1' }),
      ),
    );
  });

  it('shows a bad request with the backend message', async () => {
    const error = await badRequest(
      "Invalid query parameter 'at': must be within a year of now",
    );
    await render({ getReadiness: jest.fn().mockRejectedValue(error) });
    expect(
      await screen.findByText(/Could not judge the readiness/),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/must be within a year of now/).length,
    ).toBeGreaterThan(0);
  });

  it('sets a manual gate result with a reason, then judges again', async () => {
    const getReadiness = jest.fn().mockResolvedValue(prodReadiness);
    const setManualGateResult = jest.fn().mockResolvedValue({ id: 'r1' });
    const getManualGateEligibility = jest.fn().mockResolvedValue({
      allowed: true,
      reason: 'user:default/lena.kraus is responsible (via release-captain)',
    });
    await render({
      getReadiness,
      setManualGateResult,
      getManualGateEligibility,
    });
    const gate = within(
      await screen.findByRole('region', { name: 'Staging gate (T-12h)' }),
    );
    const setButton = gate.getByRole('button', { name: 'Set result' });
    await waitFor(() => expect(setButton).toBeEnabled());
    await userEvent.click(setButton);

    const dialog = within(await screen.findByRole('dialog'));
    const save = dialog.getByRole('button', { name: 'Save' });
    expect(save).toBeDisabled(); // a reason is required
    await userEvent.type(
      dialog.getByLabelText(/Reason/),
      'smoke tests green, QA-123',
    );
    await userEvent.click(save);

    await waitFor(() => expect(setManualGateResult).toHaveBeenCalledTimes(1));
    expect(setManualGateResult).toHaveBeenCalledWith(
      'servanda',
      'prod',
      'staging',
      'smoke-tests',
      {
        state: 'passed',
        reason: 'smoke tests green, QA-123',
        requestId: expect.any(String),
      },
    );
    await waitFor(() => expect(getReadiness).toHaveBeenCalledTimes(2));
  });

  it('keeps the dialog open with the reason when the user may not set results, and retries with the same request id', async () => {
    const denied = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: {
            name: 'NotAllowedError',
            message:
              'You are not allowed to set manual gate results (release-readiness.gate.set)',
          },
          request: { method: 'POST', url: '/' },
          response: { statusCode: 403 },
        }),
        { status: 403, headers: { 'content-type': 'application/json' } },
      ),
    );
    const setManualGateResult = jest.fn().mockRejectedValue(denied);
    await render({
      getReadiness: jest.fn().mockResolvedValue(prodReadiness),
      setManualGateResult,
      // The eligibility said yes, then the policy changed: the write is refused after all.
      getManualGateEligibility: jest
        .fn()
        .mockResolvedValue({ allowed: true, reason: 'release captain' }),
    });
    const gate = within(
      await screen.findByRole('region', { name: 'Staging gate (T-12h)' }),
    );
    const setButton = gate.getByRole('button', { name: 'Set result' });
    await waitFor(() => expect(setButton).toBeEnabled());
    await userEvent.click(setButton);
    const dialog = within(await screen.findByRole('dialog'));
    await userEvent.type(dialog.getByLabelText(/Reason/), 'trust me');
    await userEvent.click(dialog.getByRole('button', { name: 'Save' }));
    expect(
      await dialog.findByText(/not allowed to set manual gate results/),
    ).toBeInTheDocument();
    await userEvent.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(setManualGateResult).toHaveBeenCalledTimes(2));
    expect(setManualGateResult.mock.calls[1][3].requestId).toBe(
      setManualGateResult.mock.calls[0][3].requestId,
    );
  });

  it('shows the set buttons disabled, with the reason, to a user the RACI does not allow', async () => {
    const getManualGateEligibility = jest.fn().mockResolvedValue({
      allowed: false,
      reason:
        "user:development/guest is not responsible or accountable for 'Go/no-go decision' in prod",
    });
    const setManualGateResult = jest.fn();
    await render({
      getReadiness: jest.fn().mockResolvedValue(prodReadiness),
      getManualGateEligibility,
      setManualGateResult,
    });
    const gate = within(
      await screen.findByRole('region', { name: 'Staging gate (T-12h)' }),
    );
    const button = await gate.findByRole('button', { name: 'Set result' });
    await waitFor(() => expect(button).toBeDisabled());
    expect(button).toHaveAccessibleDescription(
      "You cannot set this gate: user:development/guest is not responsible or accountable for 'Go/no-go decision' in prod",
    );
    expect(getManualGateEligibility).toHaveBeenCalledWith(
      'servanda',
      'prod',
      'staging',
    );
    expect(setManualGateResult).not.toHaveBeenCalled();
  });

  it('sends the release shown with a manual result', async () => {
    const withRef = {
      ...prodReadiness,
      items: prodReadiness.items.map(i =>
        i.id === 'staging'
          ? { ...i, gate: { ...i.gate!, ref: { name: 'v1.8.0' } } }
          : i,
      ),
    };
    const setManualGateResult = jest.fn().mockResolvedValue({ id: 'r1' });
    await render({
      getReadiness: jest.fn().mockResolvedValue(withRef),
      setManualGateResult,
      getManualGateEligibility: jest
        .fn()
        .mockResolvedValue({ allowed: true, reason: 'release captain' }),
    });
    const gate = within(
      await screen.findByRole('region', { name: 'Staging gate (T-12h)' }),
    );
    const button = await gate.findByRole('button', { name: 'Set result' });
    await waitFor(() => expect(button).toBeEnabled());
    await userEvent.click(button);
    const dialog = within(await screen.findByRole('dialog'));
    expect(
      dialog.getByText('Set “smoke-tests” for v1.8.0'),
    ).toBeInTheDocument();
    await userEvent.type(dialog.getByLabelText(/Reason/), 'green on staging');
    await userEvent.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(setManualGateResult).toHaveBeenCalledWith(
        'servanda',
        'prod',
        'staging',
        'smoke-tests',
        expect.objectContaining({ ref: 'v1.8.0' }),
      ),
    );
  });
});
