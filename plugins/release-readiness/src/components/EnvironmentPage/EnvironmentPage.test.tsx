import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { EnvironmentPage } from './EnvironmentPage';

const getEnvironment = jest.fn();

function renderAt(path: string) {
  return renderInTestApp(
    <Routes>
      <Route path="/env/:env" element={<EnvironmentPage />} />
    </Routes>,
    {
      initialRouteEntries: [path],
      apis: [
        [
          releaseReadinessApiRef,
          { getEnvironments: jest.fn(), getEnvironment },
        ],
      ] as const,
    },
  );
}

describe('EnvironmentPage', () => {
  afterEach(() => getEnvironment.mockReset());

  it('shows the environment named in the URL', async () => {
    getEnvironment.mockResolvedValue({
      name: 'prod',
      title: 'Production',
      order: 3,
      promotion: 'Release gate + manual approval',
      kubernetes: { namespace: 'servanda-prod', airGapped: false },
    });
    renderAt('/env/prod');
    expect(
      await screen.findByRole('heading', { name: 'Production' }),
    ).toBeInTheDocument();
    expect(getEnvironment).toHaveBeenCalledWith('prod');
    expect(
      screen.getByText(/Release gate \+ manual approval/),
    ).toHaveTextContent(
      'Promotion: Release gate + manual approval · Kubernetes: servanda-prod',
    );
  });

  it('shows the error for an unknown environment', async () => {
    getEnvironment.mockRejectedValue(new Error("Unknown environment 'qa'"));
    renderAt('/env/qa');
    expect(await screen.findByText(/Could not load 'qa'/)).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'All environments' }),
    ).toBeInTheDocument();
  });
});
