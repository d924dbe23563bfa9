// Kubernetes minor versions as comparable numbers: "1.34" -> 1034.

export const DEFAULT_KUBERNETES_VERSION = '1.35';

export function parseVersion(text: string): number | undefined {
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(text.trim());
  if (!m) return undefined;
  const major = Number(m[1]);
  const minor = Number(m[2]);
  if (major !== 1 || minor > 99) return undefined;
  return major * 1000 + minor;
}

export function versionAtLeast(version: number, since: string | undefined): boolean {
  if (since === undefined) return true;
  const v = parseVersion(since);
  if (v === undefined) throw new Error(`invalid version "${since}"`);
  return version >= v;
}

export function versionAtMost(version: number, until: string | undefined): boolean {
  if (until === undefined) return true;
  const v = parseVersion(until);
  if (v === undefined) throw new Error(`invalid version "${until}"`);
  return version <= v;
}
