import { createRouteRef } from '@backstage/core-plugin-api';

/** The board's root page (legacy frontend system). */
export const legacyRootRouteRef = createRouteRef({ id: 'release-readiness' });
