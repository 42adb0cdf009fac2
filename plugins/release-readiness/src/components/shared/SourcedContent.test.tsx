import { renderInTestApp } from '@backstage/frontend-test-utils';
import type { SourceInfo } from '@release-readiness/plugin-release-readiness-common';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SourcedContent, type SourcedState } from './SourcedContent';

interface Tile {
  count: number;
  source: SourceInfo;
}

const fetchedAt = new Date(Date.now() - 180_000).toISOString();

function tile(source: Partial<SourceInfo>): Tile {
  return {
    count: 7,
    source: { name: 'k:prod', status: 'ok', fetchedAt, ...source },
  };
}

function render(
  state: SourcedState<Tile>,
  options: {
    notConfigured?: { title: string; description?: string };
    contentWhenUnavailable?: boolean;
    keepWhileLoading?: boolean;
    withSource?: boolean;
  } = {},
) {
  return renderInTestApp(
    <SourcedContent
      state={state}
      title="Could not load the tile"
      source={options.withSource === false ? undefined : v => v.source}
      notConfigured={options.notConfigured}
      contentWhenUnavailable={options.contentWhenUnavailable}
      keepWhileLoading={options.keepWhileLoading}
    >
      {(value, source) => (
        <p>
          {value.count} items{source ? ` from ${source.name}` : ''}
        </p>
      )}
    </SourcedContent>,
  );
}

describe('SourcedContent', () => {
  it('shows the content with its source and "as of" when the source is ok', async () => {
    await render({ loading: false, value: tile({}) });
    expect(screen.getByText('7 items from k:prod')).toBeInTheDocument();
    expect(screen.getByText(/Source: k:prod · as of/)).toBeInTheDocument();
    expect(screen.getByText('3 minutes ago')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a progress bar while loading, and no content', async () => {
    await render({ loading: true });
    expect(screen.getByTestId('progress')).toBeInTheDocument();
    expect(screen.queryByText(/items/)).not.toBeInTheDocument();
  });

  it('keeps the last value while reloading only when asked to', async () => {
    const reloading = { loading: true, value: tile({}) };
    const first = await render(reloading);
    expect(screen.getByTestId('progress')).toBeInTheDocument();
    expect(screen.queryByText(/items/)).not.toBeInTheDocument();
    first.unmount();

    await render(reloading, { keepWhileLoading: true });
    expect(screen.getByText('7 items from k:prod')).toBeInTheDocument();
    expect(screen.queryByTestId('progress')).not.toBeInTheDocument();
  });

  it('shows the error with Retry, calling the retry of the state', async () => {
    const retry = jest.fn();
    await render({ loading: false, error: new Error('HTTP 502'), retry });
    expect(screen.getByText(/Could not load the tile/)).toBeInTheDocument();
    expect(screen.getAllByText(/HTTP 502/).length).toBeGreaterThan(0);
    expect(screen.queryByText(/items/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('treats a finished request without a value as an error, not as empty', async () => {
    await render({ loading: false });
    expect(screen.getByText(/Could not load the tile/)).toBeInTheDocument();
    expect(screen.getAllByText(/No data/).length).toBeGreaterThan(0);
  });

  it('shows stale content under a banner with its age and the reason', async () => {
    await render({
      loading: false,
      value: tile({
        status: 'stale',
        error: { type: 'TIMEOUT', message: 'No answer within 5000 ms' },
      }),
    });
    expect(screen.getByTestId('source-stale')).toHaveTextContent(
      'Stale: showing data from 3 minutes ago. No answer within 5000 ms (TIMEOUT)',
    );
    expect(screen.getByText('7 items from k:prod')).toBeInTheDocument();
  });

  it('shows only the reason for an unavailable source, never a result', async () => {
    const unavailable = tile({
      status: 'unavailable',
      fetchedAt: undefined,
      error: { type: 'UNAUTHORIZED', message: 'HTTP 401' },
    });
    const first = await render({ loading: false, value: unavailable });
    expect(screen.getByTestId('source-unavailable')).toHaveTextContent(
      'Unavailable: no current data. HTTP 401 (UNAUTHORIZED)',
    );
    expect(screen.getByText(/as of/)).toHaveTextContent('as of never');
    expect(screen.queryByText(/items/)).not.toBeInTheDocument();
    first.unmount();

    await render(
      { loading: false, value: unavailable },
      { contentWhenUnavailable: true },
    );
    expect(screen.getByTestId('source-unavailable')).toBeInTheDocument();
    expect(screen.getByText('7 items from k:prod')).toBeInTheDocument();
  });

  it('shows a not-configured source as an empty state, with its message unless told what to say', async () => {
    const notConfigured = tile({
      status: 'unavailable',
      error: { type: 'NOT_CONFIGURED', message: 'Set tile.source for prod' },
    });
    const first = await render(
      { loading: false, value: notConfigured },
      { notConfigured: { title: 'No tile configured' } },
    );
    expect(screen.getByText('No tile configured')).toBeInTheDocument();
    expect(screen.getByText('Set tile.source for prod')).toBeInTheDocument();
    expect(screen.queryByText(/items/)).not.toBeInTheDocument();
    expect(screen.queryByTestId('source-unavailable')).not.toBeInTheDocument();
    first.unmount();

    const second = await render(
      { loading: false, value: notConfigured },
      {
        notConfigured: {
          title: 'No tile configured',
          description: 'Add releaseReadiness.tiles',
        },
      },
    );
    expect(screen.getByText('Add releaseReadiness.tiles')).toBeInTheDocument();
    expect(
      screen.queryByText('Set tile.source for prod'),
    ).not.toBeInTheDocument();
    second.unmount();

    // without notConfigured the section has not said how to explain it: unavailable, with the reason
    await render({ loading: false, value: notConfigured });
    expect(screen.getByTestId('source-unavailable')).toHaveTextContent(
      'Set tile.source for prod (NOT_CONFIGURED)',
    );
    expect(screen.queryByText('No tile configured')).not.toBeInTheDocument();
  });

  it('without a source handles loading and errors only, and shows the content as it is', async () => {
    await render(
      {
        loading: false,
        value: tile({ status: 'unavailable' }),
      },
      { withSource: false },
    );
    expect(screen.getByText('7 items')).toBeInTheDocument();
    expect(screen.queryByText(/Source:/)).not.toBeInTheDocument();
  });
});
