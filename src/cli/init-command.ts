// `podarmor init [dir]`: sets a repository up for podarmor — the GitHub workflow that runs the
// Action on pull requests and a commented .github/podarmor.yml. An existing file is left alone
// unless --force is given; the command says what it wrote and what to do next.
import { existsSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UsageError } from '../core/errors.ts';
import { DEFAULT_CONFIG } from '../review/config.ts';
import { VERSION } from '../version.ts';
import type { CommonOptions, Io } from './options.ts';

export const WORKFLOW_PATH = '.github/workflows/podarmor.yml';
export const CONFIG_PATH = '.github/podarmor.yml';
const ACTION = 'podarmor/podarmor';
const DOCS = 'https://github.com/podarmor/podarmor';

export interface InitFile {
  path: string;
  content: string;
}

/** `uses:` of the workflow: the release this CLI belongs to, or the ref given with --action-ref.
 * A commit sha is the strongest pin; the release it stands for is kept as a comment. */
function actionUse(ref: string | undefined): string {
  if (ref === undefined) return `${ACTION}@v${VERSION}`;
  if (!/^[\w.-]+$/.test(ref)) throw new UsageError(`--action-ref "${ref}" is not a tag, branch or commit sha`);
  return /^[0-9a-f]{40}$/.test(ref) ? `${ACTION}@${ref} # v${VERSION}` : `${ACTION}@${ref}`;
}

export function workflowFile(actionRef?: string): string {
  return `# podarmor reviews the Kubernetes YAML each pull request changes: findings on the exact lines,
# the hardening as suggested changes. Written by \`podarmor init\` (podarmor ${VERSION}).
# Settings: ${CONFIG_PATH}. Documentation: ${DOCS}#the-github-action
name: podarmor

on:
  pull_request:
  # A merge queue waits for required checks on its own branch: podarmor passes there at once (the
  # pull requests in the queue were reviewed one by one).
  merge_group:

# Nothing by default; the job below asks for the least it needs.
permissions: {}

# A new push to the pull request cancels the run for the head it replaces.
concurrency:
  group: podarmor-\${{ github.event.pull_request.number || github.ref }}
  cancel-in-progress: true

jobs:
  review:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    # Read the changed manifests and post the review. \`fix: commit\` or \`fix: pull-request\` in
    # ${CONFIG_PATH} needs \`contents: write\`.
    permissions:
      contents: read
      pull-requests: write
    steps:
      # No checkout: podarmor reads the pull request's files through the API and runs none of its code.
      - uses: ${actionUse(actionRef)}
`;
}

export function configFile(): string {
  const d = DEFAULT_CONFIG;
  return `# podarmor's settings for this repository, read from the default branch by the GitHub Action and
# the GitHub App (so a pull request cannot loosen its own review). Every key is optional: the lines
# below are commented out and show the defaults; uncomment one to change it.
# Reference: ${DOCS}#the-github-action

# Rule set: baseline or restricted (the Pod Security Standards levels), or hardened (restricted
# plus seccomp, AppArmor, read-only root filesystem, service account token and NetworkPolicy rules).
# profile: ${d.profile}

# The Kubernetes version your clusters run, quoted: it picks the Pod Security Admission policy
# version and the AppArmor/seccomp form.
# kubernetes-version: "${d.kubernetesVersion}"

# The files to review.
# paths:
${d.paths.map((p) => `#   - "${p}"`).join('\n')}

# Attach GitHub suggested changes to the review comments.
# suggestions: ${d.suggestions}

# none, commit (one commit with every safe fix and generated NetworkPolicies on the pull request's
# branch) or pull-request (a pull request into it). Both need \`contents: write\` in the workflow.
# fix: ${d.fix}

# Fail the check when a finding reaches this severity: critical, high, medium, low or none.
# fail-on: ${d.failOn}

# What fail-on counts: new (findings absent from the base version of their file) or all.
# gate: ${d.gate}

# Fail when something was found but not reviewed (a chart without helm, a remote base, a
# kustomization that does not render).
# fail-on-unreviewed: ${d.failOnUnreviewed}

# Most inline comments per review; the rest go into the review's summary table.
# max-comments: ${d.maxComments}

# What generated NetworkPolicies allow outside the cluster: internet (everything but the cloud
# metadata endpoints) or cluster-only.
# egress: ${d.egress}

# Run only these rules (default: every rule of the profile; \`podarmor rules\` lists them).
# only: [privileged, host-namespaces]

# Rule options, by rule id: what this site allows (see each rule's page under docs/rules).
# rules:
#   host-ports:
#     allowedHostPorts: [9100]

# Action only: also write the findings as SARIF 2.1.0 (for github/codeql-action/upload-sarif).
# sarif-file: podarmor.sarif

# App only: false stops the "Harden Kubernetes manifests" pull request the App opens when installed.
# onboarding: true
`;
}

export function initFiles(actionRef?: string): InitFile[] {
  return [
    { path: WORKFLOW_PATH, content: workflowFile(actionRef) },
    { path: CONFIG_PATH, content: configFile() },
  ];
}

/** Exit 0 when every file was written, 1 when one was left alone because it exists. */
export async function initCommand(common: CommonOptions, io: Io): Promise<number> {
  if (common.paths.length > 1) throw new UsageError('init takes one folder: the repository to set up');
  const root = common.paths[0]!;
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`no such folder: ${root}`);
  const force = Boolean(common.values.force);
  const files = initFiles(common.values['action-ref']);
  const written: string[] = [];
  const kept: string[] = [];
  for (const file of files) {
    const target = join(root, file.path);
    const existed = existsSync(target);
    if (existed && !force) {
      kept.push(target);
      continue;
    }
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content);
    written.push(`${existed ? 'overwrote' : 'wrote'} ${target}`);
  }
  const lines = [
    ...written,
    ...kept.map((path) => `left ${path} alone: it exists (--force overwrites it)`),
    '',
    'Next steps:',
    `  1. Read ${CONFIG_PATH} and uncomment what you want to change (podarmor scan shows today's findings).`,
    `  2. Commit both files and push them to the default branch: git add .github && git commit -m "Review Kubernetes manifests with podarmor"`,
    '  3. Open a pull request that changes a manifest: podarmor reviews it and comments on the lines to harden.',
    `  Organisations: the podarmor GitHub App does the same without a workflow (${DOCS}#the-github-app).`,
  ];
  io.stdout(`${lines.join('\n')}\n`);
  return kept.length ? 1 : 0;
}
