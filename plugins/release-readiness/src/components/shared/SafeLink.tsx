import { Link, type LinkProps } from '@backstage/core-components';
import { safeHttpUrl } from '@release-readiness/plugin-release-readiness-common';

/**
 * A path inside the app: one leading slash (not `//host` or `/\host`, which browsers read as
 * another host), no whitespace or control characters.
 */
// eslint-disable-next-line no-control-regex
const APP_PATH = /^\/(?![/\\])[^\s\u0000-\u001F\u007F-\u009F]*$/;

/**
 * Props of {@link SafeLink}: those of Backstage's `Link`, with an optional `to`.
 *
 * @public
 */
export type SafeLinkProps = Omit<LinkProps, 'to'> & {
  /** Where to link to; upstream data, so anything. */
  to?: string;
  /** Allow a path inside the app (starting with `/`) besides http(s) URLs. */
  internal?: boolean;
};

/**
 * A Backstage `Link` when `to` is an http(s) URL (or, with `internal`, a path inside the app),
 * and the plain children otherwise: a `javascript:`, `data:` or other URL from upstream data is
 * shown as text, never as a link, and never makes the page fail.
 *
 * @public
 */
export function SafeLink(props: SafeLinkProps) {
  const { to, internal, children, ...rest } = props;
  let href: string | undefined;
  if (typeof to === 'string') {
    href = internal && APP_PATH.test(to) ? to : safeHttpUrl(to);
  }
  if (!href) {
    return <>{children}</>;
  }
  return (
    <Link {...rest} to={href}>
      {children}
    </Link>
  );
}
