import type { VersionsResponse } from '@release-readiness/plugin-release-readiness-common';

/** What the matrix of one environment is built from. */
export interface MatrixInput {
  name: string;
  /** The cached workloads JSON, or absent when the source is unavailable. */
  json?: string;
  /** The environment's title and source info (status, as-of, error), serialised. */
  source: string;
}

/**
 * The last whole "deployed where" matrix, reused while every environment's inputs (cached
 * workloads, title and source info) are unchanged: building it for 50 environments of 1,000 workloads
 * costs about 100 ms of the event loop, so a crowd of summary requests should not pay it again
 * every few seconds for the same data. A changed value, source status or as-of time builds anew.
 */
export class LastMatrix {
  #last?: { inputs: MatrixInput[]; matrix: VersionsResponse };

  /** The matrix of `inputs`: the last one when they are the same, else `build()`'s. */
  get(inputs: MatrixInput[], build: () => VersionsResponse): VersionsResponse {
    const last = this.#last;
    if (
      last &&
      last.inputs.length === inputs.length &&
      last.inputs.every(
        (input, i) =>
          input.name === inputs[i].name &&
          input.json === inputs[i].json &&
          input.source === inputs[i].source,
      )
    ) {
      return last.matrix;
    }
    const matrix = build();
    this.#last = { inputs, matrix };
    return matrix;
  }
}
