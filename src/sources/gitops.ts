// GitOps objects that point at something to render: Flux HelmRelease and Kustomization, Argo CD
// Application. When the chart or folder is in this repository it is rendered with the values the
// object carries; when it is elsewhere (a Helm repository, an OCI registry, another Git repository)
// it is named as not reviewed. None is silently ignored.
import { posix } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { KUSTOMIZATION_FILE_NAMES } from '../core/kustomization.ts';
import { isRemoteReference, type HelmRequest } from './helm.ts';
import type { NotReviewed } from './types.ts';

export type GitOpsTarget = { helm: HelmRequest } | { kustomize: string } | { directory: string } | { notReviewed: NotReviewed };

export interface GitOpsRepository {
  /** The URL of the repository being reviewed (https or ssh form). */
  url?: string;
  /** Whether a file exists in the repository (path relative to the root); decides what an Argo CD
   * path or a Flux Kustomization path holds. Without it a path is taken as plain manifests. */
  fileExists?: (path: string) => boolean;
  /** URLs of the Flux sources found in the repository, keyed `Kind/name` (see `fluxSourceUrls`). */
  fluxSources?: ReadonlyMap<string, string>;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** Whether `object` is a GitOps object podarmor follows (or names as not followed). */
export function isGitOpsObject(object: unknown): boolean {
  const o = obj(object);
  const group = String(o.apiVersion ?? '').split('/')[0];
  return (
    (group === 'helm.toolkit.fluxcd.io' && o.kind === 'HelmRelease') ||
    (group === 'kustomize.toolkit.fluxcd.io' && o.kind === 'Kustomization') ||
    (group === 'argoproj.io' && (o.kind === 'Application' || o.kind === 'ApplicationSet'))
  );
}

/** URLs of Flux GitRepository, HelmRepository, OCIRepository and Bucket objects, keyed `Kind/name`. */
export function fluxSourceUrls(objects: readonly unknown[]): Map<string, string> {
  const urls = new Map<string, string>();
  for (const o of objects.map(obj)) {
    const url = str(obj(o.spec).url) ?? str(obj(o.spec).endpoint);
    const name = str(obj(o.metadata).name);
    if (String(o.apiVersion ?? '').startsWith('source.toolkit.fluxcd.io/') && url && name) urls.set(`${o.kind}/${name}`, url);
  }
  return urls;
}

/** The first target of a GitOps object (Argo CD multi-source Applications may have several: use
 * `resolveGitOpsTargets`); undefined for an object that is not a GitOps object. */
export function resolveGitOpsObject(file: string, object: unknown, repo: GitOpsRepository, line?: number): GitOpsTarget | undefined {
  return resolveGitOpsTargets(file, object, repo, line)[0];
}

/** What a GitOps object asks to render, each local chart or folder as a request, each remote one
 * as not reviewed. Empty for an object that is not a GitOps object. */
export function resolveGitOpsTargets(file: string, object: unknown, repo: GitOpsRepository, line?: number): GitOpsTarget[] {
  const o = obj(object);
  if (!isGitOpsObject(o)) return [];
  const meta = obj(o.metadata);
  const name = str(meta.name) ?? '(unnamed)';
  const what = `${o.kind} ${meta.namespace ? `${meta.namespace}/` : ''}${name}`;
  const notReviewed = (reason: string, remedy?: string): GitOpsTarget => ({ notReviewed: { file, ...(line !== undefined ? { line } : {}), reason: `${what}: ${reason}`, ...(remedy ? { remedy } : {}) } });
  const local = (path: unknown, base = ''): string | undefined => localPath(path, base);

  if (o.kind === 'ApplicationSet') return [notReviewed('ApplicationSet templates are not expanded, so the Applications it generates are not reviewed', 'review the folders or charts it points at directly (podarmor scan <path>)')];

  if (o.kind === 'HelmRelease') {
    const spec = obj(o.spec);
    if (spec.chartRef) return [notReviewed(`chartRef ${[str(obj(spec.chartRef).kind), str(obj(spec.chartRef).name)].filter(Boolean).join(' ')} is not fetched`, 'review the chart where it is maintained')];
    const chartSpec = obj(obj(spec.chart).spec);
    const source = fluxSource(chartSpec.sourceRef, repo);
    if ('remote' in source) return [notReviewed(`chart ${chartSpec.chart ?? ''} from ${source.remote} is not fetched`, 'review the chart where it is maintained, or keep it in this repository')];
    const chartDir = local(chartSpec.chart);
    if (chartDir === undefined) return [notReviewed(`chart path ${String(chartSpec.chart)} is not a folder of this repository`)];
    const valuesFiles = (Array.isArray(chartSpec.valuesFiles) ? chartSpec.valuesFiles : []).map((f) => (isRemoteReference(String(f)) ? String(f) : (local(f) ?? String(f))));
    const targetNamespace = str(spec.targetNamespace);
    const ignored = [spec.valuesFrom ? 'valuesFrom' : '', spec.postRenderers ? 'postRenderers' : ''].filter(Boolean);
    const helm: HelmRequest = {
      chartDir,
      releaseName: str(spec.releaseName) ?? (targetNamespace ? `${targetNamespace}-${name}` : name),
      ...(targetNamespace ?? str(meta.namespace) ? { namespace: targetNamespace ?? str(meta.namespace)! } : {}),
      ...(valuesFiles.length ? { valuesFiles: valuesFiles.filter((f) => f !== `${chartDir}/values.yaml`) } : {}),
      ...(spec.values !== undefined ? { inlineValues: spec.values } : {}),
      variant: `${what} (${file})${ignored.length ? ` without ${ignored.join(' and ')}` : ''}`,
    };
    return [{ helm }];
  }

  if (o.kind === 'Kustomization') {
    const spec = obj(o.spec);
    const source = fluxSource(spec.sourceRef, repo);
    if ('remote' in source) return [notReviewed(`path ${spec.path ?? './'} in ${source.remote} is not fetched`, 'review that repository where it is maintained')];
    const path = local(spec.path ?? './');
    if (path === undefined) return [notReviewed(`path ${String(spec.path)} is not a folder of this repository`)];
    return [folderTarget(path, repo, 'kustomize')];
  }

  // Argo CD Application: one source or several (`ref:` sources only lend their files to `$ref/…`).
  const spec = obj(o.spec);
  const sources = (Array.isArray(spec.sources) ? spec.sources : spec.source ? [spec.source] : []).map(obj);
  if (sources.length === 0) return [notReviewed('the Application has no source')];
  const refs = new Map(sources.filter((s) => str(s.ref)).map((s) => [str(s.ref)!, s]));
  const targets: GitOpsTarget[] = [];
  for (const s of sources) {
    if (str(s.ref) && !str(s.path) && !str(s.chart)) continue;
    const repoURL = str(s.repoURL) ?? '';
    if (str(s.chart)) {
      targets.push(notReviewed(`chart ${s.chart}${s.targetRevision ? ` ${s.targetRevision}` : ''} from ${repoURL} is not fetched`, 'review the chart where it is maintained'));
      continue;
    }
    if (!isThisRepository(repoURL, repo.url)) {
      targets.push(notReviewed(`path ${s.path ?? '.'} in ${repoURL} is not fetched`, 'review that repository where it is maintained'));
      continue;
    }
    const path = local(s.path ?? '.');
    if (path === undefined) {
      targets.push(notReviewed(`path ${String(s.path)} is not a folder of this repository`));
      continue;
    }
    if (s.plugin) {
      const plugin = str(obj(s.plugin).name);
      targets.push(notReviewed(`config management plugin${plugin ? ` ${plugin}` : ''} is not run`, 'review what the plugin renders with `podarmor scan -`'));
      continue;
    }
    const helm = s.helm ? obj(s.helm) : undefined;
    const kind = helm ? 'helm' : s.kustomize ? 'kustomize' : s.directory ? 'directory' : undefined;
    const target = kind === 'helm' || (!kind && repo.fileExists?.(join(path, 'Chart.yaml'))) ? argoHelm(path, helm ?? {}, refs, repo, o, notReviewed) : folderTarget(path, repo, kind === 'kustomize' ? 'kustomize' : kind === 'directory' ? 'directory' : undefined);
    targets.push(target);
  }
  return targets;
}

function argoHelm(path: string, helm: Obj, refs: ReadonlyMap<string, Obj>, repo: GitOpsRepository, app: Obj, notReviewed: (reason: string, remedy?: string) => GitOpsTarget): GitOpsTarget {
  const valuesFiles: string[] = [];
  for (const f of (Array.isArray(helm.valueFiles) ? helm.valueFiles : []).map(String)) {
    const ref = /^\$([^/]+)\/(.*)$/.exec(f);
    if (ref) {
      const source = refs.get(ref[1]!);
      if (!source || !isThisRepository(str(source.repoURL) ?? '', repo.url)) return notReviewed(`values file ${f} from ${str(source?.repoURL) ?? `an unknown source $${ref[1]}`} is not fetched`, 'keep the values files in this repository');
      valuesFiles.push(localPath(ref[2], '') ?? f);
    } else valuesFiles.push(isRemoteReference(f) ? f : (localPath(f, path) ?? f));
  }
  let inline: Obj | undefined;
  if (helm.valuesObject !== undefined) inline = structuredClone(obj(helm.valuesObject));
  else if (str(helm.values)) {
    try {
      inline = obj(parseYaml(String(helm.values)));
    } catch {
      return notReviewed('spec.source.helm.values is not valid YAML');
    }
  }
  for (const p of Array.isArray(helm.parameters) ? helm.parameters.map(obj) : []) {
    if (str(p.name)) inline = setDotted(inline ?? {}, String(p.name), p.value);
  }
  const destination = str(obj(obj(app.spec).destination).namespace);
  const name = str(obj(app.metadata).name) ?? 'release-name';
  return {
    helm: {
      chartDir: path,
      releaseName: str(helm.releaseName) ?? name,
      ...(destination ? { namespace: destination } : {}),
      ...(valuesFiles.length ? { valuesFiles } : {}),
      ...(inline ? { inlineValues: inline } : {}),
      variant: `Application ${name}`,
    },
  };
}

/** A Flux sourceRef: this repository, or the remote it names. */
function fluxSource(sourceRef: unknown, repo: GitOpsRepository): { local: true } | { remote: string } {
  const ref = obj(sourceRef);
  const kind = str(ref.kind) ?? 'GitRepository';
  const name = str(ref.name) ?? '';
  const url = repo.fluxSources?.get(`${kind}/${name}`);
  const label = `${kind} ${name}${url ? ` (${url})` : ''}`;
  if (kind !== 'GitRepository') return { remote: label };
  if (url) return isThisRepository(url, repo.url) ? { local: true } : { remote: label };
  // flux bootstrap names the repository it manages `flux-system`.
  return name === 'flux-system' ? { local: true } : { remote: `${label}, not known to be this repository` };
}

function folderTarget(path: string, repo: GitOpsRepository, kind: 'kustomize' | 'directory' | undefined): GitOpsTarget {
  if (kind === 'directory') return { directory: path };
  const hasKustomization = repo.fileExists ? KUSTOMIZATION_FILE_NAMES.some((f) => repo.fileExists!(join(path, f))) : kind === 'kustomize';
  return hasKustomization ? { kustomize: path } : { directory: path };
}

function join(dir: string, file: string): string {
  return dir ? `${dir}/${file}` : file;
}

/** A repository-relative path for a GitOps path (`./apps/web`, `apps/web/`), relative to `base`;
 * undefined for a URL or a path that leaves the repository. */
function localPath(path: unknown, base: string): string | undefined {
  if (typeof path !== 'string' || isRemoteReference(path) || path.startsWith('/')) return undefined;
  const n = posix.normalize(posix.join(base || '.', path)).replace(/\/$/, '');
  if (n === '..' || n.startsWith('../')) return undefined;
  return n === '.' ? '' : n;
}

/** Whether a repoURL names the repository under review (https, ssh and scp forms, `.git` or not). */
export function isThisRepository(repoURL: string, url: string | undefined): boolean {
  if (repoURL === '' || (!isRemoteReference(repoURL) && !repoURL.includes('/'))) return true;
  if (!url) return false;
  return canonicalUrl(repoURL) === canonicalUrl(url);
}

function canonicalUrl(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^[a-z+]+:\/\//, '')
    .replace(/^[^@/]+@/, '')
    .replace(/^([^/:]+):(?!\d)/, '$1/')
    .replace(/\.git\/?$/, '')
    .replace(/\/$/, '');
}

function setDotted(target: Obj, dotted: string, value: unknown): Obj {
  const parts = dotted.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) node = (node[part] = obj(node[part]));
  node[parts[parts.length - 1]!] = value;
  return target;
}
