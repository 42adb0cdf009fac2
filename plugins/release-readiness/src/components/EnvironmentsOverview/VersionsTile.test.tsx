import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  buildVersionMatrix,
  type SourceInfo,
  summarizeVersionMatrix,
  type Workload,
} from '@release-readiness/plugin-release-readiness-common';
import { screen } from '@testing-library/react';
import {
  forgetStoredLanguage,
  germanPortal,
} from '../../translations/__testUtils__/germanPortal';
import { BoardRootContext } from '../shared';
import { VersionsTile } from './VersionsTile';

const fetchedAt = new Date(Date.now() - 60_000).toISOString();
const ok: SourceInfo = { name: 'kubernetes:demo', status: 'ok', fetchedAt };

function workload(
  name: string,
  version: string,
  rolloutStatus: Workload['rolloutStatus'] = 'complete',
): Workload {
  return {
    kind: 'Deployment',
    name,
    namespace: 'servanda',
    images: [{ container: name, image: `ghcr.io/servanda/${name}:${version}` }],
    version,
    rolloutStatus,
    restarts: 0,
    managedBy: { tool: 'helm', name },
    findings: [],
  };
}

/** dev runs five workloads (one failed, one drifting against prod); prod as given. */
function summary(prod: { source: SourceInfo; items?: Workload[] }) {
  return summarizeVersionMatrix(
    buildVersionMatrix([
      {
        name: 'dev',
        title: 'Development',
        source: ok,
        items: [
          workload('alpha', '1.0.0'),
          workload('beta', '1.0.0'),
          workload('gamma', '1.0.0'),
          workload('mover', '2.0.0'),
          workload('zz-broken', '1.0.0', 'failed'),
        ],
      },
      { name: 'prod', title: 'Production', ...prod },
    ]),
  );
}

const freshProd = { source: ok, items: [workload('mover', '1.9.0')] };

function render(
  environment: string,
  value: ReturnType<typeof summary>,
  options: { config?: object } = {},
) {
  return renderInTestApp(
    <BoardRootContext.Provider value="/release-readiness">
      <VersionsTile
        system="servanda"
        environment={environment}
        versions={{ loading: false, value }}
      />
    </BoardRootContext.Provider>,
    options,
  );
}

describe('VersionsTile', () => {
  forgetStoredLanguage();

  it('counts the workloads and names the unhealthy and drifting first, linking to the rest', async () => {
    await render('dev', summary(freshProd));
    const tile = await screen.findByRole('region', { name: 'Versions' });
    expect(tile).toHaveTextContent('5 workloads · 1 unhealthy');
    expect(tile).toHaveTextContent(
      'zz-broken 1.0.0, mover 2.0.0, alpha 1.0.0 and 2 more',
    );
    expect(
      screen.getByRole('link', { name: 'See all 5 in “deployed where”' }),
    ).toHaveAttribute('href', '/release-readiness/systems/servanda/deployed');
  });

  it('names everything without a link when all of it is shown', async () => {
    await render('prod', summary(freshProd));
    const tile = await screen.findByRole('region', { name: 'Versions' });
    expect(tile).toHaveTextContent('1 workload');
    expect(tile).toHaveTextContent('mover 1.9.0');
    expect(tile).not.toHaveTextContent('unhealthy');
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('says unknown, never "nothing deployed", for an unavailable source', async () => {
    await render(
      'prod',
      summary({
        source: {
          name: 'kubernetes:prod',
          status: 'unavailable',
          error: { type: 'TIMEOUT', message: 'No answer within 5000 ms' },
        },
      }),
    );
    const tile = await screen.findByRole('region', { name: 'Versions' });
    expect(tile).toHaveTextContent('unknown');
    expect(tile).not.toHaveTextContent('nothing deployed');
    expect(tile).not.toHaveTextContent('0 workloads');
  });

  it('counts stale workloads as not proven healthy', async () => {
    await render(
      'prod',
      summary({ ...freshProd, source: { ...ok, status: 'stale' } }),
    );
    const tile = await screen.findByRole('region', { name: 'Versions' });
    expect(tile).toHaveTextContent('1 workload · 1 not proven healthy');
    expect(tile).toHaveTextContent('mover 1.9.0 (stale)');
  });

  it('says nothing is deployed when a fresh source lists nothing', async () => {
    await render('prod', summary({ source: ok, items: [] }));
    const tile = await screen.findByRole('region', { name: 'Versions' });
    expect(tile).toHaveTextContent('nothing deployed');
  });

  it('speaks German in a German portal', async () => {
    await render('dev', summary(freshProd), { config: germanPortal });
    const tile = await screen.findByRole(
      'region',
      { name: 'Versionen' },
      // the German messages are loaded on demand
      { timeout: 10_000 },
    );
    expect(tile).toHaveTextContent('5 Workloads · 1 nicht gesund');
    expect(tile).toHaveTextContent('und 2 weitere');
    expect(
      screen.getByRole('link', {
        name: 'Alle 5 unter „Was ist wo deployt“ ansehen',
      }),
    ).toBeInTheDocument();
  });
});
