import { parseListBody } from './parseListBody';

const bytes = (value: unknown) =>
  new TextEncoder().encode(
    typeof value === 'string' ? value : JSON.stringify(value),
  );

describe('parseListBody', () => {
  it('trims each item and keeps its key, the continue token and the resource version', () => {
    const page = parseListBody(
      bytes({
        kind: 'PodList',
        metadata: { continue: 'next-page', resourceVersion: '42' },
        items: [
          {
            metadata: {
              name: 'api-1',
              namespace: 'shop',
              uid: 'u-1',
              creationTimestamp: '2026-11-30T10:00:00Z',
              managedFields: [{ manager: 'kubectl' }],
            },
            spec: { containers: [{ name: 'api', image: 'api:1' }] },
            status: {
              phase: 'Running',
              containerStatuses: [
                { name: 'api', image: 'api:1', ready: true, restartCount: 3 },
              ],
            },
          },
          { metadata: { name: 'api-2', namespace: 'shop' } },
          'not an object',
        ],
      }),
      'pods',
    );
    expect(page?.keys).toEqual(['u-1', 'shop/api-2']);
    expect(page?.continue).toBe('next-page');
    expect(page?.resourceVersion).toBe('42');
    expect(page?.items).toHaveLength(2);
    const [first] = page!.items;
    expect(first.metadata?.creationTimestamp).toEqual(
      new Date('2026-11-30T10:00:00Z'),
    );
    expect(first.status?.containerStatuses?.[0].restartCount).toBe(3);
    // Trimmed: what the board does not read is gone.
    expect(first.spec).toBeUndefined();
    expect(JSON.stringify(first)).not.toContain('managedFields');
  });

  it('has no continue token or version on a last page without them', () => {
    const page = parseListBody(bytes({ items: [] }), 'deployments');
    expect(page).toEqual({ items: [], keys: [] });
  });

  it('answers undefined for JSON that is no list', () => {
    expect(parseListBody(bytes({ kind: 'Status' }), 'jobs')).toBeUndefined();
    expect(parseListBody(bytes('[1, 2]'), 'jobs')).toBeUndefined();
    expect(parseListBody(bytes({ items: 'many' }), 'jobs')).toBeUndefined();
  });

  it('refuses a body that is not JSON in its own words, never quoting the body', () => {
    const body = bytes('{"items": [ token=s3cr3t-value');
    expect(() => parseListBody(body, 'pods')).toThrow(
      new SyntaxError('The LIST body is not valid JSON'),
    );
    let message = '';
    try {
      parseListBody(body, 'pods');
    } catch (error) {
      message = String(error);
    }
    expect(message).toBe('SyntaxError: The LIST body is not valid JSON');
    expect(message).not.toContain('s3cr3t');
  });
});
