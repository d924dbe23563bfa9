// Judging a value found by the security-field template: allowed, forbidden, contains, ranges,
// Localhost profile names, and the hint for a value that differs from an allowed one only by case.
import { get, str, type DocContext } from '../yaml/access.ts';
import { showValue } from './api.ts';
import type { FieldHit, ScalarValue } from './fields.ts';
import type { SecurityFieldParams } from './security-field-schema.ts';

function normalized(params: SecurityFieldParams, v: ScalarValue): ScalarValue {
  if (params.normalize === 'capability' && typeof v === 'string') return v.toUpperCase().replace(/^CAP_/, '');
  return v;
}

/** Whether a number lies in one of the ranges ("8080", "30000-32767"). */
function inRanges(ranges: ReadonlyArray<string | number> | undefined, v: ScalarValue): boolean {
  if (typeof v !== 'number' || !ranges) return false;
  return ranges.some((r) => {
    const [low, high = low] = String(r).split('-').map(Number);
    return low! <= v && v <= high!;
  });
}

/** The reason a value is not allowed, or undefined when it is fine. */
export function violation(params: SecurityFieldParams, hit: Pick<FieldHit, 'value' | 'struct'>, ctx: DocContext): string | undefined {
  const value = hit.value;
  if (value === undefined) return undefined;
  if (Array.isArray(value)) {
    if (params.contains !== undefined && !value.includes(params.contains)) return `must include ${showValue(params.contains)}`;
    return undefined;
  }
  const v = normalized(params, value);
  if (params.alsoAllowed?.some((a) => normalized(params, a) === v)) return undefined;
  if (params.forbidden) {
    if (Array.isArray(params.forbidden)) {
      if (params.forbidden.includes(v)) return 'forbidden';
    } else if (typeof v === 'string' && Object.hasOwn(params.forbidden, v)) {
      return params.forbidden[v]!;
    }
  }
  if (params.allowed || params.allowedPrefixes || params.allowedRanges) {
    const ok = (params.allowed ?? []).includes(v) || (typeof v === 'string' && (params.allowedPrefixes ?? []).some((p) => v.startsWith(p))) || inRanges(params.allowedRanges, v);
    if (!ok) return 'not allowed';
  }
  if (params.localhostProfiles && v === 'Localhost') {
    const profile = str(ctx, get(ctx, hit.struct, 'localhostProfile')) ?? '';
    if (!params.localhostProfiles.includes(profile)) return `Localhost profile ${showValue(profile)} is not one of the allowed profiles`;
  }
  return undefined;
}

/** The value shown in a message: a Localhost profile with its name. */
export function shownValue(params: SecurityFieldParams, hit: Pick<FieldHit, 'value' | 'struct'>, ctx: DocContext): string {
  const v = hit.value;
  if (Array.isArray(v)) return `[${v.map(showValue).join(', ')}]`;
  if (params.localhostProfiles && v === 'Localhost') return `${showValue(v)} (localhostProfile ${showValue(str(ctx, get(ctx, hit.struct, 'localhostProfile')) ?? '')})`;
  return showValue(v);
}

export function expectedText(params: SecurityFieldParams): string {
  if (params.contains !== undefined) return `a list including ${showValue(params.contains)}`;
  const options = [
    ...(params.allowed ?? []).filter((v) => v !== '').map((v) => (v === 'Localhost' && params.localhostProfiles ? `"Localhost" with localhostProfile ${params.localhostProfiles.map(showValue).join(' or ')}` : showValue(v))),
    ...(params.allowedPrefixes ?? []).map((p) => `"${p}…"`),
    ...(params.allowedRanges ?? []).map((r) => `port ${r}`),
    ...(params.alsoAllowed ?? []).map(showValue),
  ];
  return options.join(' or ');
}

/** A hint for a value written in the wrong case (`drop: [all]`): Kubernetes compares exactly. */
export function caseHint(params: SecurityFieldParams, value: ScalarValue | ScalarValue[] | undefined): string {
  const expected = [...(params.contains !== undefined ? [params.contains] : []), ...(params.allowed ?? [])].filter((e): e is string => typeof e === 'string');
  const found = (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v): v is string => typeof v === 'string');
  for (const v of found) {
    const twin = expected.find((e) => e !== v && e.toLowerCase() === v.toLowerCase());
    if (twin) return ` (names are case-sensitive: write ${showValue(twin)}, not ${showValue(v)})`;
  }
  return '';
}
