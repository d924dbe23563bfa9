// Finds the Kubernetes objects in parsed documents and, for workloads, the pod template inside:
// Pods, PodTemplates, anything with spec.template (Deployments, StatefulSets, Argo Rollouts, …) or
// spec.jobTemplate.spec.template (CronJobs), and the items of List kinds.
import { isMap, type Node, type YAMLMap } from 'yaml';
import { asMap, get, getPair, seqItems, str, type DocContext } from './yaml/access.ts';
import type { ParsedDocument, ParsedFile } from './yaml/parse.ts';
import type { DocPath, ResourceRef } from './types.ts';

export type ContainerList = 'initContainers' | 'containers' | 'ephemeralContainers';
export const CONTAINER_LISTS: readonly ContainerList[] = ['initContainers', 'containers', 'ephemeralContainers'];

export interface ContainerRef {
  name: string;
  list: ContainerList;
  index: number;
  node: YAMLMap<Node, Node | null>;
  /** Path from the document root to the container map. */
  path: DocPath;
}

export interface K8sObject {
  file: ParsedFile;
  documentIndex: number;
  ctx: DocContext;
  node: YAMLMap<Node, Node | null>;
  /** Path from the document root to this object ([] unless it is an item of a List). */
  path: DocPath;
  kind: string;
  apiVersion: string;
  resource: ResourceRef;
}

export interface Workload extends K8sObject {
  podSpec: YAMLMap<Node, Node | null>;
  podSpecPath: DocPath;
  /** Path of the pod's metadata (the pod template's metadata for controllers); it may not exist yet. */
  podMetadataPath: DocPath;
  podMetadata?: YAMLMap<Node, Node | null>;
  containers: ContainerRef[];
  /** True for a pod spec without `containers` (a fragment): only the fields present are judged,
   * nothing is reported as missing. */
  partial: boolean;
}

export function findObjects(file: ParsedFile): K8sObject[] {
  return file.documents.flatMap((d) => findDocumentObjects(file, d));
}

/** The objects of one document (several for a List); none for a broken or unread document. */
export function findDocumentObjects(file: ParsedFile, d: ParsedDocument): K8sObject[] {
  if (d.unread || d.broken) return [];
  const out: K8sObject[] = [];
  collect(file, d.index, { doc: d.doc }, d.doc.contents, [], out, 0);
  return out;
}

function collect(file: ParsedFile, documentIndex: number, ctx: DocContext, node: unknown, path: DocPath, out: K8sObject[], depth: number): void {
  const map = asMap(ctx, node);
  if (!map || depth > 4) return;
  const kind = str(ctx, get(ctx, map, 'kind'));
  const apiVersion = str(ctx, get(ctx, map, 'apiVersion'));
  if (!kind || !apiVersion) return; // Not a Kubernetes object: ignored quietly.
  if (kind === 'List' || (kind.endsWith('List') && get(ctx, map, 'items'))) {
    const items = asMapItems(ctx, get(ctx, map, 'items'));
    items.forEach((item, i) => collect(file, documentIndex, ctx, item, [...path, 'items', i], out, depth + 1));
    return;
  }
  const metadata = get(ctx, map, 'metadata');
  const name = str(ctx, get(ctx, metadata, 'name')) ?? str(ctx, get(ctx, metadata, 'generateName')) ?? '';
  const namespace = str(ctx, get(ctx, metadata, 'namespace'));
  const resource: ResourceRef = namespace === undefined ? { kind, name } : { kind, name, namespace };
  out.push({ file, documentIndex, ctx, node: map, path, kind, apiVersion, resource });
}

function asMapItems(ctx: DocContext, node: unknown): unknown[] {
  return seqItems(ctx, node).filter((n) => isMap(n));
}

/** The pod template of a workload object, or undefined for anything else. */
export function asWorkload(obj: K8sObject): Workload | undefined {
  const { ctx, node, path } = obj;
  let templatePath: DocPath | undefined;
  let template: unknown;
  let podSpecKey = 'spec';
  if (obj.kind === 'Pod' && obj.apiVersion === 'v1') {
    template = node;
    templatePath = path;
  } else if (obj.kind === 'PodTemplate' && obj.apiVersion === 'v1') {
    template = get(ctx, node, 'template');
    templatePath = [...path, 'template'];
  } else {
    const spec = get(ctx, node, 'spec');
    const direct = get(ctx, spec, 'template');
    if (isPodTemplate(ctx, direct)) {
      template = direct;
      templatePath = [...path, 'spec', 'template'];
    } else {
      const jobTemplate = get(ctx, get(ctx, get(ctx, spec, 'jobTemplate'), 'spec'), 'template');
      if (isPodTemplate(ctx, jobTemplate)) {
        template = jobTemplate;
        templatePath = [...path, 'spec', 'jobTemplate', 'spec', 'template'];
      }
    }
  }
  if (!templatePath) return undefined;
  const podSpec = asMap(ctx, get(ctx, template, podSpecKey));
  if (!podSpec) return undefined;
  const partial = getPair(ctx, podSpec, 'containers') === undefined;
  const podSpecPath = [...templatePath, podSpecKey];
  const containers: ContainerRef[] = [];
  for (const list of CONTAINER_LISTS) {
    const items = seqItems(ctx, get(ctx, podSpec, list));
    items.forEach((item, index) => {
      if (!isMap(item)) return;
      containers.push({
        name: str(ctx, get(ctx, item, 'name')) ?? `${list}[${index}]`,
        list,
        index,
        node: item as YAMLMap<Node, Node | null>,
        path: [...podSpecPath, list, index],
      });
    });
  }
  const podMetadata = asMap(ctx, get(ctx, template, 'metadata'));
  const workload: Workload = {
    ...obj,
    podSpec,
    podSpecPath,
    podMetadataPath: [...templatePath, 'metadata'],
    containers,
    partial,
  };
  if (podMetadata) workload.podMetadata = podMetadata;
  return workload;
}

// Fields of a PodSpec that a security rule looks at. A template whose spec has `containers` or one
// of these is a pod template, even when it is a fragment without containers (`hostNetwork: true`).
const POD_SPEC_FIELDS = [
  'containers', 'initContainers', 'ephemeralContainers', 'hostNetwork', 'hostPID', 'hostIPC', 'hostUsers', 'volumes',
  'securityContext', 'serviceAccountName', 'serviceAccount', 'automountServiceAccountToken', 'os',
];

function isPodTemplate(ctx: DocContext, node: unknown): boolean {
  const spec = asMap(ctx, get(ctx, node, 'spec'));
  return spec !== undefined && POD_SPEC_FIELDS.some((key) => getPair(ctx, spec, key) !== undefined);
}

/** The service account a pod runs as: `serviceAccountName`, else the deprecated alias
 * `serviceAccount`, else the namespace's `default`. */
export function serviceAccountOf(w: Workload): string {
  for (const key of ['serviceAccountName', 'serviceAccount']) {
    const name = str(w.ctx, get(w.ctx, w.podSpec, key));
    if (name) return name;
  }
  return 'default';
}
