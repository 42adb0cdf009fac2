import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsServiceRef } from '@backstage/backend-plugin-api/alpha';
import express from 'express';
import Router from 'express-promise-router';

/**
 * A test plugin (`actions-probe`) that reaches the actions registry the way the portal's MCP
 * actions backend does, through the actions service for the caller: `GET /actions` lists every
 * action of `backend.actions.pluginSources`, `POST /invoke/:id` invokes one with the body as
 * its input.
 */
export const actionsProbePlugin = createBackendPlugin({
  pluginId: 'actions-probe',
  register(env) {
    env.registerInit({
      deps: {
        actions: actionsServiceRef,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
      },
      async init({ actions, httpAuth, httpRouter }) {
        const router = Router();
        router.use(express.json());
        router.get('/actions', async (req, res) => {
          const credentials = await httpAuth.credentials(req);
          res.json(await actions.list({ credentials }));
        });
        router.post('/invoke/:id', async (req, res) => {
          const credentials = await httpAuth.credentials(req);
          res.json(
            await actions.invoke({
              id: req.params.id,
              input: req.body,
              credentials,
            }),
          );
        });
        httpRouter.use(router);
      },
    });
  },
});
