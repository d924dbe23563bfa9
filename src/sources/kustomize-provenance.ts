// Where each rendered object and field of a kustomize root is written: the base object in its file,
// or the last patch that sets the field (strategic-merge file, inline patch, JSON6902 op), in the
// order kustomize applies them (bases, then components, then the kustomization's own patches).
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { nodeRange } from '../core/anchor.ts';
import type { DocPath } from '../core/types.ts';
import type { Kustomization, KustomizePatch, PatchTarget } from './kustomize-file.ts';
import { fieldSteps, matchJsonOp, matchSteps, parseWritten, type Match, type WrittenYaml } from './map-fields.ts';
import type { LocatedField, SourceLocation } from './types.ts';

/** Reads a repository file (relative to the scan root), or undefined when it cannot be read. */
export type ReadText = (file: string) => string | undefined;

/** The patches that reach objects of `baseFile` when `rootDir` is rendered, in application order. */
export function patchesReaching(kustomizations: ReadonlyMap<string, Kustomization>, root: string, baseFile: string): KustomizePatch[] {
  const visiting = new Set<string>();
  const visit = (k: Kustomization): KustomizePatch[] | undefined => {
    if (visiting.has(k.dir)) return undefined;
    visiting.add(k.dir);
    const out: KustomizePatch[] = [];
    let reached = false;
    for (const res of k.resources) {
      if (res.path === baseFile) reached = true;
      const sub = kustomizations.get(res.path);
      const patches = sub ? visit(sub) : undefined;
      if (patches) {
        reached = true;
        out.push(...patches);
      }
    }
    for (const comp of k.components) {
      const c = kustomizations.get(comp.path);
      if (!c) continue;
      const patches = visit(c);
      if (patches) {
        reached = true;
        out.push(...patches);
      } else if (reached) {
        out.push(...c.patches);
      }
    }
    visiting.delete(k.dir);
    if (!reached) return undefined;
    out.push(...k.patches);
    return out;
  };
  const rootK = kustomizations.get(root);
  return (rootK && visit(rootK)) ?? [];
}

interface ObjectIdentity {
  kind: string;
  name: string;
  labels: Record<string, string>;
}

function identityOf(node: unknown): ObjectIdentity {
  const map = isMap(node) ? node : undefined;
  const metadata = map?.get('metadata');
  const meta = isMap(metadata) ? metadata : undefined;
  const labelsNode = meta?.get('labels');
  const labels: Record<string, string> = {};
  if (isMap(labelsNode)) for (const p of labelsNode.items) if (isScalar(p.key) && isScalar(p.value)) labels[String(p.key.value)] = String(p.value.value);
  return { kind: String(map?.get('kind') ?? ''), name: String(meta?.get('name') ?? ''), labels };
}

/** Whether a patch's object or target may be the rendered object (names may carry prefixes and
 * suffixes added on the way, so a name also matches inside the rendered name). */
function sameName(written: string, baseName: string, renderedName: string): boolean {
  return written === baseName || written === renderedName || (written !== '' && renderedName.includes(written));
}

function targetMatches(target: PatchTarget, base: ObjectIdentity, rendered: ObjectIdentity): boolean {
  if (target.kind && target.kind !== rendered.kind) return false;
  if (target.name) {
    let re: RegExp;
    try {
      re = new RegExp(`^(?:${target.name})$`);
    } catch {
      return false;
    }
    if (!re.test(base.name) && !re.test(rendered.name)) return false;
  }
  if (target.labelSelector) {
    for (const term of target.labelSelector.split(',')) {
      const [k, v] = term.split('=').map((s) => s.trim());
      if (k && v !== undefined && rendered.labels[k] !== v) return false;
    }
  }
  return true;
}

/** One written place that may hold a rendered field. */
interface Candidate {
  written: WrittenYaml;
  node: unknown;
  /** Where the candidate as a whole is named, when nothing deeper matches. */
  start: Match;
  kind: 'base' | 'patch' | 'json6902';
  patch?: KustomizePatch;
}

export interface ObjectProvenance {
  origin: SourceLocation;
  locate(path: DocPath): LocatedField | undefined;
}

