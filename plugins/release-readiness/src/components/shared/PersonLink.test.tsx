/* eslint-disable no-script-url -- these tests feed script URLs on purpose, to see them refused */
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { PersonLink } from './PersonLink';

describe('PersonLink', () => {
  it('links to the on-call tool page and shows the picture when both are http(s)', async () => {
    await renderInTestApp(
      <PersonLink
        person={{
          displayName: 'Tim Wright',
          picture: 'https://avatars.example/tim.png',
          url: 'https://servanda.pagerduty.com/users/PT23IWX',
        }}
      />,
    );
    expect(screen.getByRole('link', { name: /^Tim Wright/ })).toHaveAttribute(
      'href',
      'https://servanda.pagerduty.com/users/PT23IWX',
    );
    expect(screen.getByTestId('person').querySelector('img')).toHaveAttribute(
      'src',
      'https://avatars.example/tim.png',
    );
  });

  it('shows the name without a link and the initials without a picture when they are not http(s)', async () => {
    await renderInTestApp(
      <PersonLink
        person={{
          displayName: 'Tim Wright',
          picture: 'javascript:alert(1)',
          url: 'javascript:alert(document.cookie)',
        }}
      />,
    );
    expect(screen.getByText('Tim Wright')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    const person = screen.getByTestId('person');
    expect(person.querySelector('img')).toBeNull();
    expect(person).toHaveTextContent('TW');
  });
});
