import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { loadObjects } from '../objects/loadObjects';
import { fixturePath } from './fixturePath';

describe('fixturePath', () => {
  it("points into the package's fixtures folder, at a file that loads", () => {
    const path = fixturePath('owned-by-reference.yaml');
    expect(relative(resolve(__dirname, '../..'), path)).toBe(
      'fixtures/owned-by-reference.yaml',
    );
    const objects = loadObjects(readFileSync(path, 'utf8'));
    expect(
      objects.map(o => `${o.kind} ${o.metadata.namespace}/${o.metadata.name}`),
    ).toContain('Deployment servanda-stage/servanda-api');
  });
});
