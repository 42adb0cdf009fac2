import { Content } from '@backstage/core-components';
import { Route, Routes } from 'react-router-dom';
import { EnvironmentPage } from '../EnvironmentPage';
import { EnvironmentsOverview } from '../EnvironmentsOverview';

/**
 * The plugin's pages below its mount point: `/` (overview) and `/env/:env`.
 *
 * @public
 */
export function ReleaseReadinessRouter() {
  return (
    <Content>
      <Routes>
        <Route path="/" element={<EnvironmentsOverview />} />
        <Route path="/env/:env" element={<EnvironmentPage />} />
      </Routes>
    </Content>
  );
}
