import { screen, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { fill } from './backupsFixtures';

/**
 * Opens "Record a restore test" (the button must be shown already) and fills in the report link
 * and the reason; returns the dialog.
 */
export async function openRecordDialog(
  user: ReturnType<typeof userEvent.setup>,
  link: string,
  reason: string,
): Promise<HTMLElement> {
  await user.click(
    screen.getByRole('button', { name: 'Record a restore test' }),
  );
  const dialog = await screen.findByRole('dialog');
  await fill(user, within(dialog).getByLabelText(/Report link/), link);
  await fill(user, within(dialog).getByLabelText(/Reason/), reason);
  return dialog;
}
