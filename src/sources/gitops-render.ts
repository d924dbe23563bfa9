// A GitOps object found in the scanned folder, rendered: its local chart through helm with the values
// it carries; its local kustomization or folder handed back for the kustomize pipeline; anything
// remote named as not reviewed.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { fluxSourceUrls, resolveGitOpsTargets, type GitOpsRepository } from './gitops.ts';
import { renderHelmChart } from './helm.ts';
import type { RenderEnv, RenderOutcome, SourceKind } from './types.ts';

export interface GitOpsObjectRef {
  file: string;
  line: number;
  documentIndex: number;
}

export interface GitOpsRenderOutcome extends RenderOutcome {
  /** Local kustomizations and folders the object points at: reviewed through their own roots. */
  folders: ({ kustomize: string } | { directory: string })[];
}

const KINDS: Record<string, SourceKind> = { HelmRelease: 'flux-helmrelease', Kustomization: 'flux-kustomization', Application: 'argocd-application' };

export async function renderGitOpsSource(object: GitOpsObjectRef, env: RenderEnv, repo: GitOpsRepository = {}): Promise<GitOpsRenderOutcome> {
  const outcome: GitOpsRenderOutcome = { renders: [], notReviewed: [], folders: [] };
  let value: unknown;
  let siblings: unknown[] = [];
  try {
    const docs = [...parseAllDocuments(readFileSync(join(env.rootDir, object.file), 'utf8'), { version: '1.1' })];
    value = docs[object.documentIndex]?.toJS({ maxAliasCount: 100 });
    // Flux keeps a GitRepository beside the objects that use it (flux-system/gotk-sync.yaml).
    siblings = docs.filter((d) => d.errors.length === 0).map((d) => d.toJS({ maxAliasCount: 100 }) as unknown);
  } catch (err) {
    outcome.notReviewed.push({ file: object.file, line: object.line, reason: `could not be read: ${(err as Error).message}` });
    return outcome;
  }
  const context: GitOpsRepository = { url: repo.url ?? originUrl(env.rootDir), fileExists: repo.fileExists ?? ((p) => existsSync(join(env.rootDir, p))), fluxSources: new Map([...fluxSourceUrls(siblings), ...(repo.fluxSources ?? [])]) };
  const kind = KINDS[String((value as { kind?: unknown } | undefined)?.kind)] ?? 'helm';
  for (const target of resolveGitOpsTargets(object.file, value, context, object.line)) {
    if ('notReviewed' in target) outcome.notReviewed.push(target.notReviewed);
    else if ('helm' in target) {
      const rendered = await renderHelmChart(target.helm, env);
      outcome.renders.push(...rendered.renders.map((r) => ({ ...r, kind })));
      // A chart that did not render leaves the object itself not reviewed: name the object.
      if (rendered.renders.length) outcome.notReviewed.push(...rendered.notReviewed);
      else outcome.notReviewed.push(...rendered.notReviewed.map((n) => ({ ...n, file: object.file, line: object.line, reason: `${target.helm.variant ?? object.file}: chart ${target.helm.chartDir || '.'}: ${n.reason}` })));
    } else {
      const folder = 'kustomize' in target ? target.kustomize : target.directory;
      if (existsSync(join(env.rootDir, folder))) outcome.folders.push(target);
      else outcome.notReviewed.push({ file: object.file, line: object.line, reason: `points at ${folder || '.'}, which is not in the scanned folder` });
    }
  }
  return outcome;
}

/** The `origin` remote's URL of the git checkout holding `dir`, if any (to tell an Argo CD
 * repoURL of this repository from another). */
export function originUrl(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    try {
      const config = readFileSync(join(d, '.git', 'config'), 'utf8');
      return /\[remote "origin"\][^[]*?\burl\s*=\s*(\S+)/.exec(config)?.[1];
    } catch {
      if (dirname(d) === d) return undefined;
    }
  }
}
