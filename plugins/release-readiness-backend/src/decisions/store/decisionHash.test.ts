import { createHash } from 'node:crypto';
import { decisionHash, DecisionHashInput, GENESIS_HASH } from './decisionHash';

const event: DecisionHashInput = {
  system: 'servanda',
  environment: 'prod',
  position: 0,
  decision_id: 'd-1',
  type: 'request',
  payload: '{"version":"1.4.2"}',
  actor: 'user:default/lena.kraus',
  request_id: 'r-1',
  unique_key: null,
  created_at: '2026-12-01T10:00:00.000Z',
  prev_hash: GENESIS_HASH,
};

describe('decisionHash', () => {
  it('is the sha256 of the sorted-key JSON of the columns', () => {
    // Written out by hand: the keys in code-unit order, no whitespace.
    const text =
      '{"actor":"user:default/lena.kraus","created_at":"2026-12-01T10:00:00.000Z",' +
      '"decision_id":"d-1","environment":"prod","payload":"{\\"version\\":\\"1.4.2\\"}",' +
      '"position":0,"prev_hash":"0000000000000000000000000000000000000000000000000000000000000000",' +
      '"request_id":"r-1","system":"servanda","type":"request","unique_key":null}';
    expect(decisionHash(event)).toBe(
      createHash('sha256').update(text, 'utf8').digest('hex'),
    );
  });

  it('changes with every covered column', () => {
    const base = decisionHash(event);
    const changes: Partial<DecisionHashInput>[] = [
      { system: 'wimmelwelt' },
      { environment: 'stage' },
      { position: 1 },
      { decision_id: 'd-2' },
      { type: 'vote' },
      { payload: '{"version":"1.4.3"}' },
      { actor: 'user:default/jonas.weber' },
      { request_id: 'r-2' },
      { unique_key: 'vote:d-1:x' },
      { created_at: '2026-12-01T10:00:00.001Z' },
      { prev_hash: 'f'.repeat(64) },
    ];
    for (const change of changes) {
      expect(decisionHash({ ...event, ...change })).not.toBe(base);
    }
  });

  it('ignores anything but the covered columns', () => {
    const withSeq = { ...event, seq: 17, hash: 'x' };
    expect(decisionHash(withSeq)).toBe(decisionHash(event));
  });
});
