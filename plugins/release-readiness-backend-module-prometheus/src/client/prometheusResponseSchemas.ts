import { z } from 'zod';

/** `[<unix seconds>, "<value>"]`. */
const sample = z.tuple([z.number(), z.string()]);
const labels = z.record(z.string(), z.string());

/** The envelope of every answer of the Prometheus HTTP API (`docs/querying/api.md`). */
export const envelopeSchema = z.looseObject({
  status: z.enum(['success', 'error']),
  data: z.unknown().optional(),
  errorType: z.string().optional(),
  warnings: z.array(z.string()).optional(),
});

/** `data` of an instant query: a vector or a scalar (strings and matrices are not expected). */
export const instantDataSchema = z.discriminatedUnion('resultType', [
  z.looseObject({
    resultType: z.literal('vector'),
    result: z.array(z.looseObject({ metric: labels, value: sample })),
  }),
  z.looseObject({ resultType: z.literal('scalar'), result: sample }),
]);

/** `data` of a range query: a matrix. */
export const rangeDataSchema = z.looseObject({
  resultType: z.literal('matrix'),
  result: z.array(z.looseObject({ metric: labels, values: z.array(sample) })),
});
