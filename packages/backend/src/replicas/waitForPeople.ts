import { callApi } from './callApi';

/**
 * Waits until every replica's RACI of `environment` names every one of `people` (the catalog
 * relates users to their groups a little after it has read them, and the RACI is resolved from
 * those relations); returns how long that took.
 */
export async function waitForPeople(
  urls: readonly string[],
  token: string,
  environment: string,
  people: readonly string[],
  timeoutMs: number,
): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const answers = await Promise.all(
      urls.map(url => callApi(url, token, `/environments/${environment}/raci`)),
    );
    const complete = answers.every(answer => {
      const text = JSON.stringify(answer.body);
      return (
        answer.status === 200 && people.every(ref => text.includes(`"${ref}"`))
      );
    });
    if (complete) return Date.now() - started;
    await new Promise(r => setTimeout(r, 500));
  }
  throw new Error(
    `the RACI of ${environment} did not name ${people.join(
      ', ',
    )} within ${timeoutMs} ms`,
  );
}
