import { Content, Header, Page } from '@backstage/core-components';
import { configApiRef, useApi } from '@backstage/frontend-plugin-api';
import type { ReactNode } from 'react';

/** The frame of every state of the sign-in page: the app's title above the content. */
export function SignInLayout(props: { children: ReactNode }) {
  const configApi = useApi(configApiRef);
  return (
    <Page themeId="home">
      <Header
        title={configApi.getOptionalString('app.title') ?? 'Backstage'}
        subtitle="Sign in"
      />
      <Content>{props.children}</Content>
    </Page>
  );
}
