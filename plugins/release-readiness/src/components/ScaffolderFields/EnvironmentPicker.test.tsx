import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EnvironmentPicker } from './EnvironmentPicker';
import { validateEnvironmentPicker } from './validateEnvironmentPicker';
import { notFound } from '../../__fixtures__/notFound';
import { renderField } from './__testUtils__/renderField';
import { runValidator } from './__testUtils__/runValidator';
import { servandaEnvironments, systems } from './__testUtils__/systems';

const environmentsOf = (system: string) =>
  Promise.resolve({
    items: systems.find(s => s.name === system)?.environments ?? [],
  });

async function choose(label: RegExp, option: string) {
  await userEvent.click(await screen.findByRole('combobox', { name: label }));
  await userEvent.click(
    within(await screen.findByRole('listbox')).getByRole('option', {
      name: option,
    }),
  );
}

// MUI selects under userEvent are slow on a shared machine.
jest.setTimeout(30_000);

describe('EnvironmentPicker', () => {
  it('shows progress while the systems load', async () => {
    renderField(EnvironmentPicker, {
      api: { getSystems: () => new Promise(() => {}) },
    });
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('says so when no system is configured', async () => {
    renderField(EnvironmentPicker, {
      api: { getSystems: async () => ({ items: [] }) },
    });
    expect(
      await screen.findByText('No systems have a release policy yet.'),
    ).toBeInTheDocument();
  });

  it('shows the error and loads again on Retry', async () => {
    const getSystems = jest
      .fn()
      .mockRejectedValueOnce(new Error('backend down'))
      .mockResolvedValue({ items: systems });
    renderField(EnvironmentPicker, { api: { getSystems } });
    expect(
      await screen.findByText('Could not load the systems'),
    ).toBeInTheDocument();
    expect(screen.getByText('backend down')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('combobox', { name: /System/ }),
    ).toBeInTheDocument();
    expect(getSystems).toHaveBeenCalledTimes(2);
  });

  it('offers the systems and their environments by title and stores the names', async () => {
    const getEnvironments = jest.fn(environmentsOf);
    const { onChange } = renderField(EnvironmentPicker, {
      api: { getSystems: async () => ({ items: systems }), getEnvironments },
      title: 'Environment',
    });
    await choose(/System/, 'Wimmelwelt');
    expect(getEnvironments).toHaveBeenLastCalledWith('wimmelwelt');
    await choose(/Environment/, 'Live');
    expect(onChange).toHaveBeenLastCalledWith({
      system: 'wimmelwelt',
      environment: 'production',
    });
  });

  it('with ui:options.system offers only that system’s environments', async () => {
    const getSystems = jest.fn(async () => ({ items: systems }));
    const { onChange } = renderField(EnvironmentPicker, {
      api: { getSystems, getEnvironments: environmentsOf },
      uiOptions: { system: 'servanda' },
      title: 'Environment',
    });
    await choose(/Environment/, 'Production');
    expect(onChange).toHaveBeenLastCalledWith({
      system: 'servanda',
      environment: 'prod',
    });
    expect(getSystems).not.toHaveBeenCalled();
    expect(screen.queryByRole('combobox', { name: /System/ })).toBeNull();
  });

  it('says so when the system has no environments', async () => {
    renderField(EnvironmentPicker, {
      api: { getEnvironments: async () => ({ items: [] }) },
      uiOptions: { system: 'servanda' },
    });
    expect(
      await screen.findByText(/servanda has no environments/),
    ).toBeInTheDocument();
  });

  it('shows a prefilled value as chosen', async () => {
    renderField(EnvironmentPicker, {
      api: {
        getSystems: async () => ({ items: systems }),
        getEnvironments: environmentsOf,
      },
      formData: { system: 'servanda', environment: 'prod' },
      title: 'Environment',
    });
    await waitFor(() =>
      expect(
        screen.getByRole('combobox', { name: /Environment/ }),
      ).toHaveTextContent('Production'),
    );
  });
});

describe('validateEnvironmentPicker', () => {
  const api = { getEnvironments: environmentsOf };

  it('accepts an environment of the system', async () => {
    await expect(
      runValidator(
        validateEnvironmentPicker,
        { system: 'servanda', environment: 'prod' },
        { api },
      ),
    ).resolves.toEqual([]);
  });

  it('names the environments the system has for an unknown one', async () => {
    await expect(
      runValidator(
        validateEnvironmentPicker,
        { system: 'servanda', environment: 'qa' },
        { api },
      ),
    ).resolves.toEqual([
      `servanda has no environment 'qa' (it has: ${servandaEnvironments
        .map(e => e.name)
        .join(', ')})`,
    ]);
  });

  it('refuses a half-filled value', async () => {
    await expect(
      runValidator(
        validateEnvironmentPicker,
        { system: 'servanda', environment: '' },
        { api },
      ),
    ).resolves.toEqual(['Choose a system and one of its environments']);
  });

  it('refuses another system than ui:options.system', async () => {
    await expect(
      runValidator(
        validateEnvironmentPicker,
        { system: 'wimmelwelt', environment: 'production' },
        { api, uiOptions: { system: 'servanda' } },
      ),
    ).resolves.toEqual([
      'Choose an environment of servanda, not of wimmelwelt',
    ]);
  });

  it('names an unknown system, and never passes the backend message through', async () => {
    const error = await notFound('No system nope; known: servanda');
    const errors = await runValidator(
      validateEnvironmentPicker,
      { system: 'nope', environment: 'prod' },
      { api: { getEnvironments: () => Promise.reject(error) } },
    );
    expect(errors).toEqual(["Unknown system 'nope'"]);
  });

  it('fails when the backend cannot be asked (unknown is not valid)', async () => {
    await expect(
      runValidator(
        validateEnvironmentPicker,
        { system: 'servanda', environment: 'prod' },
        {
          api: {
            getEnvironments: () => Promise.reject(new TypeError('secret=1')),
          },
        },
      ),
    ).resolves.toEqual([
      'Could not check the environment: the release-readiness backend could not be reached',
    ]);
    await expect(
      runValidator(
        validateEnvironmentPicker,
        { system: 'servanda', environment: 'prod' },
        {},
      ),
    ).resolves.toEqual([
      'Could not check the environment: the release-readiness API is not installed',
    ]);
  });
});
