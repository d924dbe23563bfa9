// Who the App is on GitHub: its bot account, `<slug>[bot]`, which authored the reviews and comments
// it finds again on a re-run. Asked once per process with the App's own token (GET /app), so a review
// spends no request on it; GraphQL's `viewer` (what the Action asks) would pass through the
// installation's write schedule, since octokit throttles every GraphQL request as a write.
import type { Probot } from 'probot';

export type BotLogin = () => Promise<string | undefined>;

export function botLogin(app: Probot): BotLogin {
  let login: Promise<string | undefined> | undefined;
  return () =>
    (login ??= (async () => {
      try {
        const octokit = await app.auth();
        const { data } = await octokit.rest.apps.getAuthenticated();
        return data?.slug ? `${data.slug}[bot]` : undefined;
      } catch (err) {
        login = undefined; // ask again next time; the review falls back to GraphQL's viewer
        app.log.warn(`could not read the App's own account: ${(err as Error).message}`);
        return undefined;
      }
    })());
}
