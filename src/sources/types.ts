// The contract of the sources room: what a renderer (kustomize, helm, a GitOps object) hands the
// rest of podarmor. Renderers do I/O (they run binaries, read files); the core stays pure and only
// ever sees plain text. Every rendered object carries a way back to the line a human must change.
import type { DocPath } from '../core/types.ts';

/** A place in a file of the repository (paths relative to the scan root, `/`-separated). */
export interface SourceLocation {
  file: string;
  line: number; // 1-based
  column: number; // 1-based
  endLine?: number;
  endColumn?: number;
}

/** Where a rendered field is written, and whether a fix may edit it there. */
export interface LocatedField {
  location: SourceLocation;
  /** True when the location is literal YAML (a base file, a patch, a template line with no
   * directive) that a fix or suggestion may edit; false when it is, say, `{{ .Values.x }}`. */
  editable: boolean;
  /** What to change instead when not editable, e.g. "set `securityContext` in values.yaml line 12". */
  hint?: string;
}

/** One object of a render. */
export interface RenderedDocument {
  /** The YAML text of the object as the renderer printed it. */
  text: string;
  /** Where the object as a whole is written (its base file or template). */
  origin: SourceLocation;
  /** `origin.file`, when the renderer knows it without computing `origin` (which may parse files). */
  originFile?: string;
  /** Maps a path inside the rendered object to where it is written; for a field that is not
   * written anywhere (a missing field), the nearest written ancestor (pod spec or container). */
  locate(path: DocPath): LocatedField | undefined;
}

export type SourceKind = 'manifest' | 'kustomize' | 'helm' | 'flux-helmrelease' | 'flux-kustomization' | 'argocd-application';

/** The result of rendering one root (a kustomization root, a chart with one values set, a GitOps object). */
export interface Render {
  kind: SourceKind;
  /** The root folder or defining file, relative to the scan root. */
  root: string;
  /** Distinguishes several renders of one root, e.g. `ci/prod-values.yaml`. */
  variant?: string;
  documents: RenderedDocument[];
}

/** Something podarmor found but did not review. Every output names these: never a silent ✅. */
export interface NotReviewed {
  file: string;
  /** Why, in one line: "helm is not on PATH", "remote base https://… is not fetched", the tool's first error line. */
  reason: string;
  /** What the user can do about it. */
  remedy?: string;
  line?: number;
}

/** What every renderer is given: where the scan root is, and the limits of one render. */
export interface RenderEnv {
  /** Absolute path of the scan root; `Render.root` and every `SourceLocation.file` are relative to it. */
  rootDir: string;
  timeoutMs: number;
  maxOutputBytes: number;
  /** Kubernetes version the scan targets, e.g. "1.34" (helm `--kube-version`). */
  kubernetesVersion?: string;
}

/** What a renderer returns for one thing it was asked to render: zero or more renders (one per
 * values variant), and whatever it could not review, with the reason. */
export interface RenderOutcome {
  renders: Render[];
  notReviewed: NotReviewed[];
}
