import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { SourceLine } from './SourceLine';

describe('SourceLine', () => {
  it('names the source and its age, without a banner when it is ok', async () => {
    await renderInTestApp(
      <SourceLine
        source={{
          name: 'pagerduty:escalation-policy/PT20YPA',
          status: 'ok',
          fetchedAt: new Date(Date.now() - 120_000).toISOString(),
        }}
      />,
    );
    expect(
      screen.getByText(/Source: pagerduty:escalation-policy\/PT20YPA · as of/),
    ).toHaveTextContent('2 minutes ago');
    expect(screen.queryByTestId('source-ok')).not.toBeInTheDocument();
  });

  it('says "never" and shows the reason when no data was ever obtained', async () => {
    await renderInTestApp(
      <SourceLine
        source={{
          name: 'catalog',
          status: 'unavailable',
          error: { type: 'TIMEOUT', message: 'No answer within 5000 ms' },
        }}
      />,
    );
    expect(screen.getByTestId('source-unavailable')).toHaveTextContent(
      'Unavailable: no current data. No answer within 5000 ms (TIMEOUT)',
    );
    expect(screen.getByText(/Source: catalog/)).toHaveTextContent(
      'Source: catalog · as of never',
    );
  });
});
