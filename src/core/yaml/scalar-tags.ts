// YAML 1.1 resolves every plain scalar by trying each tag's pattern in turn (null, booleans,
// integers in four bases, floats, sexagesimals, timestamps): a dozen regular expressions for each
// `image:` or `name:` value, most of a parse's scalar time. Only a value that is empty or starts
// with one of the characters below can match any of them, so the patterns run only then; the
// tags resolve exactly as before (test/scalar-tags.test.ts compares them on every short value).
import type { ScalarTag, Tags } from 'yaml';

/** First characters of a plain scalar that some YAML 1.1 tag other than str may match. */
const MAY_RESOLVE = new Uint8Array(128);
for (const c of '0123456789+-.~<nNyYtTfFoOeE') MAY_RESOLVE[c.charCodeAt(0)] = 1;

/** Whether some YAML 1.1 tag other than str may match the plain scalar `value`. */
export function mayResolve(value: string): boolean {
  const first = value.charCodeAt(0);
  // An empty value is null; a non-ASCII first character matches no pattern.
  return value.length === 0 || (first < 128 && MAY_RESOLVE[first] === 1);
}

function guarded(pattern: RegExp): { test(value: string): boolean } {
  return {
    test: (value: string) => mayResolve(value) && pattern.test(value),
  };
}

/** The schema's tags with each default scalar pattern behind the first-character check. */
export function guardedScalarTags(tags: Tags): Tags {
  return tags.map((tag) => {
    const t = tag as ScalarTag;
    if (typeof tag !== 'object' || !t.default || !(t.test instanceof RegExp) || t.tag === 'tag:yaml.org,2002:merge') return tag;
    return { ...t, test: guarded(t.test) as RegExp };
  });
}
