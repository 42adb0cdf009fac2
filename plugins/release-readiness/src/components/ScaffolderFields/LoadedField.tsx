import type { ComponentProps } from 'react';
import type { AsyncStateRetry } from 'react-use/esm/useAsyncRetry';
import { FieldStatus } from './FieldStatus';

/**
 * {@link FieldStatus} for data a field loads with `useAsyncRetry`: loading while the call runs
 * or has not answered yet, its error (unless `error` names another) with Retry, then `problem`,
 * `empty` or the field itself as {@link FieldStatus} shows them.
 */
export function LoadedField(
  props: Omit<ComponentProps<typeof FieldStatus>, 'loading' | 'onRetry'> & {
    /** The field's data, as `useAsyncRetry` returns it. */
    state: AsyncStateRetry<unknown>;
  },
) {
  const { state, error, ...status } = props;
  return (
    <FieldStatus
      {...status}
      loading={state.loading || (!state.error && !state.value)}
      error={error ?? state.error}
      onRetry={state.retry}
    />
  );
}
