// A GitHub that behaves like the real one where bots get it wrong: it checks every request body
// against GitHub's published OpenAPI description (and GraphQL schema), rejects with 422 a review
// comment whose line or range is not in the diff (or spans two hunks), guards commits with
// expectedHeadOid, and answers 403 to writes when the token is read-only. Built on nock.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import nock from 'nock';
import { schema as githubGraphql } from '@octokit/graphql-schema';
import { Ajv } from 'ajv';
import { buildClientSchema, graphqlSync, parse as parseGraphql, validate as validateGraphql, type GraphQLSchema } from 'graphql';
import { structuredPatch } from 'diff';
import { parsePatch, hunkFor } from '../../src/review/patch.ts';

const require = createRequire(import.meta.url);
const API = 'https://api.github.com';

let openapi: { ajv: Ajv } | undefined;
function openapiValidator(method: string, template: string) {
  if (!openapi) {
    const doc = JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8'));
    const ajv = new Ajv({ strict: false, validateSchema: false, allErrors: true, formats: { uri: true, 'date-time': true, email: true, uuid: true, date: true, hostname: true, 'uri-template': true, binary: true, int32: true, int64: true, ipv4: true, ipv6: true } as never });
    ajv.addSchema(doc, 'api');
    openapi = { ajv };
  }
  const pointer = `/paths/${template.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}/requestBody/content/application~1json/schema`;
  const id = `api#${pointer.split('/').map(encodeURIComponent).join('/')}`;
  const validate = openapi.ajv.getSchema(id);
  if (!validate) throw new Error(`no OpenAPI schema for ${method.toUpperCase()} ${template}`);
  return validate;
}

let graphqlSchema: GraphQLSchema | undefined;
function checkGraphql(query: string, variables: Record<string, unknown>): string[] {
  // The introspection JSON: the published SDL defines some fields twice and does not build.
  graphqlSchema ??= buildClientSchema(githubGraphql.json as never);
  const doc = parseGraphql(query);
  const errors = validateGraphql(graphqlSchema, doc).map((e) => e.message);
  if (errors.length) return errors;
  // Executing without resolvers coerces the variables against the schema's input types.
  const result = graphqlSync({ schema: graphqlSchema, source: query, variableValues: variables });
  return (result.errors ?? []).map((e) => e.message).filter((m) => !/Cannot return null for non-nullable field/.test(m));
}

export interface MockFile {
  path: string;
  /** The file at the pull request's head. */
  content: string;
  /** The unified diff GitHub shows for it (omit for a file too large to diff). */
  patch?: string;
  /** The file on the base branch: when set, the diff is computed from it (and follows commits). */
  base?: string;
  status?: string;
}

/** How GitHub answers one request that fails (status and message as GitHub words them). */
export interface Failure {
  status: number;
  message: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
}

export interface PostedComment {
  id: number;
  node_id: string;
  path: string;
  line: number | null;
  start_line: number | null;
  body: string;
  in_reply_to_id?: number;
  commit_id: string;
  resolved: boolean;
  minimized?: string;
  /** Login of the comment's author. */
  user: string;
}

export interface MockOptions {
  owner?: string;
  repo?: string;
  number?: number;
  headSha?: string;
  headRef?: string;
  /** The head branch lives in a fork. */
  fork?: boolean;
  readOnly?: boolean;
  /** After this many GET /pulls/{n} the head moves (a push during the run). */
  moveHeadAfterPrFetches?: number;
  /** Files the repository has at head besides the changed ones (for the tree listing). */
  unchanged?: { path: string; content: string }[];
  config?: string;
  /** .github/podarmor.yml of the owner's `.github` repository (what `_extends: .github` reads). */
  orgConfig?: string;
  /** GraphQL resolveReviewThread answers FORBIDDEN (a token with pull-requests: write only). */
  cannotResolve?: boolean;
  /** Users and their permission on the repository (for the App's fix command). */
  permissions?: Record<string, 'admin' | 'write' | 'read' | 'none'>;
  /** Serve as GitHub Enterprise Server at this host: REST under /api/v3, GraphQL at /api/graphql. */
  enterpriseHost?: string;
  /** Requests (`METHOD /path`) that GitHub answers with its secondary rate limit, every time. */
  secondaryRateLimit?: RegExp;
  /** Who the token is (GraphQL `viewer`): GITHUB_TOKEN is github-actions[bot]. */
  viewerLogin?: string;
  /** Answers to the next POST …/reviews, in order, before it behaves again. */
  reviewFailures?: Failure[];
  /** Comments (`path:line`) GitHub refuses with a 422 that does not say which comment it was. */
  refuseCommentsAt?: string[];
  /** "Allow GitHub Actions to create and approve pull requests" is off: POST /pulls is refused. */
  actionsMayNotCreatePullRequests?: boolean;
  /** The pull request changes this many files (GitHub lists at most 3,000 of them). */
  changedFiles?: number;
  /** The recursive tree listing is cut (`truncated: true`). */
  treeTruncated?: boolean;
  /** Blobs larger than this many bytes come back from GraphQL with isTruncated (GitHub: ~512 KB). */
  graphqlTextLimit?: number;
}

