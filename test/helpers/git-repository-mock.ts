// A repository as GitHub's REST API shows it to the App's onboarding: metadata (archived, default
// branch), branches, commits and trees (Git Data API), pull requests and the settings file. Served
// through nock; request bodies are checked against GitHub's OpenAPI description.
import { createHash } from 'node:crypto';
import nock from 'nock';
import { openapiValidator } from './github-mock.ts';

const API = 'https://api.github.com';

export interface MockPull { number: number; head: string; base: string; title: string; body: string; state: 'open' | 'closed'; html_url: string }
interface Commit { sha: string; tree: Map<string, string>; parents: string[]; message: string }

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');
const blobSha = (content: string) => createHash('sha1').update(`blob ${Buffer.byteLength(content)}\0`).update(content).digest('hex');
const treeSha = (tree: Map<string, string>) => sha1(`tree ${[...tree].map(([p, c]) => `${p}:${blobSha(c)}`).sort().join('\n')}`);

export interface RepositoryOptions {
  owner?: string;
  repo?: string;
  archived?: boolean;
  /** No commit at all: GitHub answers 409 "Git Repository is empty." */
  empty?: boolean;
  /** .github/podarmor.yml on the default branch. */
  config?: string;
}

export class GitRepositoryMock {
  readonly owner: string;
  readonly repo: string;
  readonly options: RepositoryOptions;
  readonly branches = new Map<string, string>();
  readonly commits = new Map<string, Commit>();
  readonly trees = new Map<string, Map<string, string>>();
  readonly pulls: MockPull[] = [];
  readonly requests: { method: string; path: string }[] = [];
  readonly errors: string[] = [];

  constructor(files: Record<string, string>, options: RepositoryOptions = {}) {
    this.owner = options.owner ?? 'Codertocat';
    this.repo = options.repo ?? 'Hello-World';
    this.options = options;
    if (!options.empty) this.push('main', files, 'Initial commit');
  }

  /** A new commit on `branch` whose tree is `files` (as a push would make). */
  push(branch: string, files: Record<string, string>, message: string): string {
    const tree = new Map(Object.entries(files));
    const parent = this.branches.get(branch);
    const sha = sha1(`${message}${parent ?? ''}${treeSha(tree)}`);
    this.trees.set(treeSha(tree), tree);
    this.commits.set(sha, { sha, tree, parents: parent ? [parent] : [], message });
    this.branches.set(branch, sha);
    return sha;
  }

  /** The files at the tip of `branch`. */
  filesOf(branch: string): Map<string, string> {
    return this.commits.get(this.branches.get(branch)!)!.tree;
  }

  writes(): { method: string; path: string }[] {
    return this.requests.filter((r) => r.method !== 'GET' && !r.path.startsWith('/app/'));
  }

  private validate(method: string, template: string, body: unknown): void {
    const validate = openapiValidator(method, template);
    if (!validate(body)) {
      const message = `${method.toUpperCase()} ${template}: ${JSON.stringify(validate.errors)}`;
      this.errors.push(message);
      throw Object.assign(new Error(message), { status: 422 });
    }
  }

