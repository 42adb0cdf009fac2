import type { RevisionsResponse } from '@release-readiness/plugin-release-readiness-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RevisionPicker } from './RevisionPicker';
import { validateRevisionPicker } from './validateRevisionPicker';
import { notFound } from '../../__fixtures__/notFound';
import { renderField } from './__testUtils__/renderField';
import { runValidator } from './__testUtils__/runValidator';

const form = {
  environment: { system: 'servanda', environment: 'prod' },
  workload: { kind: 'Deployment', name: 'servanda-api' },
};
const uiOptions = {
  environmentField: 'environment',
  workloadField: 'workload',
};
const ok = { name: 'kubernetes', status: 'ok' as const };
const image = (tag: string) => [
  { container: 'api', image: `ghcr.io/servanda/servanda-api:${tag}` },
];
const revisions: RevisionsResponse = {
  environment: 'prod',
  workload: { kind: 'Deployment', name: 'servanda-api' },
  strategy: 'kubernetes',
  items: [
    {
      revision: 7,
      current: true,
      version: '1.5.0',
      images: image('1.5.0'),
      createdAt: '2026-03-26T10:00:00.000Z',
    },
    {
      revision: 6,
      current: false,
      version: '1.4.2',
      images: image('1.4.2'),
      createdAt: '2026-03-20T10:00:00.000Z',
      changeCause: 'release 1.4.2',
    },
    { revision: 5, current: false, images: image('dev-abc123') },
  ],
  source: ok,
};

// MUI selects under userEvent are slow on a shared machine.
jest.setTimeout(30_000);

describe('RevisionPicker', () => {
  it('asks for the environment and the workload first', async () => {
    const getRevisions = jest.fn();
    renderField(RevisionPicker, {
      api: { getRevisions },
      uiOptions,
      form: { environment: form.environment },
    });
    expect(
      await screen.findByText('Choose the workload first.'),
    ).toBeInTheDocument();
    expect(getRevisions).not.toHaveBeenCalled();
  });

  it('shows progress while the revisions load', async () => {
    renderField(RevisionPicker, {
      api: { getRevisions: () => new Promise(() => {}) },
      uiOptions,
      form,
    });
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('shows the error with Retry', async () => {
    renderField(RevisionPicker, {
      api: { getRevisions: () => Promise.reject(new Error('boom')) },
      uiOptions,
      form,
    });
    expect(
      await screen.findByText(
        'Could not load the revisions of Deployment/servanda-api',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('says so when there are no revisions', async () => {
    renderField(RevisionPicker, {
      api: { getRevisions: async () => ({ ...revisions, items: [] }) },
      uiOptions,
      form,
    });
    expect(
      await screen.findByText(
        'Deployment/servanda-api has no revisions to roll back to.',
      ),
    ).toBeInTheDocument();
  });

  it('shows a refusal with its hint instead of the revisions', async () => {
    const refusal =
      "servanda-api is managed by Helm (release servanda): roll it back with 'helm rollback servanda'";
    renderField(RevisionPicker, {
      api: { getRevisions: async () => ({ ...revisions, refusal }) },
      uiOptions,
      form,
    });
    expect(await screen.findByText(refusal)).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('lists the revisions newest first, the current one marked and not selectable', async () => {
    const getRevisions = jest.fn(async () => revisions);
    const { onChange } = renderField(RevisionPicker, {
      api: { getRevisions },
      uiOptions,
      form,
      title: 'Revision',
    });
    const select = await screen.findByRole('combobox', { name: /Revision/ });
    expect(select).toHaveTextContent('The previous revision (default)');
    await userEvent.click(select);
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map(o => o.textContent)).toEqual([
      'The previous revision (default)',
      expect.stringMatching(
        /^7 — 1\.5\.0 \(current\)ghcr\.io\/servanda\/servanda-api:1\.5\.0 · created .+26 Mar/,
      ),
      expect.stringMatching(
        /^6 — 1\.4\.2ghcr\.io\/servanda\/servanda-api:1\.4\.2 · created .+ · change cause: release 1\.4\.2$/,
      ),
      '5 — no versionghcr.io/servanda/servanda-api:dev-abc123',
    ]);
    expect(options[1]).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(options[2]);
    expect(onChange).toHaveBeenLastCalledWith(6);
    expect(getRevisions).toHaveBeenCalledWith('servanda', 'prod', {
      kind: 'Deployment',
      name: 'servanda-api',
    });
    await userEvent.click(screen.getByRole('combobox', { name: /Revision/ }));
    await userEvent.click(
      within(screen.getByRole('listbox')).getByRole('option', {
        name: 'The previous revision (default)',
      }),
    );
    expect(onChange).toHaveBeenLastCalledWith(undefined);
  });
});

describe('validateRevisionPicker', () => {
  const api = { getRevisions: async () => revisions };

  it('accepts an older revision', async () => {
    await expect(
      runValidator(validateRevisionPicker, 5, { api, uiOptions, form }),
    ).resolves.toEqual([]);
  });

  it('refuses the current revision and one that does not exist', async () => {
    await expect(
      runValidator(validateRevisionPicker, 7, { api, uiOptions, form }),
    ).resolves.toEqual(['Revision 7 is the current one: choose an older one']);
    await expect(
      runValidator(validateRevisionPicker, 3, { api, uiOptions, form }),
    ).resolves.toEqual([
      'Deployment/servanda-api has no revision 3 (it has: 7, 6, 5)',
    ]);
    await expect(
      runValidator(validateRevisionPicker, 2.5, { api, uiOptions, form }),
    ).resolves.toEqual(['The revision must be a whole number, e.g. 3']);
  });

  it('refuses "previous" when there is none', async () => {
    await expect(
      runValidator(validateRevisionPicker, undefined, {
        api: {
          getRevisions: async () => ({
            ...revisions,
            items: revisions.items.slice(0, 1),
          }),
        },
        uiOptions,
        form,
      }),
    ).resolves.toEqual([
      'Deployment/servanda-api has no previous revision to roll back to',
    ]);
    await expect(
      runValidator(validateRevisionPicker, undefined, {
        api,
        uiOptions,
        form,
      }),
    ).resolves.toEqual([]);
  });

  it('does not pass a refused rollback or unavailable revisions', async () => {
    await expect(
      runValidator(validateRevisionPicker, 6, {
        api: {
          getRevisions: async () => ({
            ...revisions,
            refusal: 'managed by Helm: use helm rollback',
          }),
        },
        uiOptions,
        form,
      }),
    ).resolves.toEqual(['managed by Helm: use helm rollback']);
    await expect(
      runValidator(validateRevisionPicker, 6, {
        api: {
          getRevisions: async () => ({
            ...revisions,
            items: [],
            source: { name: 'kubernetes', status: 'unavailable' },
          }),
        },
        uiOptions,
        form,
      }),
    ).resolves.toEqual([
      'Could not check the revision: the revisions of Deployment/servanda-api are unavailable',
    ]);
  });

  it('needs both options and names an unknown workload', async () => {
    await expect(
      runValidator(validateRevisionPicker, 6, {
        api,
        uiOptions: { environmentField: 'environment' },
        form,
      }),
    ).resolves.toEqual([
      'The template does not set ui:options.environmentField and ui:options.workloadField for this field',
    ]);
    const error = await notFound('No Deployment servanda-api');
    await expect(
      runValidator(validateRevisionPicker, 6, {
        api: { getRevisions: () => Promise.reject(error) },
        uiOptions,
        form,
      }),
    ).resolves.toEqual(["prod has no Deployment 'servanda-api'"]);
  });
});
