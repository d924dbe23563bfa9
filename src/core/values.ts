// Plain decoded values (what YAML or JSON decode to), as the fix engine and settings readers see them.

/** A mapping: an object that is neither null nor an array. */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
