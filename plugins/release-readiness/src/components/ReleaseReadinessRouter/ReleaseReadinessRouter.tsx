import { Content } from '@backstage/core-components';
import { Route, Routes } from 'react-router-dom';
import { EnvironmentPage } from '../EnvironmentPage';
import { DeployedWherePage } from '../DeployedWhere';
import { EnvironmentsOverview } from '../EnvironmentsOverview';

/**
 * The plugin's pages below its mount point: `/` (overview), `/env/:env` and `/deployed`
 * (what's deployed where).
 *
 * @public
 */
export function ReleaseReadinessRouter() {
  return (
    <Content>
      <Routes>
        <Route path="/" element={<EnvironmentsOverview />} />
        <Route path="/env/:env" element={<EnvironmentPage />} />
        <Route path="/deployed" element={<DeployedWherePage />} />
      </Routes>
    </Content>
  );
}
