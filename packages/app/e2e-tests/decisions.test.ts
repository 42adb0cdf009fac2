import {
  test,
  expect,
  APIRequestContext,
  Browser,
  Page,
} from '@playwright/test';
import { signIn, signInAs } from './signIn';

test.use({ timezoneId: 'Europe/Berlin' });

const BACKEND = 'http://localhost:7007';
const FRONTEND = process.env.PLAYWRIGHT_URL ?? 'http://localhost:3000';

const LENA = 'user:default/lena.kraus';
const JONAS = 'user:default/jonas.weber';
const KATRIN = 'user:default/katrin.vogel';

/** A Backstage token of a demo person, from the backend's `demo` sign-in (what the app does). */
async function tokenOf(request: APIRequestContext, userRef: string) {
  const res = await request.get(`${BACKEND}/api/auth/demo/refresh`, {
    headers: { 'x-demo-user': userRef },
  });
  expect(res.status()).toBe(200);
  const body = await res.json();
  return body.backstageIdentity.token as string;
}

/** A page in a fresh browser context (nobody signed in), signed in as `userRef` or the guest. */
async function pageOf(browser: Browser, userRef?: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: FRONTEND,
    timezoneId: 'Europe/Berlin',
  });
  const page = await context.newPage();
  if (userRef) {
    await signInAs(page, userRef);
  } else {
    await signIn(page);
  }
  return page;
}

async function vote(page: Page, reason: string) {
  const part = page.getByRole('region', { name: 'Your part' });
  await expect(
    part.getByRole('button', { name: 'Vote', exact: true }),
  ).toBeEnabled();
  await part.getByRole('button', { name: 'Vote', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: 'Go', exact: true }).check();
  await dialog.getByRole('textbox', { name: 'Reason' }).fill(reason);
  await dialog.getByRole('button', { name: 'Vote go' }).click();
  await expect(dialog).toBeHidden();
}

test.describe('go/no-go decisions', () => {
  test('a decision for Servanda prod goes from blocked to GO with waivers and three approvals', async ({
    browser,
    request,
  }) => {
    // Four people sign in one after another on a shared machine.
    test.setTimeout(360_000);
    // Lena (release captain) requests it through the API, with her own token. The version is
    // unique per run: a reused local portal may still hold an open decision of an earlier run.
    const version = `1.4.2-e2e.${Date.now()}`;
    const lenaToken = await tokenOf(request, LENA);
    const created = await request.post(
      `${BACKEND}/api/release-readiness/systems/servanda/decisions`,
      {
        headers: { Authorization: `Bearer ${lenaToken}` },
        data: {
          environment: 'prod',
          version,
          reason: 'Release of the e2e run',
          requestId: `e2e-${Date.now()}`,
        },
      },
    );
    expect(created.status()).toBe(201);
    const response = await created.json();
    const id: string = response.decision.id;
    const blocking: { item: string; title: string }[] = response.state.blocking;
    const path = `/release-readiness/systems/servanda/decisions/${encodeURIComponent(
      id,
    )}`;

    // Lena sees it open, with what blocks and the approvals it waits for.
    const lena = await pageOf(browser, LENA);
    await lena.goto(path);
    await expect(lena.getByLabel('Decision status')).toHaveText('OPEN');
    await expect(lena.getByLabel('Why')).toHaveText(/\S/);
    const approvals = lena.getByRole('region', { name: 'Approvals' });
    await expect(approvals).toContainText('Approvals (0 of 3 received)');
    for (const title of ['Release Captain', 'Product Owner', 'Tech Lead']) {
      await expect(
        approvals.getByRole('listitem', { name: title, exact: true }),
      ).toContainText('missing');
    }
    const blockingCard = lena.getByRole('region', { name: 'Blocking items' });
    for (const item of blocking) {
      await expect(
        blockingCard.getByRole('listitem', { name: item.title, exact: true }),
      ).toContainText('Needs a waiver before a go.');
    }
    // Lena is not the accountable: she may vote, not waive.
    const lenaPart = lena.getByRole('region', { name: 'Your part' });
    await expect(
      lenaPart.getByRole('button', { name: 'Waive an item' }),
    ).toBeDisabled();

    // Jonas (product owner) waives what blocks, then votes go.
    const jonas = await pageOf(browser, JONAS);
    await jonas.goto(path);
    await expect(jonas.getByLabel('Decision status')).toHaveText('OPEN');
    const jonasBlocking = jonas.getByRole('region', { name: 'Blocking items' });
    for (const item of blocking) {
      await jonas
        .getByRole('region', { name: 'Your part' })
        .getByRole('button', { name: 'Waive an item' })
        .click();
      const dialog = jonas.getByRole('dialog');
      await dialog.getByRole('combobox', { name: 'Item' }).click();
      await jonas
        .getByRole('option', { name: new RegExp(`^${escape(item.title)} `) })
        .click();
      await dialog
        .getByRole('textbox', { name: 'Reason' })
        .fill(`Accepted for the e2e run: ${item.item}`);
      await dialog.getByRole('button', { name: 'Waive' }).click();
      await expect(dialog).toBeHidden();
      await expect(
        jonasBlocking.getByRole('listitem', { name: item.title, exact: true }),
      ).toContainText('Waived by');
    }
    await vote(jonas, 'Product side agrees');
    await expect(
      jonas
        .getByRole('region', { name: 'Approvals' })
        .getByRole('listitem', { name: 'Product Owner' }),
    ).toContainText('received');

    // Katrin (tech lead) votes go.
    const katrin = await pageOf(browser, KATRIN);
    await katrin.goto(path);
    await vote(katrin, 'Tech side agrees');
    await expect(katrin.getByLabel('Decision status')).toHaveText('OPEN');

    // Lena votes go last: every approval filled, everything waived → GO.
    await lena.reload();
    await vote(lena, 'Release captain agrees');
    await expect(lena.getByLabel('Decision status')).toHaveText('GO');
    await expect(lena.getByRole('region', { name: 'Approvals' })).toContainText(
      'Approvals (3 of 3 received)',
    );

    // The history lists it, linked to the meeting view.
    await lena.goto(
      '/release-readiness/systems/servanda/decisions?environment=prod',
    );
    await expect(
      lena.getByRole('link', { name: `Open the decision on prod ${version}` }),
    ).toHaveAttribute('href', path);

    // The guest sees the decision, but the buttons are disabled with the reason.
    const guest = await pageOf(browser);
    await guest.goto(path);
    await expect(guest.getByLabel('Decision status')).toHaveText('GO');
    const guestPart = guest.getByRole('region', { name: 'Your part' });
    const guestVote = guestPart.getByRole('button', {
      name: 'Vote',
      exact: true,
    });
    await expect(guestVote).toBeDisabled();
    await expect(guestVote).toHaveAccessibleDescription(/\S/);
    await expect(
      guestPart.getByRole('button', { name: 'Waive an item' }),
    ).toBeDisabled();
  });
});

/** `text` as a literal in a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
