import { Content } from '@backstage/core-components';
import { Route, Routes, useResolvedPath } from 'react-router-dom';
import { EnvironmentPage } from '../EnvironmentPage';
import { DeployedWherePage } from '../DeployedWhere';
import { DecisionHistoryPage, DecisionPage } from '../Decisions';
import { BoardRootContext } from '../shared';
import { SystemsLandingPage } from '../SystemsLanding';
import { DefaultSystemRedirect } from './DefaultSystemRedirect';
import { SystemBoardPage } from './SystemBoardPage';

/**
 * The plugin's pages below its mount point: `/` (every system), `/systems/:system` (a system's
 * board), `/systems/:system/env/:env` (with its tabs at `…/env/:env/:tab`),
 * `/systems/:system/deployed` (what's deployed where),
 * `/systems/:system/decisions` (the go/no-go decision history) and
 * `/systems/:system/decisions/:id` (a decision's meeting view).
 * The pages from before systems, `/env/:env` and `/deployed`, redirect to the default system's.
 *
 * @public
 */
export function ReleaseReadinessRouter() {
  const root = useResolvedPath('.').pathname;
  return (
    <BoardRootContext.Provider value={root}>
      <Content>
        <Routes>
          <Route path="/" element={<SystemsLandingPage />} />
          <Route path="/systems/:system" element={<SystemBoardPage />} />
          <Route
            path="/systems/:system/env/:env"
            element={<EnvironmentPage />}
          />
          <Route
            path="/systems/:system/env/:env/:tab"
            element={<EnvironmentPage />}
          />
          <Route
            path="/systems/:system/deployed"
            element={<DeployedWherePage />}
          />
          <Route
            path="/systems/:system/decisions"
            element={<DecisionHistoryPage />}
          />
          <Route
            path="/systems/:system/decisions/:id"
            element={<DecisionPage />}
          />
          <Route
            path="/env/:env"
            element={<DefaultSystemRedirect page="environment" />}
          />
          <Route
            path="/deployed"
            element={<DefaultSystemRedirect page="deployed" />}
          />
        </Routes>
      </Content>
    </BoardRootContext.Provider>
  );
}