/** GitHub lists at most this many files of a pull request. */
export const LISTED_FILES_LIMIT = 3000;
/** The base branch's head commit. */
export const BASE_SHA = '0000000000000000000000000000000000000001';

function blobSha(content: string): string {
  let h = 0;
  for (let i = 0; i < content.length; i++) h = (Math.imul(h, 31) + content.charCodeAt(i)) | 0;
  return `b${(h >>> 0).toString(16).padStart(39, '0')}`;
}

export class MockGitHub {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
  headSha: string;
  readonly headRef: string;
  readonly files: MockFile[];
  readonly options: MockOptions;
  readonly requests: RecordedRequest[] = [];
  readonly comments: PostedComment[] = [];
  readonly reviews: { id: number; body: string; commit_id: string; comments: number; user: string }[] = [];
  readonly commits: { oid: string; branch: string; files: { path: string; content: string }[]; headline: string }[] = [];
  readonly pulls: { number: number; head: string; base: string; title: string; html_url: string }[] = [];
  readonly refs = new Map<string, string>();
  readonly checkRuns: { id: number; name: string; head_sha: string; status?: string; conclusion?: string; output?: { title: string; summary: string; annotations?: unknown[] }; actions?: unknown[]; annotations: unknown[] }[] = [];
  readonly issueComments: { id: number; body: string; user: { login: string } }[] = [];
  readonly errors: string[] = [];
  readonly deletedRefs: string[] = [];
  /** Pending reviews (created without an event), until deleted. */
  readonly pendingReviews: { id: number; comments: number }[] = [];
  /** Time spent answering (checking bodies against the OpenAPI and GraphQL schemas): GitHub's
   * time, not the caller's. */
  busyMs = 0;
  readonly viewerLogin: string;
  private prFetches = 0;
  private nextId = 1000;

  constructor(files: MockFile[], options: MockOptions = {}) {
    this.files = files;
    this.options = options;
    this.owner = options.owner ?? 'Codertocat';
    this.repo = options.repo ?? 'Hello-World';
    this.number = options.number ?? 2;
    this.headSha = options.headSha ?? 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
    this.headRef = options.headRef ?? 'changes';
    this.refs.set(this.headRef, this.headSha);
    this.viewerLogin = options.viewerLogin ?? 'github-actions[bot]';
  }

  /** The diff GitHub shows for a file: computed from its base when it has one. */
  patchOf(file: MockFile): string | undefined {
    // A new file's diff adds every line, whatever commits change it.
    if (file.base === undefined) return file.status === 'added' && file.patch !== undefined ? addedPatch(file.content) : file.patch;
    const p = structuredPatch('a', 'b', file.base, file.content, '', '', { context: 3 });
    return p.hunks.map((h) => `@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@\n${h.lines.join('\n')}`).join('\n') || undefined;
  }

  /** GitHub's `link` header: where the next page is, while there is one. */
  private pageLinks(url: string, page: number, perPage: number, total: number): Record<string, string> {
    return page * perPage < total ? { link: `<${url}?per_page=${perPage}&page=${page + 1}>; rel="next"` } : {};
  }

  /** A comment by someone else (or a forgery) already on the pull request. */
  addComment(comment: Omit<PostedComment, 'id' | 'node_id' | 'resolved' | 'commit_id' | 'start_line'> & { start_line?: number | null }): PostedComment {
    const c: PostedComment = { id: this.nextId++, node_id: `PRRC_${this.nextId}`, start_line: null, commit_id: this.headSha, resolved: false, ...comment };
    this.comments.push(c);
    return c;
  }

