// `podarmor review --base <ref>`: the review the Action would post for the local change (see
// git-change.ts), printed instead of posted. Same settings file, same scan of changed files with
// their neighbours, same planner as the pull-request run; only the bytes come from git.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../core/errors.ts';
import { reachesFailOn } from '../core/fail-on.ts';
import { counted } from '../core/report/words.ts';
import { DEFAULT_MAX_FILE_BYTES } from '../core/yaml/parse.ts';
import { planChange, scanChange } from '../review/change.ts';
import { mergeSettings, parseSettingsFile, type ReviewConfig } from '../review/config.ts';
import { applyGate, baseFingerprints, gateSentence } from '../review/gate.ts';
import { withoutMarkers } from '../review/markdown.ts';
import type { ReviewPlan } from '../review/plan.ts';
import { locateTree, readBaseVersions, readLocalChange } from './git-change.ts';
import type { CommonOptions, Io } from './options.ts';

const CONFIG_FILE = '.github/podarmor.yml';

export async function reviewCommand(common: CommonOptions, io: Io): Promise<number> {
  const base = common.values.base;
  if (!base) throw new UsageError('review needs --base <git-ref>, the branch the pull request goes into (e.g. --base origin/main)');
  const format = common.values.format ?? 'text';
  if (!['text', 'json'].includes(format)) throw new UsageError('--format of review must be text or json');
  if (common.paths.length > 1) throw new UsageError('review takes at most one folder: the repository (or a folder in it) to review');

  const tree = await locateTree(common.paths[0]!, base);
  const config = await loadConfig(tree.root, common);
  const local = await readLocalChange(tree, config.paths, common.scan.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);

  const change = scanChange(local.changed, local.context, local.unreadable, config);
  const plan = planChange(change, local.hunks, config);
  // gate: new counts only the findings the merge base's version of their file does not have.
  const old = config.gate === 'new' ? baseFingerprints(await readBaseVersions(tree, local.changed.map((f) => f.path)), local.context, change.scanOptions) : undefined;
  const gated = applyGate(change.findings, old, config.gate);
  const where = `${base} (merge base ${tree.mergeBase.slice(0, 7)})`;
  if (format === 'json') io.stdout(`${JSON.stringify({ ...reviewJson(plan, base, tree.mergeBase), gate: config.gate, newFindings: gated.counted.length }, null, 2)}\n`);
  else io.stdout(`${renderReview(plan, local.changed.length, where, io.color)}${plan.findings.length ? `${gateSentence(gated, `the merge base ${tree.mergeBase.slice(0, 7)}`)}\n` : ''}`);
  return reachesFailOn({ findings: gated.counted, skipped: change.skipped }, common.failOn) ? 1 : 0;
}

/** .github/podarmor.yml of the working tree, then the command line's options. */
async function loadConfig(root: string, common: CommonOptions): Promise<ReviewConfig> {
  let fromFile: Partial<ReviewConfig> = {};
  const path = join(root, CONFIG_FILE);
  if (existsSync(path)) {
    const read = parseSettingsFile(await readFile(path, 'utf8'), CONFIG_FILE);
    if (read.problems.length) throw new UsageError(`${CONFIG_FILE} is not valid:\n${read.problems.map((p) => `  - ${p.message}`).join('\n')}`);
    fromFile = read.settings;
  }
  return mergeSettings(fromFile, common.settings);
}

function renderReview(plan: ReviewPlan, files: number, where: string, color: boolean): string {
  const bold = (s: string) => (color ? `\x1b[1m${s}\x1b[22m` : s);
  const out: string[] = [bold(`podarmor review of ${counted(files, 'changed manifest')} against ${where}`), ''];
  if (plan.comments.length === 0) out.push('No inline comments.', '');
  for (const c of plan.comments) {
    out.push(bold(`── ${c.path}:${c.startLine !== undefined ? `${c.startLine}-` : ''}${c.line} ──`), withoutMarkers(c.body), '');
  }
  out.push(bold('── Review summary ──'), withoutMarkers(plan.body), '');
  return `${out.join('\n')}\n`;
}

function reviewJson(plan: ReviewPlan, base: string, mergeBase: string) {
  return {
    base,
    mergeBase,
    comments: plan.comments.map((c) => ({
      path: c.path,
      line: c.line,
      ...(c.startLine !== undefined ? { startLine: c.startLine } : {}),
      rules: [...new Set(c.findings.map((f) => f.rule))],
      fingerprints: c.fingerprints,
      suggestion: c.suggestion !== undefined,
      body: c.body,
    })),
    body: plan.body,
    findings: plan.findings.length,
  };
}
