import type { VersionsResponse } from '@release-readiness/plugin-release-readiness-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { VersionPicker } from './VersionPicker';
import { validateVersionPicker } from './validateVersionPicker';
import { renderField } from './__testUtils__/renderField';
import { runValidator } from './__testUtils__/runValidator';

const digest = `sha256:${'a1'.repeat(32)}`;
const ok = { name: 'kubernetes', status: 'ok' as const };
const versions: VersionsResponse = {
  environments: [
    { name: 'dev', title: 'Development', source: ok },
    { name: 'stage', title: 'Staging', source: ok },
    { name: 'prod', title: 'Production', source: ok },
  ],
  rows: [
    {
      kind: 'Deployment',
      name: 'servanda-api',
      drift: true,
      cells: [
        { environment: 'dev', state: 'deployed', version: '1.6.0-dev' },
        {
          environment: 'stage',
          state: 'deployed',
          version: '1.5.0',
          image: `ghcr.io/servanda/servanda-api@${digest}`,
        },
        { environment: 'prod', state: 'deployed', version: '1.4.2' },
      ],
    },
    {
      kind: 'Deployment',
      name: 'servanda-web',
      drift: false,
      cells: [
        { environment: 'dev', state: 'absent' },
        { environment: 'stage', state: 'deployed', version: '1.4.2' },
        { environment: 'prod', state: 'unknown' },
      ],
    },
  ],
};
const form = { environment: { system: 'servanda', environment: 'stage' } };
const uiOptions = { environmentField: 'environment' };

// MUI selects under userEvent are slow on a shared machine.
jest.setTimeout(30_000);

describe('VersionPicker', () => {
  it('asks for the environment first', async () => {
    const getVersions = jest.fn();
    renderField(VersionPicker, { api: { getVersions }, uiOptions });
    expect(
      await screen.findByText('Choose the environment first.'),
    ).toBeInTheDocument();
    expect(getVersions).not.toHaveBeenCalled();
  });

  it('names a missing ui:options.environmentField', async () => {
    renderField(VersionPicker, { api: {}, form });
    expect(
      await screen.findByText(/does not set ui:options.environmentField/),
    ).toBeInTheDocument();
  });

  it('shows progress while the versions load', async () => {
    renderField(VersionPicker, {
      api: { getVersions: () => new Promise(() => {}) },
      uiOptions,
      form,
    });
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('shows the error with Retry', async () => {
    renderField(VersionPicker, {
      api: { getVersions: () => Promise.reject(new Error('boom')) },
      uiOptions,
      form,
    });
    expect(
      await screen.findByText('Could not load the versions'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('says so when no version is known, and takes a typed one', async () => {
    const { onChange } = renderField(VersionPicker, {
      api: { getVersions: async () => ({ ...versions, rows: [] }) },
      uiOptions,
      form,
      title: 'Version',
    });
    expect(
      await screen.findByText(
        'No versions are known in stage or before it: type one.',
      ),
    ).toBeInTheDocument();
    await userEvent.type(
      screen.getByRole('combobox', { name: /Version/ }),
      '2.0.0',
    );
    expect(onChange).toHaveBeenLastCalledWith({ version: '2.0.0' });
  });

  it('offers the versions of the environment and those before it, and a choice brings its digest', async () => {
    const getVersions = jest.fn(async () => versions);
    const { onChange } = renderField(VersionPicker, {
      api: { getVersions },
      uiOptions,
      form,
      title: 'Version',
    });
    await userEvent.click(
      await screen.findByRole('combobox', { name: /Version/ }),
    );
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map(o => o.textContent)).toEqual([
      '1.5.0Staging: Deployment/servanda-api',
      '1.4.2Staging: Deployment/servanda-web',
      '1.6.0-devDevelopment: Deployment/servanda-api',
    ]);
    expect(getVersions).toHaveBeenCalledWith('servanda');
    await userEvent.click(options[0]);
    expect(onChange).toHaveBeenLastCalledWith({ version: '1.5.0', digest });
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Release ref (optional)' }),
      'v1',
    );
    expect(onChange).toHaveBeenLastCalledWith({
      version: '1.5.0',
      digest,
      ref: 'v1',
    });
  });
});

describe('validateVersionPicker', () => {
  it('accepts a version with a digest and a ref', async () => {
    await expect(
      runValidator(
        validateVersionPicker,
        { version: '1.5.0', digest, ref: 'v1.5.0' },
        { uiOptions },
      ),
    ).resolves.toEqual([]);
  });

  it('names what is wrong with each part', async () => {
    await expect(
      runValidator(
        validateVersionPicker,
        { version: '1.5 .0', digest: 'sha256:xyz', ref: 'release candidate' },
        { uiOptions },
      ),
    ).resolves.toEqual([
      'The version may hold only letters, digits and . _ + / - (at most 200)',
      'The digest must be sha256:<64 hex digits>',
      'The release ref must be a tag or branch name without spaces (at most 200)',
    ]);
    await expect(
      runValidator(validateVersionPicker, { version: '' }, { uiOptions }),
    ).resolves.toEqual(['Enter the version, e.g. 1.4.2']);
  });

  it('needs ui:options.environmentField', async () => {
    await expect(
      runValidator(validateVersionPicker, { version: '1.5.0' }, {}),
    ).resolves.toEqual([
      'The template does not set ui:options.environmentField for this field',
    ]);
  });
});
