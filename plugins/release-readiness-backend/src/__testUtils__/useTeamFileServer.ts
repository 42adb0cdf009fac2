import {
  startTestServer,
  TestServer,
} from '@release-readiness/plugin-release-readiness-node/testUtils';

/** The team policy files the tests serve, and where. */
export interface TeamFileServer {
  /** The files by path (e.g. `/servanda/release-readiness.yaml`): set, change or delete them. */
  readonly content: Map<string, string>;
  /** The server's origin; valid while the tests of the enclosing `describe` run. */
  readonly url: string;
}

/**
 * A local file server for the tests of the enclosing `describe` (started before them, closed
 * after): `content` as YAML, a path it does not hold answers 404.
 */
export function useTeamFileServer(): TeamFileServer {
  let files: TestServer | undefined;
  const content = new Map<string, string>();
  beforeAll(async () => {
    files = await startTestServer();
    files.handle((req, res) => {
      const text = content.get(req.path);
      res.writeHead(text === undefined ? 404 : 200, {
        'content-type': 'text/yaml',
      });
      res.end(text ?? '');
    });
  });
  afterAll(() => files?.close());
  return {
    content,
    get url() {
      if (!files) throw new Error('the file server runs only during the tests');
      return files.url;
    },
  };
}
