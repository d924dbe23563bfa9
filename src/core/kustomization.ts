// The file names kustomize reads as a folder's kustomization, in the order it looks for them: one
// list for discovery, pull-request reads, GitOps targets and NetworkPolicy placement.
export const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const;

/** Whether a `/`-separated path names a kustomization file. */
export function isKustomizationFile(path: string): boolean {
  return (KUSTOMIZATION_FILE_NAMES as readonly string[]).includes(path.slice(path.lastIndexOf('/') + 1));
}
