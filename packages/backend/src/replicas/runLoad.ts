import { callApi } from './callApi';

/** One request of the load: where it went, when (relative to the kill) and what came back. */
export type LoadSample = {
  replica: string;
  path: string;
  /** `before` the kill began, `after` it was done, `during` when the request overlapped it. */
  phase: 'before' | 'during' | 'after';
  status: number;
  error?: string;
  ms: number;
};

/** A request's phase from the kill's state when it started and when it ended. */
const phaseOf = (start: string, end: string): LoadSample['phase'] => {
  if (start === 'after') return 'after';
  return start === 'before' && end === 'before' ? 'before' : 'during';
};

/**
 * Concurrent clients that alternate between the replicas (client `i`'s request `k` goes to
 * replica `(i + k) % n`, as a round-robin load balancer without health checks) over the board's
 * routes. After `killAfter` completed requests `kill` runs once, while the clients keep going.
 */
export async function runLoad(options: {
  replicas: ReadonlyArray<{ name: string; url: string }>;
  token: string;
  paths: readonly string[];
  clients: number;
  requestsPerClient: number;
  killAfter: number;
  kill: () => Promise<void>;
}): Promise<LoadSample[]> {
  const { replicas, token, paths, clients, requestsPerClient } = options;
  const samples: LoadSample[] = [];
  const state: {
    phase: 'before' | 'killing' | 'after';
    killing?: Promise<void>;
  } = { phase: 'before' };
  const startKill = () => {
    state.phase = 'killing';
    state.killing = options.kill().then(() => {
      state.phase = 'after';
    });
  };
  const client = async (i: number) => {
    for (let k = 0; k < requestsPerClient; k++) {
      const replica = replicas[(i + k) % replicas.length];
      const path = paths[(i + k) % paths.length];
      const startPhase = state.phase;
      const answer = await callApi(replica.url, token, path);
      const endPhase = state.phase;
      samples.push({
        replica: replica.name,
        path,
        phase: phaseOf(startPhase, endPhase),
        status: answer.status,
        ...(answer.error && { error: answer.error }),
        ms: answer.ms,
      });
      if (samples.length >= options.killAfter && !state.killing) startKill();
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, i) => client(i)));
  await state.killing;
  return samples;
}
