import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DecisionBlockingItem } from '@release-readiness/plugin-release-readiness-common';
import { BlockingItemPicker } from './BlockingItemPicker';
import { validateBlockingItemPicker } from './validateBlockingItemPicker';
import { decisionResponse } from './__testUtils__/decisions';
import { notFound } from '../../__fixtures__/notFound';
import { renderField } from './__testUtils__/renderField';
import { runValidator } from './__testUtils__/runValidator';

const waiver = {
  reason: 'Restored by hand on Monday',
  by: 'user:default/jonas',
  until: '2026-03-27T09:00:00.000Z',
  at: '2026-03-26T10:00:00.000Z',
};
const blocking: DecisionBlockingItem[] = [
  {
    item: 'restore-test',
    title: 'Restore test',
    status: 'unknown',
    reason: 'No restore test recorded',
  },
  {
    item: 'ci',
    title: 'CI',
    status: 'fail',
    reason: 'build failed',
    waiver: { item: 'ci', ...waiver },
  },
  {
    item: 'backup-age',
    title: 'Backup age',
    status: 'fail',
    reason: 'last backup 30 h ago',
  },
  {
    item: 'pentest',
    title: 'Pentest',
    status: 'fail',
    reason: 'open findings',
    lapsedWaiver: { item: 'pentest', ...waiver },
  },
];
const decision = decisionResponse({ id: 'd-1', state: { blocking } });
const form = { decision: { system: 'servanda', decisionId: 'd-1' } };
const uiOptions = { decisionField: 'decision' };

// MUI selects under userEvent are slow on a shared machine.
jest.setTimeout(30_000);

describe('BlockingItemPicker', () => {
  it('asks for the decision first', async () => {
    const getDecision = jest.fn();
    renderField(BlockingItemPicker, { api: { getDecision }, uiOptions });
    expect(
      await screen.findByText('Choose the decision first.'),
    ).toBeInTheDocument();
    expect(getDecision).not.toHaveBeenCalled();
  });

  it('names a missing ui:options.decisionField', async () => {
    renderField(BlockingItemPicker, { api: {}, form });
    expect(
      await screen.findByText(/does not set ui:options.decisionField/),
    ).toBeInTheDocument();
  });

  it('shows progress while the decision loads', async () => {
    renderField(BlockingItemPicker, {
      api: { getDecision: () => new Promise(() => {}) },
      uiOptions,
      form,
    });
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('shows the error with Retry', async () => {
    renderField(BlockingItemPicker, {
      api: { getDecision: () => Promise.reject(new Error('boom')) },
      uiOptions,
      form,
    });
    expect(
      await screen.findByText('Could not load the decision'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('says so when nothing is left to waive', async () => {
    renderField(BlockingItemPicker, {
      api: {
        getDecision: async () =>
          decisionResponse({
            id: 'd-1',
            state: { blocking: blocking.filter(b => b.waiver) },
          }),
      },
      uiOptions,
      form,
    });
    expect(await screen.findByText(/Nothing to waive/)).toBeInTheDocument();
  });

  it('offers the blocking items not yet waived by title and status and stores the id', async () => {
    const getDecision = jest.fn(async () => decision);
    const { onChange } = renderField(BlockingItemPicker, {
      api: { getDecision },
      uiOptions,
      form,
      title: 'Readiness item',
    });
    await userEvent.click(
      await screen.findByRole('combobox', { name: /Readiness item/ }),
    );
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map(o => o.textContent)).toEqual([
      'Restore test (unknown)No restore test recorded',
      'Backup age (fail)last backup 30 h ago',
    ]);
    await userEvent.click(options[1]);
    expect(onChange).toHaveBeenLastCalledWith('backup-age');
    expect(getDecision).toHaveBeenCalledWith('servanda', 'd-1');
  });
});

describe('validateBlockingItemPicker', () => {
  const api = { getDecision: async () => decision };

  it('accepts a blocking item not yet waived', async () => {
    await expect(
      runValidator(validateBlockingItemPicker, 'restore-test', {
        api,
        uiOptions,
        form,
      }),
    ).resolves.toEqual([]);
  });

  it('refuses an item that does not block, naming the blocking ones', async () => {
    await expect(
      runValidator(validateBlockingItemPicker, 'sla', { api, uiOptions, form }),
    ).resolves.toEqual([
      "'sla' does not block this decision (blocking: restore-test, ci, backup-age, pentest)",
    ]);
  });

  it('refuses an item waived already, also when its waiver lapsed', async () => {
    await expect(
      runValidator(validateBlockingItemPicker, 'ci', { api, uiOptions, form }),
    ).resolves.toEqual(["'ci' was waived already"]);
    await expect(
      runValidator(validateBlockingItemPicker, 'pentest', {
        api,
        uiOptions,
        form,
      }),
    ).resolves.toEqual(["'pentest' was waived already"]);
  });

  it('needs the option and the decision of the step', async () => {
    await expect(
      runValidator(validateBlockingItemPicker, 'ci', { api, form }),
    ).resolves.toEqual([
      'The template does not set ui:options.decisionField for this field',
    ]);
    await expect(
      runValidator(validateBlockingItemPicker, 'ci', { api, uiOptions }),
    ).resolves.toEqual(['Choose the decision first']);
  });

  it('names an unknown decision', async () => {
    const error = await notFound('No decision d-1');
    await expect(
      runValidator(validateBlockingItemPicker, 'ci', {
        api: { getDecision: () => Promise.reject(error) },
        uiOptions,
        form,
      }),
    ).resolves.toEqual(["servanda has no decision 'd-1'"]);
  });
});
