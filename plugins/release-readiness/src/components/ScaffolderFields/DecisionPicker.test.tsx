import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DecisionPicker } from './DecisionPicker';
import { validateDecisionPicker } from './validateDecisionPicker';
import { decisionResponse } from './__testUtils__/decisions';
import { notFound } from '../../__fixtures__/notFound';
import { renderField } from './__testUtils__/renderField';
import { runValidator } from './__testUtils__/runValidator';
import { systems } from './__testUtils__/systems';

const older = decisionResponse({
  id: 'd-1',
  environment: 'stage',
  version: '1.4.9',
  requestedAt: '2026-03-20T09:00:00.000Z',
});
const newer = decisionResponse({ id: 'd-2', version: '1.5.0' });
const went = decisionResponse({
  id: 'd-3',
  version: '1.4.0',
  requestedAt: '2026-03-25T09:00:00.000Z',
  state: { status: 'go', reason: 'Every approval is filled' },
});

// MUI selects under userEvent are slow on a shared machine.
jest.setTimeout(30_000);

describe('DecisionPicker', () => {
  it('shows progress while the decisions load', async () => {
    renderField(DecisionPicker, {
      api: { listDecisions: () => new Promise(() => {}) },
      uiOptions: { system: 'servanda' },
    });
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('says so when there is no open decision', async () => {
    const listDecisions = jest.fn(async () => ({ items: [] }));
    renderField(DecisionPicker, {
      api: { listDecisions },
      uiOptions: { system: 'servanda' },
    });
    expect(
      await screen.findByText('servanda has no open decisions.'),
    ).toBeInTheDocument();
    expect(listDecisions).toHaveBeenCalledWith('servanda', { status: 'open' });
  });

  it('shows the error with Retry', async () => {
    renderField(DecisionPicker, {
      api: { listDecisions: () => Promise.reject(new Error('boom')) },
      uiOptions: { system: 'servanda' },
    });
    expect(
      await screen.findByText('Could not load the decisions of servanda'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('lists the decisions of each wanted status newest first and stores { system, decisionId }', async () => {
    const listDecisions = jest.fn(
      async (_system: string, options?: { status?: string }) => ({
        items: options?.status === 'go' ? [went] : [older, newer],
      }),
    );
    const { onChange } = renderField(DecisionPicker, {
      api: { getSystems: async () => ({ items: systems }), listDecisions },
      uiOptions: { status: ['open', 'go'] },
      title: 'Decision',
    });
    await userEvent.click(
      await screen.findByRole('combobox', { name: /System/ }),
    );
    await userEvent.click(
      within(screen.getByRole('listbox')).getByRole('option', {
        name: 'Servanda',
      }),
    );
    await userEvent.click(
      await screen.findByRole('combobox', { name: /Decision/ }),
    );
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map(o => o.textContent)).toEqual([
      'prod 1.5.0 — Waiting for Product Owner (Jonas Weber)open, requested by user:default/lena',
      'prod 1.4.0 — Every approval is filledgo, requested by user:default/lena',
      'stage 1.4.9 — Waiting for Product Owner (Jonas Weber)open, requested by user:default/lena',
    ]);
    await userEvent.click(options[2]);
    expect(onChange).toHaveBeenLastCalledWith({
      system: 'servanda',
      decisionId: 'd-1',
    });
    expect(listDecisions).toHaveBeenCalledWith('servanda', { status: 'go' });
  });

  it('names a broken ui:options.status instead of loading', async () => {
    const listDecisions = jest.fn();
    renderField(DecisionPicker, {
      api: { listDecisions },
      uiOptions: { system: 'servanda', status: ['opened'] },
    });
    expect(
      await screen.findByText(/ui:options.status must list decision statuses/),
    ).toBeInTheDocument();
    expect(listDecisions).not.toHaveBeenCalled();
  });
});

describe('validateDecisionPicker', () => {
  it('accepts an open decision', async () => {
    const getDecision = jest.fn(async () => newer);
    await expect(
      runValidator(
        validateDecisionPicker,
        { system: 'servanda', decisionId: 'd-2' },
        { api: { getDecision } },
      ),
    ).resolves.toEqual([]);
    expect(getDecision).toHaveBeenCalledWith('servanda', 'd-2');
  });

  it('refuses a decision of another status than wanted', async () => {
    await expect(
      runValidator(
        validateDecisionPicker,
        { system: 'servanda', decisionId: 'd-3' },
        { api: { getDecision: async () => went } },
      ),
    ).resolves.toEqual(['The decision is go, not open']);
  });

  it('names an unknown decision', async () => {
    const error = await notFound('No decision d-9');
    await expect(
      runValidator(
        validateDecisionPicker,
        { system: 'servanda', decisionId: 'd-9' },
        { api: { getDecision: () => Promise.reject(error) } },
      ),
    ).resolves.toEqual(["servanda has no decision 'd-9'"]);
  });

  it('refuses an empty value, another system and a broken status option', async () => {
    await expect(
      runValidator(
        validateDecisionPicker,
        { system: 'servanda', decisionId: '' },
        { api: {} },
      ),
    ).resolves.toEqual(['Choose a decision']);
    await expect(
      runValidator(
        validateDecisionPicker,
        { system: 'wimmelwelt', decisionId: 'd-1' },
        { api: {}, uiOptions: { system: 'servanda' } },
      ),
    ).resolves.toEqual(['Choose a decision of servanda, not of wimmelwelt']);
    await expect(
      runValidator(
        validateDecisionPicker,
        { system: 'servanda', decisionId: 'd-1' },
        { api: {}, uiOptions: { status: ['later'] } },
      ),
    ).resolves.toEqual([
      'ui:options.status must list decision statuses (open, go, no-go, expired, invalidated)',
    ]);
  });

  it('fails when the backend answers with an error', async () => {
    await expect(
      runValidator(
        validateDecisionPicker,
        { system: 'servanda', decisionId: 'd-1' },
        { api: { getDecision: () => Promise.reject(new Error('x')) } },
      ),
    ).resolves.toEqual([
      'Could not check the decision: the release-readiness backend could not be reached',
    ]);
  });
});
