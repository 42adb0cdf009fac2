import { EmptyState, Progress } from '@backstage/core-components';
import type { SourceInfo } from '@release-readiness/plugin-release-readiness-common';
import type { ReactNode } from 'react';
import { LoadError } from './LoadError';
import { SourceLine } from './SourceLine';

/**
 * A request's state as `useAsync` / `useAsyncRetry` (react-use) report it.
 *
 * @public
 */
export interface SourcedState<T> {
  loading: boolean;
  error?: Error;
  value?: T;
  /** Reloads; `useAsyncRetry` has it. */
  retry?: () => void;
}

/**
 * Props of {@link SourcedContent}.
 *
 * @public
 */
export interface SourcedContentProps<T> {
  /** The request's state, e.g. what `useAsyncRetry` returns. */
  state: SourcedState<T>;
  /** What could not be done when the request fails, e.g. "Could not load the workloads". */
  title: string;
  /** Offered as Retry when the request fails; default: `state.retry`. */
  onRetry?: () => void;
  /**
   * Where the value comes from. With it, the source line (name, "as of", and a banner when
   * stale or unavailable) is shown above the content, and an unavailable source shows only its
   * reason. Without it, only loading and errors are handled (for values with several sources).
   */
  source?: (value: T) => SourceInfo;
  /**
   * Shown as an empty state when the source says it is `NOT_CONFIGURED`; the description
   * defaults to the source's message. Without it, such a source counts as unavailable.
   */
  notConfigured?: { title: string; description?: string };
  /**
   * Renders the content also when the source is unavailable, for values with parts that do not
   * come from the source (e.g. the RACI's activities, from configuration). The content must then
   * show nothing from the source as a result.
   */
  contentWhenUnavailable?: boolean;
  /** Keeps the last value on screen while reloading, instead of the progress bar. */
  keepWhileLoading?: boolean;
  /** The content for a value; stale values are shown, under the stale banner. */
  children: (value: T, source: SourceInfo | undefined) => ReactNode;
}

/**
 * The states every data section has, in one place: loading (a progress bar), failed (the error
 * with Retry), not configured (an empty state saying what to configure), unavailable (no result,
 * only the reason), stale (the content under a banner with its age) and ok (the content with its
 * source and "as of" time).
 *
 * @public
 */
export function SourcedContent<T>(props: SourcedContentProps<T>) {
  const {
    state,
    title,
    source: sourceOf,
    notConfigured,
    contentWhenUnavailable,
    keepWhileLoading,
    children,
  } = props;
  const { value } = state;
  const hasValue = value !== undefined && value !== null;
  if (state.loading && !(keepWhileLoading && hasValue)) {
    return <Progress />;
  }
  if (state.error || !hasValue) {
    return (
      <LoadError
        error={state.error}
        title={title}
        onRetry={props.onRetry ?? state.retry}
      />
    );
  }
  const source = sourceOf?.(value);
  if (!source) {
    return <>{children(value, undefined)}</>;
  }
  if (notConfigured && source.error?.type === 'NOT_CONFIGURED') {
    return (
      <EmptyState
        missing="content"
        title={notConfigured.title}
        description={notConfigured.description ?? source.error.message}
      />
    );
  }
  const showContent =
    source.status !== 'unavailable' || contentWhenUnavailable === true;
  return (
    <>
      <SourceLine source={source} />
      {showContent && children(value, source)}
    </>
  );
}
