// Which repository paths a review reads: the `paths` globs, and the unchanged manifests beside the
// changed ones that the rules comparing documents (NetworkPolicy coverage) need as context.
import picomatch from 'picomatch';

/** Unchanged manifests read beside the changed ones, for NetworkPolicy coverage. */
export const MAX_CONTEXT_FILES = 50;

/** The `paths` setting as a predicate on repository-relative paths. */
export function pathMatcher(globs: readonly string[]): (path: string) => boolean {
  return picomatch([...globs], { dot: true });
}

/** Of `all` repository paths, the manifests in the folders of `changed` that are not changed
 * themselves, at most `cap`: the context the pull request's review and `podarmor review` scan. */
export function selectSiblings(all: readonly string[], changed: readonly string[], globs: readonly string[], cap: number): string[] {
  const folderOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));
  const folders = new Set(changed.map(folderOf));
  const changedPaths = new Set(changed);
  const matches = pathMatcher(globs);
  return all.filter((p) => !changedPaths.has(p) && matches(p) && folders.has(folderOf(p))).slice(0, cap);
}
