/* eslint-disable no-script-url -- these tests feed script URLs on purpose, to see them refused */
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { SafeLink } from './SafeLink';

describe('SafeLink', () => {
  it.each([
    'https://github.com/servanda/servanda/runs/104',
    'http://jenkins.servanda.example/job/trivy/77/',
  ])('links to the http(s) URL %s', async url => {
    await renderInTestApp(<SafeLink to={url}>trivy-scan</SafeLink>);
    expect(screen.getByRole('link', { name: /^trivy-scan/ })).toHaveAttribute(
      'href',
      url,
    );
  });

  it.each([
    'javascript:alert(document.cookie)',
    'JavaScript:alert(1)',
    '\u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/phish',
    '/catalog/default/user/lena.kraus',
    'runs/104',
  ])(
    'shows %s as plain text, without a link and without failing',
    async url => {
      await renderInTestApp(<SafeLink to={url}>trivy-scan</SafeLink>);
      expect(screen.getByText('trivy-scan')).toBeInTheDocument();
      expect(screen.queryByRole('link')).not.toBeInTheDocument();
    },
  );

  it('shows plain text without a URL', async () => {
    await renderInTestApp(<SafeLink>trivy-scan</SafeLink>);
    expect(screen.getByText('trivy-scan')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('links to a path inside the app only when told it is internal', async () => {
    await renderInTestApp(
      <ul>
        <li>
          <SafeLink to="/release-readiness/deployed" internal>
            Deployed where
          </SafeLink>
        </li>
        <li>
          <SafeLink to="//evil.example/phish" internal>
            Protocol-relative
          </SafeLink>
        </li>
        <li>
          <SafeLink to="/\evil.example/phish" internal>
            Backslash
          </SafeLink>
        </li>
        <li>
          <SafeLink to="javascript:alert(1)" internal>
            Script
          </SafeLink>
        </li>
      </ul>,
    );
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(
      screen.getByRole('link', { name: 'Deployed where' }),
    ).toHaveAttribute('href', '/release-readiness/deployed');
    expect(screen.getByText('Protocol-relative')).toBeInTheDocument();
    expect(screen.getByText('Backslash')).toBeInTheDocument();
    expect(screen.getByText('Script')).toBeInTheDocument();
  });
});