/** Provenance of one rendered object whose base is `baseFile` (undefined for generated objects). */
export function objectProvenance(rendered: Document.Parsed, origin: SourceLocation, baseFile: string | undefined, patches: readonly KustomizePatch[], written: (file: string, patch?: KustomizePatch) => WrittenYaml | undefined): ObjectProvenance {
  const renderedRoot = rendered.contents;
  const renderedId = identityOf(renderedRoot);
  const baseWritten = baseFile ? written(baseFile) : undefined;
  const baseDoc = baseWritten && findBaseObject(baseWritten, renderedId);
  const baseId = baseDoc ? identityOf(baseDoc.contents) : renderedId;
  const objectOrigin = baseDoc && baseWritten ? baseWritten.toLocation(nodeRange({ doc: baseDoc }, baseDoc.contents).start, nodeRange({ doc: baseDoc }, baseDoc.contents).end) : origin;

  const candidates: Candidate[] = [];
  for (const patch of patches) {
    const w = written(patch.file, patch);
    if (!w) continue;
    for (const doc of w.docs) {
      const root = doc.contents;
      if (isSeq(root) || patch.json6902) {
        if (patch.target && !targetMatches(patch.target, baseId, renderedId)) continue;
        if (!isSeq(root)) continue;
        for (const op of root.items) candidates.push({ written: w, node: op, start: { depth: 0, range: { start: 0, end: 0 } }, kind: 'json6902', patch });
      } else if (isMap(root)) {
        const id = identityOf(root);
        if (patch.target) {
          if (!targetMatches(patch.target, baseId, renderedId)) continue;
        } else if (id.kind !== renderedId.kind || !sameName(id.name, baseId.name, renderedId.name)) continue;
        candidates.push({ written: w, node: root, start: { depth: 0, range: nodeRange({ doc }, root) }, kind: 'patch', patch });
      }
    }
  }

  const locate = (anchor: DocPath): LocatedField | undefined => {
    // A finding on a list item's `name:` (a container) is about the item: a missing field in it.
    const path = anchor.length >= 2 && anchor.at(-1) === 'name' && typeof anchor.at(-2) === 'number' ? anchor.slice(0, -1) : anchor;
    const steps = fieldSteps(renderedRoot as Node, path);
    const identityPath = steps.length <= 2 && (steps[0] === 'kind' || steps[0] === 'apiVersion' || (steps[0] === 'metadata' && (steps.length === 1 || steps[1] === 'name')));
    const missingField = isCollection(valueAt(renderedRoot, path));
    const baseMatch = baseDoc ? matchSteps(baseDoc.contents, steps, { depth: 0, range: nodeRange({ doc: baseDoc }, baseDoc.contents) }) : undefined;
    let owner: { c: Candidate; m: Match } | undefined;
    let deepest: { c: Candidate; m: Match } | undefined;
    let replacingOp: { c: Candidate; m: Match } | undefined;
    if (!identityPath) {
      for (let i = candidates.length - 1; i >= 0; i--) {
        const c = candidates[i]!;
        const m = c.kind === 'json6902' ? matchJsonOp(c.node as Node, steps) : matchSteps(c.node, steps, c.start);
        if (!m || m.depth === 0) continue;
        if (c.kind === 'json6902') replacingOp ??= { c, m };
        // A patch owns a value it writes; a block it only opens (a missing field's parent) is
        // owned by the base when the base has it too.
        if (m.depth === steps.length && (c.kind === 'json6902' || !missingField)) owner ??= { c, m };
        if (!deepest || m.depth > deepest.m.depth) deepest = { c, m };
      }
    }
    const atBase = (m: Match, hint?: string): LocatedField => ({ location: baseWritten!.toLocation(m.range.start, m.range.end), editable: hint === undefined, ...(hint ? { hint } : {}) });
    // A missing field goes to the block of the base that should hold it (pod spec, container).
    if (missingField && baseMatch && baseWritten && baseMatch.depth >= steps.length - 1) {
      // A JSON6902 op at or above the block replaces what the base writes there.
      if (replacingOp) {
        const op = located(replacingOp.c, replacingOp.m).location;
        return atBase(baseMatch, `the JSON6902 op at ${op.file}:${op.line} replaces this block in the render: change it there`);
      }
      return atBase(baseMatch);
    }
    if (owner) return located(owner.c, owner.m);
    if (baseMatch && baseWritten && (!deepest || baseMatch.depth >= deepest.m.depth)) return atBase(baseMatch);
    if (deepest) return located(deepest.c, deepest.m);
    return { location: objectOrigin, editable: false };
  };
  return { origin: objectOrigin, locate };
}

function valueAt(root: unknown, path: DocPath): unknown {
  let node = root;
  for (const step of path) node = isSeq(node) || isMap(node) ? node.get(step as never, true) : undefined;
  return node;
}

function isCollection(node: unknown): boolean {
  return isMap(node) || isSeq(node);
}

function located(c: Candidate, m: Match): LocatedField {
  const location = c.written.toLocation(m.range.start, m.range.end);
  const patch = c.patch!;
  if (c.kind === 'json6902') {
    return { location, editable: false, hint: `change the JSON6902 patch op at ${location.file}:${location.line}` };
  }
  if (patch.inline && !patch.linesExact) {
    return { location: patch.declaredAt, editable: false, hint: `change the inline patch at ${patch.declaredAt.file}:${patch.declaredAt.line}` };
  }
  return { location, editable: true };
}

function findBaseObject(w: WrittenYaml, rendered: ObjectIdentity): Document.Parsed | undefined {
  let best: Document.Parsed | undefined;
  let bestScore = -1;
  for (const doc of w.docs) {
    const id = identityOf(doc.contents);
    if (id.kind !== rendered.kind) continue;
    const score = id.name === rendered.name ? 1e6 : rendered.name.includes(id.name) ? id.name.length : 0;
    if (score > bestScore) {
      best = doc;
      bestScore = score;
    }
  }
  return best;
}

/** Parses a written file or inline patch so that offsets map to repository lines. */
export function writtenFrom(text: string, file: string, patch?: KustomizePatch): WrittenYaml {
  if (patch?.inline) {
    return parseWritten(patch.text, (line, column, endLine, endColumn) =>
      patch.linesExact
        ? { file, line: line + patch.lineOffset, column: column + patch.columnOffset, endLine: endLine + patch.lineOffset, endColumn: endColumn + patch.columnOffset }
        : patch.declaredAt,
    );
  }
  return parseWritten(text, (line, column, endLine, endColumn) => ({ file, line, column, endLine, endColumn }));
}

