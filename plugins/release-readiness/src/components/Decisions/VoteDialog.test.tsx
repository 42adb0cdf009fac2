import { ResponseError } from '@backstage/errors';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { VoteDialog } from './VoteDialog';

// The machine the tests run on is shared: MUI renders slowly there.
jest.setTimeout(30_000);

async function refusal(status: number, name: string, message: string) {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name, message },
        request: { method: 'POST', url: '/' },
        response: { statusCode: status },
      }),
      { status, headers: { 'content-type': 'application/json' } },
    ),
  );
}

const decision = {
  id: 'dec-1',
  system: 'servanda',
  environment: 'prod',
  version: '1.4.2',
};

async function render(vote: jest.Mock) {
  const onClose = jest.fn();
  await renderInTestApp(<VoteDialog decision={decision} onClose={onClose} />, {
    apis: [[releaseReadinessApiRef, { vote }]] as const,
  });
  return { onClose, dialog: within(screen.getByRole('dialog')) };
}

describe('VoteDialog', () => {
  it('needs a choice and a reason before it sends', async () => {
    const vote = jest.fn();
    const { dialog } = await render(vote);
    expect(dialog.getByRole('button', { name: 'Vote go' })).toBeDisabled();
    fireEvent.click(dialog.getByRole('radio', { name: 'Go' }));
    expect(dialog.getByRole('button', { name: 'Vote go' })).toBeDisabled();
    fireEvent.change(dialog.getByRole('textbox', { name: 'Reason' }), {
      target: { value: '  ' },
    });
    expect(dialog.getByRole('button', { name: 'Vote go' })).toBeDisabled();
    fireEvent.change(dialog.getByRole('textbox', { name: 'Reason' }), {
      target: { value: 'All green' },
    });
    expect(dialog.getByRole('button', { name: 'Vote go' })).toBeEnabled();
    expect(vote).not.toHaveBeenCalled();
  });

  it('shows a refusal (409) and retries with the same request id, then closes as saved', async () => {
    const vote = jest
      .fn()
      .mockRejectedValueOnce(
        await refusal(
          409,
          'ConflictError',
          'user:default/jonas.weber already voted on decision dec-1',
        ),
      )
      .mockResolvedValueOnce({});
    const { dialog, onClose } = await render(vote);
    fireEvent.click(dialog.getByRole('radio', { name: 'No-go' }));
    fireEvent.change(dialog.getByRole('textbox', { name: 'Reason' }), {
      target: { value: '  Smoke tests red  ' },
    });
    fireEvent.click(dialog.getByRole('button', { name: 'Vote no-go' }));
    expect(await dialog.findByRole('alert')).toHaveTextContent(
      'Not possible now (409): user:default/jonas.weber already voted on decision dec-1',
    );
    expect(onClose).not.toHaveBeenCalled();

    fireEvent.click(dialog.getByRole('button', { name: 'Vote no-go' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledWith(true));
    expect(vote).toHaveBeenCalledTimes(2);
    const [first, second] = vote.mock.calls;
    expect(first).toEqual([
      'servanda',
      'dec-1',
      {
        vote: 'no-go',
        reason: 'Smoke tests red',
        requestId: expect.stringMatching(/^[A-Za-z0-9._:-]{8,100}$/),
      },
    ]);
    expect(second[2].requestId).toBe(first[2].requestId);
  });

  it('shows a 403 with the reason from the backend', async () => {
    const vote = jest
      .fn()
      .mockRejectedValue(
        await refusal(
          403,
          'NotAllowedError',
          "user:development/guest may not vote: not responsible for 'Go/no-go decision'",
        ),
      );
    const { dialog } = await render(vote);
    fireEvent.click(dialog.getByRole('radio', { name: 'Go' }));
    fireEvent.change(dialog.getByRole('textbox', { name: 'Reason' }), {
      target: { value: 'Looks fine' },
    });
    fireEvent.click(dialog.getByRole('button', { name: 'Vote go' }));
    expect(await dialog.findByRole('alert')).toHaveTextContent(
      "Not allowed (403): user:development/guest may not vote: not responsible for 'Go/no-go decision'",
    );
  });

  it('never shows a foreign error message, only that the backend was not reached', async () => {
    const vote = jest
      .fn()
      .mockRejectedValue(new TypeError('secret-token-1234 leaked by a proxy'));
    const { dialog } = await render(vote);
    fireEvent.click(dialog.getByRole('radio', { name: 'Go' }));
    fireEvent.change(dialog.getByRole('textbox', { name: 'Reason' }), {
      target: { value: 'Looks fine' },
    });
    fireEvent.click(dialog.getByRole('button', { name: 'Vote go' }));
    const alert = await dialog.findByRole('alert');
    expect(alert).toHaveTextContent('Could not reach the backend (TypeError)');
    expect(alert).not.toHaveTextContent(/secret/);
  });
});
