// The App's server, what `npm start` and the container run: Probot's runner (its environment
// variables: APP_ID, PRIVATE_KEY, WEBHOOK_SECRET, REDIS_URL, GHE_HOST, …) with the App's Octokit
// and a graceful SIGTERM.
import { run } from 'probot';
import podarmorApp from './index.ts';
import { AppOctokit } from './octokit.ts';
import { stopGracefullyOn } from './shutdown.ts';

/** Kubernetes' terminationGracePeriodSeconds must exceed this (deploy/deployment.yaml: 90 s). */
const SHUTDOWN_TIMEOUT_MS = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 80_000);

const server = await run(podarmorApp, { Octokit: AppOctokit as never });
const log = { info: (m: string) => console.info(m), warn: (m: string) => console.warn(m) };
stopGracefullyOn('SIGTERM', server, log, SHUTDOWN_TIMEOUT_MS);
