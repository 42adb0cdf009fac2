import { mockServices } from '@backstage/backend-test-utils';
import { SourceUnavailableError } from '@release-readiness/plugin-release-readiness-node';
import { largePodList } from './__testUtils__/largePodList';
import { ListParserPool } from './ListParserPool';
import { ListParserThread } from './ListParserThread';
import { parseListBody } from './parseListBody';

// Worker threads load the TypeScript sources through the Backstage CLI's transform, as the
// development backend does; a built package's workers load its JavaScript.
const execArgv = [
  '--require',
  require.resolve('@backstage/cli/config/nodeTransform.cjs'),
];
const signal = () => new AbortController().signal;

describe('ListParserPool', () => {
  let pool: ListParserPool | undefined;
  afterEach(() => pool?.close());

  const start = (
    options: Partial<ConstructorParameters<typeof ListParserPool>[0]> = {},
  ) => {
    const logger = mockServices.logger.mock();
    pool = new ListParserPool({
      threads: 2,
      minBytes: 1024,
      logger,
      execArgv,
      ...options,
    });
    return { pool, logger };
  };

  it('parses a large body on a worker thread and answers what the event loop would', async () => {
    const { pool: parser } = start();
    const body = largePodList(5_000);
    const expected = parseListBody(body.slice(), 'pods');
    const page = await parser.parse(body, 'pods', signal());
    // The bytes were handed over to the thread, not copied.
    expect(body.byteLength).toBe(0);
    expect(page).toEqual(expected);
    // A real Date (jest's own realm has another Date constructor than the thread's answer).
    expect(
      Object.prototype.toString.call(
        page?.items[0].metadata?.creationTimestamp,
      ),
    ).toBe('[object Date]');
    expect(page?.items).toHaveLength(5_000);
  });

  it('keeps the event loop free while a thread parses', async () => {
    const { pool: parser } = start({ threads: 1 });
    // Started and warm, so that the worker's start-up is not measured.
    await parser.parse(largePodList(500), 'pods', signal());
    const onLoop = largePodList(30_000);
    const began = performance.now();
    parseListBody(onLoop, 'pods');
    const inline = performance.now() - began;

    const onThread = largePodList(30_000);
    let last = performance.now();
    let longest = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 1);
    const page = await parser.parse(onThread, 'pods', signal());
    clearInterval(ticker);
    expect(page?.items).toHaveLength(30_000);
    // On the event loop the parse blocks it for its whole time; on a thread only the trimmed
    // items' copy back blocks it. Wide bound: less than half the inline parse.
    expect(inline).toBeGreaterThan(100);
    expect(longest).toBeLessThan(inline / 2);
  });

  it('parses small bodies on the event loop, and every body with no threads', async () => {
    const { pool: parser } = start({ minBytes: 10 * 1024 * 1024 });
    const small = largePodList(10);
    expect((await parser.parse(small, 'pods', signal()))?.items).toHaveLength(
      10,
    );
    expect(small.byteLength).toBeGreaterThan(0);

    const { pool: none } = start({ threads: 0, minBytes: 0 });
    const large = largePodList(2_000);
    expect((await none.parse(large, 'pods', signal()))?.items).toHaveLength(
      2_000,
    );
    expect(large.byteLength).toBeGreaterThan(0);
  });

  it('refuses a body that is not JSON on a thread in its own words, never quoting it', async () => {
    const { pool: parser } = start({ minBytes: 0 });
    const body = new TextEncoder().encode(
      `{"items": [${'{"metadata": {}},'.repeat(100)} token=s3cr3t`,
    );
    const failure = parser.parse(body, 'pods', signal());
    await expect(failure).rejects.toThrow(
      new SyntaxError('The LIST body is not valid JSON'),
    );
    await expect(failure).rejects.not.toThrow(/s3cr3t/);
    // The thread is still there for the next body.
    expect(
      (await parser.parse(largePodList(100), 'pods', signal()))?.items,
    ).toHaveLength(100);
  });

  it('rejects with the reason of an aborted signal, before or during the parse', async () => {
    const { pool: parser } = start({ minBytes: 0 });
    const before = new AbortController();
    before.abort(new Error('timed out before'));
    await expect(
      parser.parse(largePodList(10), 'pods', before.signal),
    ).rejects.toThrow('timed out before');

    const during = new AbortController();
    const parse = parser.parse(largePodList(20_000), 'pods', during.signal);
    setTimeout(() => during.abort(new Error('timed out during')), 5);
    await expect(parse).rejects.toThrow('timed out during');
  });

  it('parses on the event loop, warning once, when no thread can start', async () => {
    const { pool: parser, logger } = start({
      minBytes: 0,
      execArgv: ['--require', '/nonexistent/release-readiness-hook.js'],
    });
    const pages = await Promise.all([
      parser.parse(largePodList(50), 'pods', signal()),
      parser.parse(largePodList(60), 'pods', signal()),
      parser.parse(largePodList(70), 'pods', signal()),
    ]);
    expect(pages.map(page => page?.items.length)).toEqual([50, 60, 70]);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('LIST bodies are parsed on the event loop'),
    );
  });
});

describe('ListParserThread', () => {
  it('stops when it has had nothing to parse for its idle time, and the pool starts another', async () => {
    const thread = new ListParserThread({ execArgv, idleMs: 100 });
    await thread.ready;
    await thread.parse(largePodList(100), 'pods', signal());
    expect(thread.stopped).toBe(false);
    await new Promise(resolve => setTimeout(resolve, 1_000));
    expect(thread.stopped).toBe(true);

    const pool = new ListParserPool({
      threads: 1,
      minBytes: 0,
      idleMs: 100,
      execArgv,
      logger: mockServices.logger.mock(),
    });
    const first = largePodList(100);
    await pool.parse(first, 'pods', signal());
    await new Promise(resolve => setTimeout(resolve, 1_000));
    const again = largePodList(200);
    expect((await pool.parse(again, 'pods', signal()))?.items).toHaveLength(
      200,
    );
    // Both went to a thread (transferred), the second to a new one.
    expect([first.byteLength, again.byteLength]).toEqual([0, 0]);
    await pool.close();
  });

  it('rejects the parses in flight as unavailable when it stops, and says it stopped', async () => {
    const thread = new ListParserThread({ execArgv });
    await thread.ready;
    const parse = thread.parse(largePodList(20_000), 'pods', signal());
    expect(thread.load).toBe(1);
    await thread.close();
    await expect(parse).rejects.toBeInstanceOf(SourceUnavailableError);
    await expect(parse).rejects.toThrow(
      /The thread parsing LIST bodies stopped/,
    );
    expect(thread.stopped).toBe(true);
  });
});
