import {
  test,
  expect,
  APIRequestContext,
  Browser,
  Page,
} from '@playwright/test';
import { signIn, signInAs } from './signIn';

const BACKEND = 'http://localhost:7007';
const FRONTEND = process.env.PLAYWRIGHT_URL ?? 'http://localhost:3000';
const MARA = 'user:default/mara.schulz';
const PROD = '/release-readiness/systems/servanda/env/prod';

/** A Backstage token of a demo person, from the backend's `demo` sign-in (what the app does). */
async function tokenOf(request: APIRequestContext, userRef: string) {
  const res = await request.get(`${BACKEND}/api/auth/demo/refresh`, {
    headers: { 'x-demo-user': userRef },
  });
  expect(res.status()).toBe(200);
  const body = await res.json();
  return body.backstageIdentity.token as string;
}

/** A workload's revisions in Servanda prod, read with `token`. */
async function revisionsOf(
  request: APIRequestContext,
  token: string,
  kind: string,
  name: string,
): Promise<{
  items: { revision: number; current: boolean; version?: string }[];
}> {
  const res = await request.get(
    `${BACKEND}/api/release-readiness/systems/servanda/environments/prod/workloads/${kind}/${name}/revisions`,
    { headers: { Authorization: `Bearer ${token}` } },
  );
  expect(res.status()).toBe(200);
  return res.json();
}

/** A page in a fresh browser context (nobody signed in), signed in as `userRef` or the guest. */
async function pageOf(browser: Browser, userRef?: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: FRONTEND });
  const page = await context.newPage();
  if (userRef) {
    await signInAs(page, userRef);
  } else {
    await signIn(page);
  }
  return page;
}

/** The "Roll back…" entry of a workload row on prod's workloads tab, once its revisions are read. */
async function rollbackEntry(page: Page, kind: string, name: string) {
  await page.goto(`${PROD}/workloads`);
  const workloads = page.getByRole('region', { name: 'Workloads' });
  const entry = workloads.getByRole('button', {
    name: `Roll back ${kind} ${name}`,
  });
  // While the revisions load the entry is a disabled placeholder; settled, it is a link or a
  // disabled button with its reason.
  await expect(async () => {
    const href = await entry.getAttribute('href');
    const described = await entry.getAttribute('aria-describedby');
    expect(href ?? described).toBeTruthy();
  }).toPass({ timeout: 60_000 });
  return entry;
}

/** Fills the template's reason, reviews and creates the task; returns the task's id. */
/**
 * Whether a freeze window of prod is open now, read from the portal's calendar (Servanda's
 * "Peak traffic" freeze covers weekdays 08–18 Berlin time, so whether the suite runs in it depends
 * on the clock).
 */
async function prodFrozenNow(
  request: APIRequestContext,
  token: string,
): Promise<boolean> {
  const res = await request.get(
    `${BACKEND}/api/release-readiness/systems/servanda/environments/prod/calendar?days=1`,
    { headers: { Authorization: `Bearer ${token}` } },
  );
  expect(res.status()).toBe(200);
  const { occurrences } = (await res.json()) as {
    occurrences: { kind: string; start: string; end: string }[];
  };
  const now = Date.now();
  return occurrences.some(
    o =>
      o.kind === 'freeze' &&
      Date.parse(o.start) <= now &&
      now < Date.parse(o.end),
  );
}

async function runTemplate(
  page: Page,
  reason: string,
  overrideReason?: string,
): Promise<string> {
  await expect(page).toHaveURL(/\/create\/templates\/default\/rollback\?/);
  await expect(
    page.getByRole('heading', { name: 'Roll back a workload' }).first(),
  ).toBeVisible();
  await page.getByRole('textbox', { name: /Why roll back/ }).fill(reason);
  if (overrideReason) {
    await page
      .getByRole('textbox', { name: /Freeze override reason/ })
      .fill(overrideReason);
  }
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/\/create\/tasks\/[^/]+$/, { timeout: 30_000 });
  const id = new URL(page.url()).pathname.split('/').pop();
  expect(id).toBeTruthy();
  return id ?? '';
}

/** Opens the task page's log. */
async function showLogs(page: Page) {
  const toggle = page.getByRole('button', { name: /show logs/i });
  if (await toggle.isVisible()) {
    await toggle.click();
  }
}