  /** Every request whose method writes (POST/PATCH/PUT/DELETE), GraphQL queries excluded. */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && !r.path.startsWith('/app/') && !(r.path === '/graphql' && /^\s*query/.test(String((r.body as { query?: string }).query))));
  }

  /** Writes that create content (a review, a comment, a commit, a ref, a pull request, a check run). */
  creations(): RecordedRequest[] {
    return this.writes().filter((r) => r.method === 'POST');
  }

  private validateBody(method: string, template: string, body: unknown): void {
    const validate = openapiValidator(method, template);
    if (!validate(body)) {
      const message = `${method.toUpperCase()} ${template}: body does not match GitHub's OpenAPI schema: ${openapi!.ajv.errorsText(validate.errors)}`;
      this.errors.push(message);
      throw Object.assign(new Error(message), { status: 422 });
    }
  }

  private pullRequestJson() {
    const repoJson = (name: string, owner: string) => ({ id: 1, node_id: 'R_1', name, full_name: `${owner}/${name}`, owner: { login: owner }, private: false });
    return {
      id: 1,
      number: this.number,
      state: 'open',
      changed_files: this.options.changedFiles ?? this.files.length,
      draft: false,
      title: 'Update manifests',
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${this.number}`,
      head: { ref: this.headRef, sha: this.headSha, repo: this.options.fork ? repoJson(this.repo, 'fork-owner') : repoJson(this.repo, this.owner) },
      base: { ref: 'main', sha: BASE_SHA, repo: repoJson(this.repo, this.owner) },
    };
  }

  install(): void {
    // GitHub Enterprise Server serves the same API under /api/v3 (GraphQL at /api/graphql): routes
    // and recorded paths are written as on github.com.
    const origin = this.options.enterpriseHost ? `https://${this.options.enterpriseHost}` : API;
    const apiPath = (pathname: string) => (this.options.enterpriseHost ? pathname.replace(/^\/api\/v3(?=\/)/, '').replace(/^\/api\/graphql$/, '/graphql') : pathname);
    // nock's typings declare filteringPath without its (documented, working) function argument.
    const scope = (nock(origin).persist() as unknown as { filteringPath(fn: (path: string) => string): nock.Scope }).filteringPath(apiPath);
    const prefix = `/repos/${this.owner}/${this.repo}`;
    // nock 15 hands a reply function the fetch Request (a two-parameter function would be taken
    // for a callback-style one and never answer).
    const reply = (method: string, handler: (path: string, query: URLSearchParams, body: unknown, accept: string) => [number, unknown] | [number, unknown, Record<string, string>]) =>
      async (request: Request): Promise<[number, unknown] | [number, unknown, Record<string, string>]> => {
        const url = new URL(request.url, origin);
        url.pathname = apiPath(url.pathname);
        const text = await request.text();
        const parsed: unknown = text ? JSON.parse(text) : undefined;
        const accept = request.headers.get('accept') ?? '';
        this.requests.push({ method, path: url.pathname, body: parsed });
        if (this.options.secondaryRateLimit?.test(`${method} ${url.pathname}`)) {
          return [403, { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }, { 'retry-after': '1' }];
        }
        if (this.options.readOnly && method !== 'GET' && !(url.pathname === '/graphql' && /^\s*query/.test(String((parsed as { query?: string })?.query)))) {
          return [403, { message: 'Resource not accessible by integration', status: '403' }];
        }
        const started = performance.now();
        try {
          return handler(url.pathname, url.searchParams, parsed, accept);
        } catch (err) {
          const status = (err as { status?: number }).status ?? 500;
          return [status, { message: (err as Error).message }];
        } finally {
          this.busyMs += performance.now() - started;
        }
      };

    scope.get(`${prefix}/pulls/${this.number}`).reply(
      reply('GET', () => {
        this.prFetches++;
        if (this.options.moveHeadAfterPrFetches !== undefined && this.prFetches > this.options.moveHeadAfterPrFetches) this.headSha = 'f'.repeat(40);
        return [200, this.pullRequestJson()];
      }),
    );
    scope.get(new RegExp(`^${prefix}/pulls/${this.number}/files`)).reply(
      reply('GET', (_, query) => {
        const page = Number(query.get('page') ?? 1);
        const perPage = Number(query.get('per_page') ?? 30);
        const all = this.files.slice(0, LISTED_FILES_LIMIT).map((f) => {
          const patch = this.patchOf(f);
          return { sha: blobSha(f.content), filename: f.path, status: f.status ?? 'modified', additions: 1, deletions: 0, changes: 1, blob_url: '', raw_url: '', contents_url: '', ...(patch !== undefined ? { patch } : {}) };
        });
        return [200, all.slice((page - 1) * perPage, page * perPage), this.pageLinks(`${origin}${prefix}/pulls/${this.number}/files`, page, perPage, all.length)];
      }),
    );
    scope.get(new RegExp(`^${prefix}/git/blobs/`)).reply(
      reply('GET', (path) => {
        const sha = path.split('/').pop()!;
        const file = [...this.files, ...(this.options.unchanged ?? [])].find((f) => blobSha(f.content) === sha);
        if (!file) return [404, { message: 'Not Found' }];
        return [200, { sha, size: file.content.length, content: Buffer.from(file.content).toString('base64'), encoding: 'base64' }];
      }),
    );
    scope.get(new RegExp(`^${prefix}/git/trees/`)).reply(
      reply('GET', () => [
        200,
        { sha: this.headSha, truncated: this.options.treeTruncated ?? false, tree: [...this.files, ...(this.options.unchanged ?? [])].map((f) => ({ path: f.path, type: 'blob', mode: '100644', sha: blobSha(f.content) })) },
      ]),
    );
    scope.get(new RegExp(`^${prefix}/contents/`)).reply(
      reply('GET', (path, query, __, accept) => {
        const file = decodeURIComponent(path.slice(`${prefix}/contents/`.length));
        // The base branch's version of a changed file (the gate compares fingerprints with it).
        const changed = this.files.find((f) => f.path === file && f.base !== undefined && f.status !== 'added');
        if (changed && query.get('ref') === BASE_SHA) {
          return [200, { type: 'file', name: file.split('/').pop(), path: file, sha: blobSha(changed.base!), size: changed.base!.length, encoding: 'base64', content: Buffer.from(changed.base!).toString('base64') }];
        }
        if (file === '.github/podarmor.yml' && this.options.config !== undefined) {
          // Probot's config loader asks for the raw file; the Action for the JSON description.
          if (accept.includes('raw')) return [200, this.options.config, { 'content-type': 'application/vnd.github.raw; charset=utf-8' }];
          return [200, { type: 'file', name: 'podarmor.yml', path: file, sha: 'c', size: this.options.config.length, encoding: 'base64', content: Buffer.from(this.options.config).toString('base64') }];
        }
        return [404, { message: 'Not Found' }];
      }),
    );
    // The organisation-wide .github repository (Probot's fallback and `_extends` target).
    scope.get(new RegExp(`^/repos/${this.owner}/\\.github/contents/`)).reply(
      reply('GET', (path) =>
        decodeURIComponent(path).endsWith('/.github/podarmor.yml') && this.options.orgConfig !== undefined ? [200, this.options.orgConfig, { 'content-type': 'application/vnd.github.raw; charset=utf-8' }] : [404, { message: 'Not Found' }],
      ),
    );
    // The App itself (JWT): its slug makes its bot login.
    scope.get('/app').reply(reply('GET', () => [200, { id: 1, slug: this.viewerLogin.replace(/\[bot\]$/, ''), name: 'podarmor', owner: { login: this.owner } }]));
    // A GitHub App's installation token.
    scope.post(/^\/app\/installations\/\d+\/access_tokens$/).reply(
      reply('POST', () => [201, { token: 'ghs_installation', expires_at: '2099-01-01T00:00:00Z', permissions: { checks: 'write', contents: 'write', pull_requests: 'write', metadata: 'read' }, repository_selection: 'all' }]),
    );
    scope.get(new RegExp(`^${prefix}/pulls/${this.number}/comments`)).reply(
      reply('GET', (_, query) => {
        const page = Number(query.get('page') ?? 1);
        const perPage = Number(query.get('per_page') ?? 30);
        const all = this.comments.map((c) => ({ id: c.id, node_id: c.node_id, path: c.path, line: c.line, start_line: c.start_line, body: c.body, commit_id: c.commit_id, user: { login: c.user, type: c.user.endsWith('[bot]') ? 'Bot' : 'User' }, ...(c.in_reply_to_id ? { in_reply_to_id: c.in_reply_to_id } : {}) }));
        return [200, all.slice((page - 1) * perPage, page * perPage), this.pageLinks(`${origin}${prefix}/pulls/${this.number}/comments`, page, perPage, all.length)];
      }),
    );
    scope.get(new RegExp(`^${prefix}/pulls/${this.number}/reviews`)).reply(reply('GET', () => [200, this.reviews.map((r) => ({ id: r.id, body: r.body, commit_id: r.commit_id, state: 'COMMENTED', user: { login: r.user, type: 'Bot' } }))]));
    scope.post(`${prefix}/pulls/${this.number}/reviews`).reply(
      reply('POST', (_, __, body) => {
        this.validateBody('post', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews', body);
        const b = body as { commit_id?: string; body?: string; event?: string; comments?: { path: string; line?: number; start_line?: number; side?: string; start_side?: string; body: string }[] };
        const failure = this.options.reviewFailures?.shift();
        if (failure) return [failure.status, { message: failure.message, documentation_url: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request', status: String(failure.status) }];
        if (b.commit_id !== undefined && b.commit_id !== this.headSha && !this.commits.some((c) => c.oid === b.commit_id)) throw Object.assign(new Error('Unprocessable Entity: commit_id is not part of the pull request'), { status: 422 });
        if (b.event !== undefined && b.event !== 'COMMENT') throw Object.assign(new Error('podarmor posts COMMENT reviews only'), { status: 422 });
        if ((b.comments ?? []).some((c) => this.options.refuseCommentsAt?.includes(`${c.path}:${c.line}`))) {
          return [422, { message: 'Unprocessable Entity', errors: ['Line could not be resolved'], documentation_url: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request', status: '422' }];
        }
        const posted: PostedComment[] = [];
        for (const c of b.comments ?? []) {
          const file = this.files.find((f) => f.path === c.path);
          const hunks = parsePatch(file ? this.patchOf(file) : undefined);
          if (c.line === undefined) throw Object.assign(new Error('Unprocessable Entity: "line" is required'), { status: 422 });
          if (!hunkFor(hunks, c.line)) throw Object.assign(new Error(`Unprocessable Entity: pull_request_review_thread.line must be part of the diff (${c.path}:${c.line})`), { status: 422 });
          if (c.start_line !== undefined) {
            if (c.start_line >= c.line) throw Object.assign(new Error('Unprocessable Entity: start_line must precede line'), { status: 422 });
            if (!hunkFor(hunks, c.start_line, c.line)) throw Object.assign(new Error(`Unprocessable Entity: pull_request_review_thread.start_line must be part of the same hunk as the line (${c.path}:${c.start_line}-${c.line})`), { status: 422 });
          }
          if (c.body.length > 65536) throw Object.assign(new Error('Unprocessable Entity: body is too long'), { status: 422 });
          posted.push({ id: this.nextId++, node_id: `PRRC_${this.nextId}`, path: c.path, line: c.line, start_line: c.start_line ?? null, body: c.body, commit_id: b.commit_id ?? this.headSha, resolved: false, user: this.viewerLogin });
        }
        if ((b.body ?? '').length > 65536) throw Object.assign(new Error('Unprocessable Entity: body is too long'), { status: 422 });
        if (b.event === undefined) {
          // A pending review: visible to its author only, its comments with it.
          if (this.pendingReviews.length) throw Object.assign(new Error('Unprocessable Entity: User can only have one pending review per pull request'), { status: 422 });
          const pending = { id: this.nextId++, comments: posted.length };
          this.pendingReviews.push(pending);
          return [200, { id: pending.id, body: '', state: 'PENDING', commit_id: b.commit_id ?? this.headSha, html_url: 'https://github.com/x', user: { login: this.viewerLogin } }];
        }
        this.comments.push(...posted);
        const review = { id: this.nextId++, body: b.body ?? '', commit_id: b.commit_id ?? this.headSha, comments: posted.length, user: this.viewerLogin };
        this.reviews.push(review);
        return [200, { id: review.id, body: review.body, state: 'COMMENTED', commit_id: review.commit_id, html_url: 'https://github.com/x', user: { login: this.viewerLogin } }];
      }),
    );
    scope.patch(new RegExp(`^${prefix}/pulls/comments/\\d+$`)).reply(
      reply('PATCH', (path, _, body) => {
        this.validateBody('patch', '/repos/{owner}/{repo}/pulls/comments/{comment_id}', body);
        const c = this.comments.find((x) => x.id === Number(path.split('/').pop()));
        if (!c) return [404, { message: 'Not Found' }];
        c.body = (body as { body: string }).body;
        return [200, { id: c.id, body: c.body }];
      }),
    );
    scope.delete(new RegExp(`^${prefix}/pulls/${this.number}/reviews/\\d+$`)).reply(
      reply('DELETE', (path) => {
        const i = this.pendingReviews.findIndex((r) => r.id === Number(path.split('/').pop()));
        if (i < 0) return [422, { message: 'Unprocessable Entity: Can not delete a non pending pull request review' }];
        const [review] = this.pendingReviews.splice(i, 1);
        return [200, { id: review!.id, state: 'PENDING' }];
      }),
    );
    scope.put(new RegExp(`^${prefix}/pulls/${this.number}/reviews/\\d+$`)).reply(
      reply('PUT', (path, _, body) => {
        this.validateBody('put', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}', body);
        const r = this.reviews.find((x) => x.id === Number(path.split('/').pop()));
        if (!r) return [404, { message: 'Not Found' }];
        r.body = (body as { body: string }).body;
        return [200, { id: r.id, body: r.body }];
      }),
    );
    scope.post(`${prefix}/git/refs`).reply(
      reply('POST', (_, __, body) => {
        this.validateBody('post', '/repos/{owner}/{repo}/git/refs', body);
        const b = body as { ref: string; sha: string };
        const name = b.ref.replace(/^refs\/heads\//, '');
        if (this.refs.has(name)) return [422, { message: 'Reference already exists' }];
        this.refs.set(name, b.sha);
        return [201, { ref: b.ref, object: { sha: b.sha } }];
      }),
    );
    // Octokit sends `heads/<branch>` URL-encoded (heads%2F…); GitHub accepts both.
    const refName = (path: string) => decodeURIComponent(path.slice(`${prefix}/git/refs/`.length)).replace(/^heads\//, '');
    scope.patch(new RegExp(`^${prefix}/git/refs/heads(/|%2F)`, 'i')).reply(
      reply('PATCH', (path, _, body) => {
        this.validateBody('patch', '/repos/{owner}/{repo}/git/refs/{ref}', body);
        const name = refName(path);
        this.refs.set(name, (body as { sha: string }).sha);
        return [200, { ref: `refs/heads/${name}`, object: { sha: (body as { sha: string }).sha } }];
      }),
    );
    scope.delete(new RegExp(`^${prefix}/git/refs/heads(/|%2F)`, 'i')).reply(
      reply('DELETE', (path) => {
        const name = refName(path);
        if (!this.refs.delete(name)) return [422, { message: 'Reference does not exist' }];
        this.deletedRefs.push(name);
        return [204, ''];
      }),
    );
    scope.post(`${prefix}/pulls`).reply(
      reply('POST', (_, __, body) => {
        this.validateBody('post', '/repos/{owner}/{repo}/pulls', body);
        if (this.options.actionsMayNotCreatePullRequests) return [403, { message: 'GitHub Actions is not permitted to create or approve pull requests.', documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request', status: '403' }];
        const b = body as { head: string; base: string; title: string };
        if (this.pulls.some((p) => p.head === b.head)) return [422, { message: 'A pull request already exists' }];
        const pull = { number: 100 + this.pulls.length, head: b.head, base: b.base, title: b.title, html_url: `https://github.com/${this.owner}/${this.repo}/pull/${100 + this.pulls.length}` };
        this.pulls.push(pull);
        return [201, { number: pull.number, html_url: pull.html_url }];
      }),
    );
    scope.get(new RegExp(`^${prefix}/pulls\\?`)).reply(
      reply('GET', (_, query) => {
        const fixPulls = this.pulls.map((p) => ({ number: p.number, html_url: p.html_url, state: 'open', head: { ref: p.head, sha: this.refs.get(p.head) ?? '' } }));
        // Filtered by head: the fix pull requests; else every open one, this pull request first.
        return [200, query.get('head') ? fixPulls : [this.pullRequestJson(), ...fixPulls]];
      }),
    );
    scope.post(`${prefix}/check-runs`).reply(
      reply('POST', (_, __, body) => {
        this.validateBody('post', '/repos/{owner}/{repo}/check-runs', body);
        const b = body as (typeof this.checkRuns)[number];
        if ((b.output?.annotations?.length ?? 0) > 50) throw Object.assign(new Error('Unprocessable Entity: at most 50 annotations per request'), { status: 422 });
        const run = { ...b, id: this.nextId++, annotations: [...(b.output?.annotations ?? [])] };
        this.checkRuns.push(run);
        return [201, { id: run.id, name: run.name, head_sha: run.head_sha, html_url: 'https://github.com/checks' }];
      }),
    );
    scope.patch(new RegExp(`^${prefix}/check-runs/\\d+$`)).reply(
      reply('PATCH', (path, _, body) => {
        this.validateBody('patch', '/repos/{owner}/{repo}/check-runs/{check_run_id}', body);
        const run = this.checkRuns.find((x) => x.id === Number(path.split('/').pop()));
        if (!run) return [404, { message: 'Not Found' }];
        const b = body as Partial<(typeof this.checkRuns)[number]>;
        if ((b.output?.annotations?.length ?? 0) > 50) throw Object.assign(new Error('Unprocessable Entity: at most 50 annotations per request'), { status: 422 });
        Object.assign(run, { ...b, annotations: [...run.annotations, ...(b.output?.annotations ?? [])] });
        return [200, { id: run.id }];
      }),
    );
    scope.post(new RegExp(`^${prefix}/issues/${this.number}/comments$`)).reply(
      reply('POST', (_, __, body) => {
        this.validateBody('post', '/repos/{owner}/{repo}/issues/{issue_number}/comments', body);
        const comment = { id: this.nextId++, body: (body as { body: string }).body, user: { login: this.viewerLogin } };
        this.issueComments.push(comment);
        return [201, comment];
      }),
    );
    scope.get(new RegExp(`^${prefix}/collaborators/[^/]+/permission$`)).reply(
      reply('GET', (path) => {
        const user = decodeURIComponent(path.split('/').slice(-2)[0]!);
        const permission = this.options.permissions?.[user] ?? 'read';
        return [200, { permission, role_name: permission, user: { login: user } }];
      }),
    );
    scope.post('/graphql').reply(reply('POST', (_, __, body) => this.graphql(body as { query: string; variables?: Record<string, unknown> })));
  }

  private graphql(body: { query: string; variables?: Record<string, unknown> }): [number, unknown] {
    const variables = body.variables ?? {};
    const errors = checkGraphql(body.query, variables);
    if (errors.length) {
      this.errors.push(`GraphQL: ${errors.join('; ')}`);
      return [200, { errors: errors.map((message) => ({ message })) }];
    }
    if (/reviewThreads/.test(body.query)) {
      const nodes = this.comments.filter((c) => !c.in_reply_to_id).map((c) => ({ id: `T_${c.id}`, isResolved: c.resolved, comments: { nodes: [{ databaseId: c.id }] } }));
      return [200, { data: { repository: { pullRequest: { reviewThreads: { pageInfo: { hasNextPage: false, endCursor: null }, nodes } } } } }];
    }
    if (/minimizeComment/.test(body.query)) {
      const data: Record<string, unknown> = {};
      Object.entries(variables).forEach(([name, subjectId], i) => {
        const c = this.comments.find((x) => x.node_id === subjectId);
        if (c) c.minimized = 'OUTDATED';
        data[`m${i}`] = { minimizedComment: { isMinimized: true } };
        void name;
      });
      return [200, { data }];
    }
    if (/resolveReviewThread/.test(body.query)) {
      if (this.options.cannotResolve) return [200, { errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] }];
      const data: Record<string, unknown> = {};
      Object.values(variables).forEach((threadId, i) => {
        const c = this.comments.find((x) => `T_${x.id}` === threadId);
        if (c) c.resolved = true;
        data[`r${i}`] = { thread: { id: threadId } };
      });
      return [200, { data }];
    }
    if (/object\(expression:/.test(body.query)) return [200, { data: { repository: this.readObjects(body.query, variables) } }];
    if (/createCommitOnBranch/.test(body.query)) {
      const input = variables.input as { branch: { repositoryNameWithOwner: string; branchName: string }; expectedHeadOid: string; message: { headline: string }; fileChanges: { additions: { path: string; contents: string }[] } };
      const branch = input.branch.branchName;
      const current = this.refs.get(branch);
      if (input.branch.repositoryNameWithOwner !== `${this.owner}/${this.repo}`) return [200, { errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] }];
      if (current === undefined) return [200, { errors: [{ type: 'NOT_FOUND', message: `Branch ${branch} not found` }] }];
      if (current !== input.expectedHeadOid) return [200, { errors: [{ type: 'STALE_DATA', message: `Expected branch to point to "${input.expectedHeadOid}" but it did not` }] }];
      const oid = `c${String(this.commits.length + 1).padStart(39, '0')}`;
      const files = input.fileChanges.additions.map((a) => ({ path: a.path, content: Buffer.from(a.contents, 'base64').toString('utf8') }));
      this.commits.push({ oid, branch, files, headline: input.message.headline });
      this.refs.set(branch, oid);
      if (branch === this.headRef) {
        // The pull request's head moves: its files (and their diffs) are now the committed ones.
        this.headSha = oid;
        for (const f of files) {
          const file = this.files.find((x) => x.path === f.path);
          if (file) file.content = f.content;
          else this.files.push({ path: f.path, content: f.content, base: '', status: 'added' });
        }
      }
      return [200, { data: { createCommitOnBranch: { commit: { oid, url: `https://github.com/commit/${oid}` } } } }];
    }
    if (/viewer/.test(body.query)) return [200, { data: { viewer: { login: this.viewerLogin } } }];
    return [200, { errors: [{ message: 'unexpected GraphQL request' }] }];
  }

  /** `repository { f0: object(expression: $e0) { ... on Blob { … } } … }`: each alias answered with
   * the file at `<headSha>:<path>` (null for another commit or a missing file), as GitHub does. */
  private readObjects(query: string, variables: Record<string, unknown>): Record<string, unknown> {
    const all = [...this.files, ...(this.options.unchanged ?? [])];
    const limit = this.options.graphqlTextLimit ?? 512_000;
    const answer: Record<string, unknown> = {};
    for (const m of query.matchAll(/(\w+):\s*object\(expression:\s*\$(\w+)\)/g)) {
      const expression = String(variables[m[2]!]);
      const colon = expression.indexOf(':');
      const [ref, path] = [expression.slice(0, colon), expression.slice(colon + 1)];
      // At the head: the files as they are; at the base: the base version of a changed file.
      const atBase = this.files.find((f) => f.path === path && f.base !== undefined && f.status !== 'added');
      const content = ref === this.headSha ? all.find((f) => f.path === path)?.content : ref === BASE_SHA ? atBase?.base : undefined;
      const size = content !== undefined ? Buffer.byteLength(content) : 0;
      answer[m[1]!] = content !== undefined ? { text: size > limit ? null : content, isBinary: false, isTruncated: size > limit, byteSize: size, oid: blobSha(content) } : null;
    }
    return answer;
  }
}

/** A unified diff that adds every line of `content` (a new file). */
export function addedPatch(content: string): string {
  const lines = content.replace(/\n$/, '').split('\n');
  return `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}`;
}

/** A diff whose only hunk shows lines `from`..`to` of `content`, adding lines in `added`. */
export function hunkPatch(content: string, from: number, to: number, added: (line: number) => boolean = () => true): string {
  const lines = content.replace(/\n$/, '').split('\n').slice(from - 1, to);
  const addedCount = lines.filter((_, i) => added(from + i)).length;
  const contextCount = lines.length - addedCount;
  return `@@ -${from},${contextCount} +${from},${lines.length} @@\n${lines.map((l, i) => `${added(from + i) ? '+' : ' '}${l}`).join('\n')}`;
}
