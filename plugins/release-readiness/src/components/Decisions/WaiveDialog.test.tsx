import { ResponseError } from '@backstage/errors';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { WaiveDialog } from './WaiveDialog';

// The machine the tests run on is shared: MUI renders slowly there.
jest.setTimeout(30_000);

const decision = {
  id: 'dec-1',
  system: 'servanda',
  environment: 'prod',
  version: '1.4.2',
  expiresAt: '2026-03-25T08:00:00.000Z',
};

const items = [
  {
    item: 'restore-test',
    title: 'Restore test',
    status: 'fail' as const,
    reason: 'Last restore test failed',
  },
  {
    item: 'incident-free',
    title: 'No open P0–P2 incident',
    status: 'unknown' as const,
    reason: 'No incident source is configured',
  },
];

async function render(waive: jest.Mock) {
  const onClose = jest.fn();
  await renderInTestApp(
    <WaiveDialog decision={decision} items={items} onClose={onClose} />,
    { apis: [[releaseReadinessApiRef, { waive }]] as const },
  );
  return { onClose, dialog: within(screen.getByRole('dialog')) };
}

describe('WaiveDialog', () => {
  it('waives the chosen item with a reason and the time as ISO, retrying with the same request id', async () => {
    const badRequest = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: {
            name: 'InputError',
            message: "Invalid 'until': at most the decision's expiry",
          },
          request: { method: 'POST', url: '/' },
          response: { statusCode: 400 },
        }),
        { status: 400, headers: { 'content-type': 'application/json' } },
      ),
    );
    const waive = jest
      .fn()
      .mockRejectedValueOnce(badRequest)
      .mockResolvedValueOnce({});
    const { dialog, onClose } = await render(waive);
    expect(dialog.getByRole('button', { name: 'Waive' })).toBeDisabled();

    fireEvent.mouseDown(dialog.getByRole('combobox', { name: 'Item' }));
    fireEvent.click(
      await screen.findByRole('option', {
        name: 'No open P0–P2 incident (unknown)',
      }),
    );
    fireEvent.change(dialog.getByRole('textbox', { name: 'Reason' }), {
      target: { value: 'Status page checked by hand' },
    });
    fireEvent.change(dialog.getByLabelText('Waived until'), {
      target: { value: '2026-03-24T20:00' },
    });
    fireEvent.click(dialog.getByRole('button', { name: 'Waive' }));
    expect(await dialog.findByRole('alert')).toHaveTextContent(
      "Not accepted (400): Invalid 'until': at most the decision's expiry",
    );

    fireEvent.click(dialog.getByRole('button', { name: 'Waive' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledWith(true));
    const [first, second] = waive.mock.calls;
    expect(first).toEqual([
      'servanda',
      'dec-1',
      {
        item: 'incident-free',
        reason: 'Status page checked by hand',
        until: new Date('2026-03-24T20:00').toISOString(),
        requestId: expect.any(String),
      },
    ]);
    expect(second[2].requestId).toBe(first[2].requestId);
  });

  it('leaves out until when none is given (the backend then takes the expiry)', async () => {
    const waive = jest.fn().mockResolvedValue({});
    const { dialog, onClose } = await render(waive);
    fireEvent.change(dialog.getByRole('textbox', { name: 'Reason' }), {
      target: { value: 'Drill booked' },
    });
    fireEvent.click(dialog.getByRole('button', { name: 'Waive' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledWith(true));
    expect(waive.mock.calls[0][2]).toEqual({
      item: 'restore-test',
      reason: 'Drill booked',
      requestId: expect.any(String),
    });
  });
});
