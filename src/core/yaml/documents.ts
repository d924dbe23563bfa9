// A manifest file as a list of `---` documents found in the raw text, each parsed on its own and
// only when needed, and the `kind` of each read from the raw text when that is unambiguous, so
// that documents no rule reads (CustomResourceDefinitions, RBAC, webhooks) never become trees.
import { Composer, Parser, type Document } from 'yaml';

export interface DocumentSpan {
  /** Offset of the document's `---` line (or 0 for the first document). */
  start: number;
  end: number;
  /** The top-level kind and apiVersion when the raw text says them unambiguously. */
  kind?: string;
  apiVersion?: string;
}

// Lines that start at column 0 and matter for splitting and sniffing. A `---` or `...` line at
// column 0 always ends a document (YAML forbids them inside content), whatever came before.
const LINE_RE = /^(?:(---|\.\.\.)(?=[ \t\r\n]|$)(.*)|(%)|(kind|apiVersion):(?=[ \t\r\n]|$)[ \t]*(.*)|[<?"'{[&*!|>@`%])/gm;
const PLAIN_VALUE = /^([A-Za-z0-9][\w./-]*)[ \t]*(?:#.*)?\r?$/;

/**
 * The documents of `text` by their `---` lines, or undefined when the stream uses directives
 * (`%YAML`) or `...` end markers, whose documents only a full parse delimits correctly.
 */
export function splitDocuments(text: string): DocumentSpan[] | undefined {
  const spans: DocumentSpan[] = [];
  let current: DocumentSpan & { kinds: number; apiVersions: number; unclear: boolean } = { start: 0, end: text.length, kinds: 0, apiVersions: 0, unclear: false };
  const close = (end: number) => {
    current.end = end;
    const { kinds, apiVersions, unclear, ...span } = current;
    if (unclear || kinds !== 1 || apiVersions !== 1) {
      delete span.kind;
      delete span.apiVersion;
    }
    spans.push(span);
  };
  LINE_RE.lastIndex = 0;
  for (let m = LINE_RE.exec(text); m; m = LINE_RE.exec(text)) {
    if (m[1] === '...' || m[3] === '%') return undefined;
    if (m[1] === '---') {
      if (m.index > 0) {
        close(m.index);
        current = { start: m.index, end: text.length, kinds: 0, apiVersions: 0, unclear: false };
      }
      // Content on the marker line (`--- {kind: Pod}`, `--- !!map`) is not sniffed.
      if (/[^ \t\r]/.test(m[2]!) && !/^[ \t]+#/.test(m[2]!)) current.unclear = true;
      continue;
    }
    if (m[4]) {
      const value = PLAIN_VALUE.exec(m[5]!);
      if (!value) current.unclear = true;
      else if (m[4] === 'kind') {
        current.kinds++;
        current.kind = value[1]!;
      } else {
        current.apiVersions++;
        current.apiVersion = value[1]!;
      }
      continue;
    }
    // A key that is quoted, complex, merged or anchored at the top level, or a flow or block
    // scalar root: the kind line may not be what the parser sees.
    current.unclear = true;
  }
  close(text.length);
  return spans;
}

/** Parses one document span of `text` with positions relative to the whole text. */
export function parseSpan(text: string, span: { start: number; end: number }, options: ConstructorParameters<typeof Composer>[0]): Document.Parsed[] {
  const parser = new Parser();
  parser.offset = span.start;
  const composer = new Composer(options);
  return Array.from(composer.compose(parser.parse(text.slice(span.start, span.end)))) as Document.Parsed[];
}

/** Kinds that hold no pod template and that no rule reads, by the API group that defines them.
 * A document of one of these, with no suppression annotation, is never parsed. */
const UNREAD_KINDS: Readonly<Record<string, string>> = {
  CustomResourceDefinition: 'apiextensions.k8s.io',
  ClusterRole: 'rbac.authorization.k8s.io',
  ClusterRoleBinding: 'rbac.authorization.k8s.io',
  Role: 'rbac.authorization.k8s.io',
  RoleBinding: 'rbac.authorization.k8s.io',
  MutatingWebhookConfiguration: 'admissionregistration.k8s.io',
  ValidatingWebhookConfiguration: 'admissionregistration.k8s.io',
  ValidatingAdmissionPolicy: 'admissionregistration.k8s.io',
  ValidatingAdmissionPolicyBinding: 'admissionregistration.k8s.io',
  APIService: 'apiregistration.k8s.io',
  PriorityClass: 'scheduling.k8s.io',
  StorageClass: 'storage.k8s.io',
  CSIDriver: 'storage.k8s.io',
  IngressClass: 'networking.k8s.io',
  Ingress: 'networking.k8s.io',
  PodDisruptionBudget: 'policy',
  HorizontalPodAutoscaler: 'autoscaling',
};

export function isUnreadKind(kind: string | undefined, apiVersion: string | undefined): boolean {
  if (kind === undefined || apiVersion === undefined || !Object.hasOwn(UNREAD_KINDS, kind)) return false;
  const slash = apiVersion.indexOf('/');
  return slash > 0 && apiVersion.slice(0, slash) === UNREAD_KINDS[kind];
}

/** The documents of `text` with their index in the stream (text before the first `---` that holds
 * only comments is no document), or undefined when only a full parse can delimit them. */
export function indexedDocuments(text: string): Array<DocumentSpan & { index: number }> | undefined {
  const spans = splitDocuments(text);
  if (!spans) return undefined;
  const first = spans[0]!;
  const preambleOnly = first.start === 0 && !/^---(?=[ \t\r\n]|$)/.test(text) && !/^[ \t]*[^\s#]/m.test(text.slice(first.start, first.end));
  const documents = preambleOnly ? spans.slice(1) : spans;
  return documents.map((span, index) => ({ ...span, index }));
}
