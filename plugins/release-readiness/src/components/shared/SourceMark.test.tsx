import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { SourceMark } from './SourceMark';

const fetchedAt = new Date(Date.now() - 120_000).toISOString();

describe('SourceMark', () => {
  it('names an ok source with its age and no mark', async () => {
    await renderInTestApp(
      <SourceMark
        source={{ name: 'prometheus:demo', status: 'ok', fetchedAt }}
      />,
    );
    expect(screen.getByText(/prometheus:demo · as of/)).toHaveTextContent(
      'prometheus:demo · as of 2 minutes ago',
    );
    expect(screen.queryByText('stale')).not.toBeInTheDocument();
    expect(screen.queryByText('unavailable')).not.toBeInTheDocument();
  });

  it('marks a stale source and says why, keeping its age', async () => {
    await renderInTestApp(
      <SourceMark
        source={{
          name: 'prometheus:demo',
          status: 'stale',
          fetchedAt,
          error: { type: 'TIMEOUT', message: 'No answer within 10000 ms' },
        }}
      />,
    );
    expect(screen.getByText('stale')).toBeInTheDocument();
    expect(screen.getByTestId('source-mark-stale')).toHaveTextContent(
      'prometheus:demo · as of 2 minutes ago · No answer within 10000 ms (TIMEOUT)',
    );
  });

  it('marks an unavailable source with the reason instead of a time', async () => {
    await renderInTestApp(
      <SourceMark
        source={{
          name: 'prometheus:demo',
          status: 'unavailable',
          error: { type: 'CONNECTION_REFUSED', message: 'Connection refused' },
        }}
      />,
    );
    expect(screen.getByText('unavailable')).toBeInTheDocument();
    expect(screen.getByTestId('source-mark-unavailable')).toHaveTextContent(
      'prometheus:demo: Connection refused (CONNECTION_REFUSED)',
    );
    expect(screen.queryByText(/as of/)).not.toBeInTheDocument();
  });

  it('says "not configured" with what to configure', async () => {
    await renderInTestApp(
      <SourceMark
        source={{
          name: 'none',
          status: 'unavailable',
          error: {
            type: 'NOT_CONFIGURED',
            message:
              'No SLA source is configured (dev: sla.source and sla.services)',
          },
        }}
      />,
    );
    expect(screen.getByText('not configured')).toBeInTheDocument();
    expect(screen.queryByText('unavailable')).not.toBeInTheDocument();
    expect(screen.getByTestId('source-mark-unavailable')).toHaveTextContent(
      'none: No SLA source is configured (dev: sla.source and sla.services)',
    );
  });
});
