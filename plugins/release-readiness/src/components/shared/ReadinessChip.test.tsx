import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { prodReadiness } from '../../__fixtures__/prodReadiness';
import { ReadinessChip } from './ReadinessChip';

function render(getReadiness: jest.Mock) {
  return renderInTestApp(
    <ReadinessChip system="servanda" environment="prod" />,
    {
      apis: [[releaseReadinessApiRef, { getReadiness }]] as const,
    },
  );
}

describe('ReadinessChip', () => {
  it('shows the verdict now, with the first reasons on hover', async () => {
    const getReadiness = jest.fn().mockResolvedValue(prodReadiness);
    await render(getReadiness);
    const chip = await screen.findByLabelText('Verdict: Blocked');
    expect(getReadiness).toHaveBeenCalledWith('servanda', 'prod', {
      at: undefined,
      changeType: undefined,
      risk: undefined,
    });
    await userEvent.hover(chip);
    expect(
      await screen.findByText(/Release gate: 4\/5 required checks passed/),
    ).toBeInTheDocument();
  });

  it.each([
    ['ready', 'Verdict: Ready'],
    ['unknown', 'Verdict: Unknown'],
  ])('shows %s', async (verdict, label) => {
    await render(
      jest.fn().mockResolvedValue({ ...prodReadiness, verdict, reasons: [] }),
    );
    expect(await screen.findByLabelText(label)).toBeInTheDocument();
  });

  it('says the verdict is unavailable when the backend fails, instead of guessing', async () => {
    await render(jest.fn().mockRejectedValue(new Error('HTTP 503')));
    expect(
      await screen.findByLabelText('Verdict unavailable'),
    ).toBeInTheDocument();
  });
});