  install(): void {
    const prefix = `/repos/${this.owner}/${this.repo}`;
    const scope = nock(API).persist();
    const reply = (method: string, handler: (path: string, query: URLSearchParams, body: any) => [number, unknown, Record<string, string>?]) => async (request: Request) => {
      const url = new URL(request.url);
      const text = await request.text();
      this.requests.push({ method, path: url.pathname });
      try {
        return handler(decodeURIComponent(url.pathname), url.searchParams, text ? JSON.parse(text) : undefined);
      } catch (err) {
        return [(err as { status?: number }).status ?? 500, { message: (err as Error).message }];
      }
    };
    const treeOf = (sha: string) => this.trees.get(sha) ?? this.commits.get(sha)?.tree;

    scope.get(prefix).reply(reply('GET', () => [200, { id: 1, name: this.repo, full_name: `${this.owner}/${this.repo}`, owner: { login: this.owner }, archived: Boolean(this.options.archived), default_branch: 'main', size: this.options.empty ? 0 : 10 }]));
    scope.get(new RegExp(`^${prefix}/git/ref/heads(/|%2F)`, 'i')).reply(
      reply('GET', (path) => {
        if (this.options.empty) return [409, { message: 'Git Repository is empty.' }];
        const sha = this.branches.get(path.slice(`${prefix}/git/ref/heads/`.length));
        return sha ? [200, { ref: path, object: { type: 'commit', sha } }] : [404, { message: 'Not Found' }];
      }),
    );
    scope.get(new RegExp(`^${prefix}/contents/`)).reply(
      reply('GET', (path) =>
        path.endsWith('/.github/podarmor.yml') && this.options.config !== undefined ? [200, this.options.config, { 'content-type': 'application/vnd.github.raw; charset=utf-8' }] : [404, { message: 'Not Found' }],
      ),
    );
    scope.get(new RegExp(`^/repos/${this.owner}/\\.github/contents/`)).reply(reply('GET', () => [404, { message: 'Not Found' }]));
    scope.get(new RegExp(`^${prefix}/pulls\\?`)).reply(
      reply('GET', (_, query) => {
        const head = query.get('head');
        const state = query.get('state') ?? 'open';
        const pulls = this.pulls.filter((p) => (!head || `${this.owner}:${p.head}` === head) && (state === 'all' || p.state === state));
        return [200, pulls.map((p) => ({ number: p.number, state: p.state, title: p.title, body: p.body, html_url: p.html_url, head: { ref: p.head, sha: this.branches.get(p.head) }, base: { ref: p.base } }))];
      }),
    );
    scope.get(new RegExp(`^${prefix}/git/trees/`)).reply(
      reply('GET', (path) => {
        const tree = treeOf(path.split('/').pop()!);
        if (!tree) return [404, { message: 'Not Found' }];
        return [200, { sha: treeSha(tree), truncated: false, tree: [...tree].map(([p, c]) => ({ path: p, mode: '100644', type: 'blob', sha: blobSha(c), size: Buffer.byteLength(c) })) }];
      }),
    );
    scope.get(new RegExp(`^${prefix}/git/blobs/`)).reply(
      reply('GET', (path) => {
        const sha = path.split('/').pop();
        for (const tree of [...this.trees.values()]) for (const content of tree.values()) if (blobSha(content) === sha) return [200, { sha, encoding: 'base64', content: Buffer.from(content).toString('base64'), size: Buffer.byteLength(content) }];
        return [404, { message: 'Not Found' }];
      }),
    );
    scope.get(new RegExp(`^${prefix}/git/commits/`)).reply(
      reply('GET', (path) => {
        const commit = this.commits.get(path.split('/').pop()!);
        return commit ? [200, { sha: commit.sha, message: commit.message, tree: { sha: treeSha(commit.tree) }, parents: commit.parents.map((sha) => ({ sha })) }] : [404, { message: 'Not Found' }];
      }),
    );
    scope.post(`${prefix}/git/trees`).reply(
      reply('POST', (_, __, body) => {
        this.validate('post', '/repos/{owner}/{repo}/git/trees', body);
        const base = treeOf(body.base_tree);
        if (!base) return [404, { message: 'base_tree not found' }];
        const tree = new Map(base);
        for (const entry of body.tree as { path: string; content: string }[]) tree.set(entry.path, entry.content);
        this.trees.set(treeSha(tree), tree);
        return [201, { sha: treeSha(tree), truncated: false, tree: [] }];
      }),
    );
    scope.post(`${prefix}/git/commits`).reply(
      reply('POST', (_, __, body) => {
        this.validate('post', '/repos/{owner}/{repo}/git/commits', body);
        const tree = this.trees.get(body.tree);
        if (!tree || !(body.parents as string[]).every((p) => this.commits.has(p))) return [422, { message: 'Tree or parent not found' }];
        const sha = sha1(`${body.message}${body.parents.join()}${body.tree}`);
        this.commits.set(sha, { sha, tree, parents: body.parents, message: body.message });
        return [201, { sha, tree: { sha: body.tree }, parents: body.parents.map((p: string) => ({ sha: p })) }];
      }),
    );
    scope.post(`${prefix}/git/refs`).reply(
      reply('POST', (_, __, body) => {
        this.validate('post', '/repos/{owner}/{repo}/git/refs', body);
        const branch = String(body.ref).replace(/^refs\/heads\//, '');
        if (this.branches.has(branch)) return [422, { message: 'Reference already exists' }];
        this.branches.set(branch, body.sha);
        return [201, { ref: body.ref, object: { sha: body.sha } }];
      }),
    );
    scope.patch(new RegExp(`^${prefix}/git/refs/heads(/|%2F)`, 'i')).reply(
      reply('PATCH', (path, _, body) => {
        this.validate('patch', '/repos/{owner}/{repo}/git/refs/{ref}', body);
        const branch = path.slice(`${prefix}/git/refs/heads/`.length);
        if (!this.branches.has(branch)) return [422, { message: 'Reference does not exist' }];
        this.branches.set(branch, body.sha);
        return [200, { ref: `refs/heads/${branch}`, object: { sha: body.sha } }];
      }),
    );
    scope.post(`${prefix}/pulls`).reply(
      reply('POST', (_, __, body) => {
        this.validate('post', '/repos/{owner}/{repo}/pulls', body);
        if (!this.branches.has(body.head)) return [422, { message: `head ${body.head} does not exist` }];
        if (this.pulls.some((p) => p.head === body.head && p.state === 'open')) return [422, { message: 'A pull request already exists' }];
        const number = 1 + this.pulls.length;
        const pull: MockPull = { number, head: body.head, base: body.base, title: body.title, body: body.body, state: 'open', html_url: `https://github.com/${this.owner}/${this.repo}/pull/${number}` };
        this.pulls.push(pull);
        return [201, { number, html_url: pull.html_url }];
      }),
    );
    scope.patch(new RegExp(`^${prefix}/pulls/\\d+$`)).reply(
      reply('PATCH', (path, _, body) => {
        this.validate('patch', '/repos/{owner}/{repo}/pulls/{pull_number}', body);
        const pull = this.pulls.find((p) => p.number === Number(path.split('/').pop()));
        if (!pull) return [404, { message: 'Not Found' }];
        if (body.state === 'open' && pull.state === 'closed') this.errors.push(`pull request #${pull.number} was reopened`);
        Object.assign(pull, body);
        return [200, { number: pull.number, html_url: pull.html_url }];
      }),
    );
    scope.post(/^\/app\/installations\/\d+\/access_tokens$/).reply(
      reply('POST', () => [201, { token: 'ghs_installation', expires_at: '2099-01-01T00:00:00Z', permissions: { contents: 'write', pull_requests: 'write', metadata: 'read' }, repository_selection: 'selected' }]),
    );
  }
}
