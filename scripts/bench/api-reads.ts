// Bench section: reading the files of a 300-file pull request at its head through the API (the
// GitHub mock, so the numbers are requests and local time, not network latency): one blob request
// per file, as the review read changed files before, against batched GraphQL reads.
import { getOctokit } from '@actions/github';
import nock from 'nock';
import type { GitHubClient } from '../../src/github/client.ts';
import { fetchBlob, mapLimit } from '../../src/github/pull-request.ts';
import { listTreeAtRef, readFilesAtRef } from '../../src/github/read-files.ts';
import { MockGitHub } from '../../test/helpers/github-mock.ts';

const FILES = 300;

export async function run(): Promise<string[]> {
  const files = Array.from({ length: FILES }, (_, i) => ({
    path: `deploy/app-${i}/deployment.yaml`,
    content: `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/app-${i}:1.0\n`,
  }));
  const client = getOctokit('ghs_bench') as unknown as GitHubClient;
  const lines: string[] = [];

  const measure = async (label: string, read: (mock: MockGitHub) => Promise<number>) => {
    const mock = new MockGitHub([], { unchanged: files });
    mock.install();
    const started = performance.now();
    try {
      const count = await read(mock);
      const ms = performance.now() - started;
      lines.push(`${label.padEnd(44)} ${String(mock.requests.length).padStart(4)} requests  ${ms.toFixed(0).padStart(5)} ms  (${count} files read)`);
    } finally {
      nock.cleanAll();
    }
  };

  await measure(`one blob request per file (${FILES} files)`, async (mock) => {
    const tree = await client.rest.git.getTree({ owner: mock.owner, repo: mock.repo, tree_sha: mock.headSha, recursive: 'true' });
    const blobs = await mapLimit(tree.data.tree, 6, (e) => fetchBlob(client, mock, e.sha!));
    return blobs.length;
  });
  await measure(`tree + batched GraphQL reads (${FILES} files)`, async (mock) => {
    const tree = await listTreeAtRef(client, mock, mock.headSha);
    const read = await readFilesAtRef(client, mock, mock.headSha, tree.paths);
    return [...read.values()].filter((t) => t !== undefined).length;
  });
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) for (const line of await run()) console.log(line);
