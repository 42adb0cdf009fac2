import { createRouteRef } from '@backstage/frontend-plugin-api';

/** The board's root page (new frontend system). */
export const rootRouteRef = createRouteRef();
