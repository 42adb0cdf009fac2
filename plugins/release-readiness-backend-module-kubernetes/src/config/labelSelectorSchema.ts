import { z } from 'zod';
import { parseLabelSelector } from './parseLabelSelector';

/**
 * A label selector in configuration, e.g. `app.kubernetes.io/component=restore-test`: checked at
 * start-up with {@link parseLabelSelector}, so a malformed one stops the backend naming its key
 * instead of failing every read with the API server's 400.
 */
export const labelSelectorSchema = z
  .string()
  .min(1)
  .superRefine((selector, ctx) => {
    try {
      parseLabelSelector(selector);
    } catch (error) {
      ctx.addIssue({
        code: 'custom',
        message: error instanceof Error ? error.message : 'is not valid',
      });
    }
  });
