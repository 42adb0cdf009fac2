/* eslint-disable no-script-url -- these tests feed script URLs on purpose, to see them refused */
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import { GateChecksTable } from './GateChecksTable';

describe('GateChecksTable', () => {
  it('shows a check with a javascript: URL as text without a link, and the others with theirs', async () => {
    await renderInTestApp(
      <GateChecksTable
        checks={[
          {
            label: 'lint',
            status: 'pass',
            value: 'passed',
            url: 'javascript:alert(document.cookie)',
          },
          {
            label: 'deploy-check',
            status: 'fail',
            value: 'failed',
            url: 'data:text/html,<script>alert(1)</script>',
            detail: 'Deploy preview failed',
          },
          {
            label: 'trivy-scan',
            status: 'fail',
            value: 'failed',
            url: 'https://github.com/servanda/servanda/runs/104',
          },
        ]}
      />,
    );
    const table = within(screen.getByRole('table', { name: 'Checks' }));
    expect(table.getAllByRole('row')).toHaveLength(4);
    expect(table.getByText('lint')).toBeInTheDocument();
    expect(table.getByText('deploy-check')).toBeInTheDocument();
    expect(table.getByText('Deploy preview failed')).toBeInTheDocument();
    const links = table.getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAccessibleName(/^trivy-scan/);
    expect(links[0]).toHaveAttribute(
      'href',
      'https://github.com/servanda/servanda/runs/104',
    );
  });
});
