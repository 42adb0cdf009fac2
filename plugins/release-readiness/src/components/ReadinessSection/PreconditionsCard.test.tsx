/* eslint-disable no-script-url -- these tests feed script URLs on purpose, to see them refused */
import { renderInTestApp } from '@backstage/frontend-test-utils';
import type { ReadinessItem } from '@release-readiness/plugin-release-readiness-common';
import { screen, within } from '@testing-library/react';
import { PreconditionsCard } from './PreconditionsCard';

const incidents: ReadinessItem = {
  id: 'no-p1-p2',
  kind: 'incident-free',
  title: 'No open P0–P2 incident',
  status: 'fail',
  reason: '1 open P0/P1/P2 incident: Login fails',
  enforcement: 'block',
  source: { name: 'pagerduty', status: 'ok' },
  evidence: [
    {
      label: 'P1: Login fails',
      value: 'triggered',
      status: 'fail',
      url: 'javascript:alert(document.cookie)',
    },
    {
      label: 'P3: Slow search',
      value: 'acknowledged',
      status: 'pass',
      url: 'https://servanda.pagerduty.com/incidents/Q1',
    },
  ],
};

describe('PreconditionsCard', () => {
  it('shows evidence with a javascript: URL as text without a link', async () => {
    await renderInTestApp(<PreconditionsCard items={[incidents]} />);
    const section = within(
      screen.getByRole('region', { name: 'No open P0–P2 incident' }),
    );
    expect(section.getByText('P1: Login fails: triggered')).toBeInTheDocument();
    const links = section.getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute(
      'href',
      'https://servanda.pagerduty.com/incidents/Q1',
    );
  });
});