test.describe('rollback', () => {
  test('the on-call rolls the plain StatefulSet minio in prod back from the portal', async ({
    browser,
    request,
  }) => {
    test.setTimeout(300_000);
    const mara = await pageOf(browser, MARA);

    // The Helm-managed API is not offered: its reason points to helm rollback.
    const api = await rollbackEntry(mara, 'Deployment', 'servanda-api');
    await expect(api).toBeDisabled();
    await expect(api).toHaveAccessibleDescription(/helm rollback/);

    // minio is plain: "Roll back…" opens the template prefilled with prod and minio.
    const token = await tokenOf(request, MARA);
    const before = await revisionsOf(request, token, 'StatefulSet', 'minio');
    const current = before.items.find(r => r.current);
    const previous = before.items.find(
      r => !r.current && r.revision < (current?.revision ?? 0),
    )?.version;
    expect(previous).toBeTruthy();
    expect(previous).not.toBe(current?.version);
    const minio = await rollbackEntry(mara, 'StatefulSet', 'minio');
    await expect(minio).toBeEnabled();
    await minio.click();
    const formData = JSON.parse(
      new URL(mara.url()).searchParams.get('formData') ?? 'null',
    );
    expect(formData).toEqual({
      environment: { system: 'servanda', environment: 'prod' },
      workload: { kind: 'StatefulSet', name: 'minio' },
    });
    const reason = `e2e ${Date.now()}: uploads fail since the image update`;
    // Inside prod's freeze a rollback needs an override reason (the policy's rule); outside it,
    // none is given.
    const taskId = await runTemplate(
      mara,
      reason,
      (await prodFrozenNow(request, token))
        ? 'e2e: uploads are down during peak traffic'
        : undefined,
    );

    // The dry run's diff is in the task log: from → to revision and minio's images.
    await showLogs(mara);
    await expect(
      mara.getByText(/Dry run [^:]+: revision \d+.* → revision \d+.*; minio: /),
    ).toBeVisible({ timeout: 60_000 });

    // The rollback is written and verified (the demo cluster ends rollouts after 8 s).
    await expect(
      mara.getByRole('link', {
        name: 'Open the rollback history of the environment',
      }),
    ).toBeVisible({ timeout: 180_000 });
    const task = await request.get(
      `${BACKEND}/api/scaffolder/v2/tasks/${encodeURIComponent(taskId)}`,
      { headers: { Authorization: `Bearer ${token}` } },
    );
    expect(task.status()).toBe(200);
    expect((await task.json()).status).toBe('completed');
    await expect(mara.getByText('succeeded', { exact: true })).toBeVisible();
    // minio runs the previous revision's version now.
    const after = await revisionsOf(request, token, 'StatefulSet', 'minio');
    expect(after.items.find(r => r.current)?.version).toBe(previous);

    // The history shows the write as succeeded, and its dry run, newest first. The task's link
    // is absolute (app.baseUrl) and opens a new tab: follow it in this one.
    const href = await mara
      .getByRole('link', {
        name: 'Open the rollback history of the environment',
      })
      .getAttribute('href');
    const historyPath = new URL(href ?? '', FRONTEND).pathname;
    expect(historyPath).toBe(`${PROD}/rollbacks`);
    await mara.goto(historyPath);
    const history = mara.getByRole('region', { name: 'Rollbacks' });
    const ours = history
      .getByTestId('rollback-record')
      .filter({ hasText: reason });
    await expect(ours).toHaveCount(2);
    await expect(ours.nth(0)).toHaveAccessibleName(
      'Rollback of StatefulSet minio',
    );
    await expect(ours.nth(0)).toContainText('succeeded');
    await expect(ours.nth(0)).toContainText(/revision \d+.* → revision \d+/);
    await expect(ours.nth(0).getByLabel('Verification')).toContainText(
      'Verification: passed',
    );
    await expect(ours.nth(1)).toContainText('dry-run');
    // Mara did it: the follow-ups are hers to tick off.
    await expect(
      ours.nth(0).getByRole('button', { name: 'Mark communication done' }),
    ).toBeVisible();
    await mara.context().close();
  });

  test("the guest's rollback task fails with the RACI's reason", async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const guest = await pageOf(browser);
    const minio = await rollbackEntry(guest, 'StatefulSet', 'minio');
    await minio.click();
    await runTemplate(guest, `e2e ${Date.now()}: guest tries a rollback`);
    await showLogs(guest);
    await expect(
      guest
        .getByText(/is not responsible for 'Trigger rollback' in prod/)
        .first(),
    ).toBeVisible({ timeout: 60_000 });
    await guest.context().close();
  });
});
