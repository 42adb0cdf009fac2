import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { BoardRootContext } from '../shared';
import { DecisionsLink } from './DecisionsLink';

describe('DecisionsLink', () => {
  it("links to a system's decision history, filtered to an environment when given", async () => {
    await renderInTestApp(
      <BoardRootContext.Provider value="/release-readiness/">
        <DecisionsLink system="sva studio" />
        <DecisionsLink system="servanda" environment="prod eu" />
      </BoardRootContext.Provider>,
    );
    expect(
      screen.getByRole('link', { name: 'Go/no-go decisions' }),
    ).toHaveAttribute(
      'href',
      '/release-readiness/systems/sva%20studio/decisions',
    );
    expect(
      screen.getByRole('link', { name: 'Go/no-go decisions for prod eu' }),
    ).toHaveAttribute(
      'href',
      '/release-readiness/systems/servanda/decisions?environment=prod+eu',
    );
  });

  it('renders nothing where the app has no board page', async () => {
    await renderInTestApp(<DecisionsLink system="servanda" />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
