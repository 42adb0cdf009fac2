import { renderInTestApp } from '@backstage/frontend-test-utils';
import { fireEvent, screen } from '@testing-library/react';
import { LoadError } from './LoadError';

describe('LoadError', () => {
  it('shows the title and the error, and retries on request', async () => {
    const onRetry = jest.fn();
    renderInTestApp(
      <LoadError
        error={new Error('HTTP 502 from the backend')}
        title="Could not load X"
        onRetry={onRetry}
      />,
    );
    expect(await screen.findByText(/Could not load X/)).toBeInTheDocument();
    expect(
      screen.getAllByText(/HTTP 502 from the backend/).length,
    ).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('has no Retry button when the section cannot reload', async () => {
    renderInTestApp(<LoadError error={undefined} title="Could not load Y" />);
    expect(await screen.findByText(/Could not load Y/)).toBeInTheDocument();
    expect(screen.getAllByText(/No data/).length).toBeGreaterThan(0);
    expect(
      screen.queryByRole('button', { name: 'Retry' }),
    ).not.toBeInTheDocument();
  });
});
