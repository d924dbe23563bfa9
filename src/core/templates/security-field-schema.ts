// The parameters of the security-field template: its contract, from which the rule schema and
// docs/templates.md are generated. docs/templates.md explains the field mini-language in full.
import type { ScalarValue } from './fields.ts';
import { exemptionsSchema, type Exemptions } from './exemptions.ts';
import type { ParamsSchema } from './api.ts';

type FixClassName = 'safe' | 'suggestion';

export interface SecurityFieldParams {
  scope: 'containers' | 'pod' | 'pod-and-containers';
  fields: string[];
  key?: string;
  allowed?: ScalarValue[];
  allowedPrefixes?: string[];
  allowedRanges?: Array<string | number>;
  alsoAllowed?: ScalarValue[];
  localhostProfiles?: string[];
  forbidden?: ScalarValue[] | Record<string, string>;
  contains?: ScalarValue;
  required?: boolean;
  missingLeaf?: ScalarValue;
  normalize?: 'capability';
  wrongReportedBy?: string;
  exempt?: Exemptions;
  applyWhen?: { field: string; in: ScalarValue[] };
  messages?: { wrong?: string; unset?: string; unsetPod?: string };
  fix?: {
    value?: ScalarValue;
    unset?: FixClassName;
    wrong?: FixClassName;
    wrongAction?: 'set' | 'remove' | 'remove-item' | 'append';
    note: string;
    unsetNote?: string;
    skipWhen?: Array<{ field: string; equals?: ScalarValue; contains?: ScalarValue[] }>;
    /** Each sets `value`, or removes the field (`remove: true`). */
    companions?: Array<{ field: string; equals: ScalarValue; value?: ScalarValue; remove?: true }>;
  };
}

const scalar = { type: ['string', 'number', 'boolean'] };
const scalars = (description: string) => ({ type: 'array', items: scalar, description });
const strings = (description: string) => ({ type: 'array', items: { type: 'string' }, description });
const fieldPath = { type: 'string', pattern: '^[A-Za-z][\\w]*(\\[\\*\\])?(\\.[A-Za-z][\\w]*(\\[\\*\\])?)*$', patternHint: 'a field path such as securityContext.capabilities.add[*]' };
const fixClass = (when: string) => ({ enum: ['safe', 'suggestion'], description: `Fix class offered ${when}; no fix when absent.` });

export const securityFieldSchema: ParamsSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['scope', 'fields'],
  properties: {
    scope: {
      enum: ['containers', 'pod', 'pod-and-containers'],
      description: 'Where the fields are read: each container, the pod spec, or both (containers inherit the pod value, as in Pod Security Admission).',
    },
    fields: { type: 'array', minItems: 1, items: fieldPath, description: 'Field paths relative to the scope, `[*]` for every list item (one finding per item).' },
    key: { type: 'string', description: 'The field is a struct and this key inside it holds the value (a missing key reads as "").' },
    allowed: scalars('Values that pass; any other value is a finding.'),
    allowedPrefixes: strings('String values starting with one of these pass too.'),
    allowedRanges: {
      type: 'array',
      items: { type: ['string', 'integer'], pattern: '^[0-9]{1,5}(-[0-9]{1,5})?$' },
      description: 'Numbers inside one of these ranges (9100, "30000-32767") pass too (rule options set this).',
    },
    alsoAllowed: scalars('Values that pass whatever `allowed` and `forbidden` say: a site\'s exceptions (rule options set this).'),
    localhostProfiles: strings('With `key: type`: the value `Localhost` passes only when the struct\'s `localhostProfile` is one of these (rule options set this).'),
    forbidden: {
      oneOf: [
        { type: 'array', items: scalar },
        { type: 'object', additionalProperties: { type: 'string' } },
      ],
      description: 'Values that are findings; as a map, value -> the reason, shown as {reason}.',
    },
    contains: { ...scalar, description: 'The field is a list of scalars that must include this value (with `required`, a missing list is a finding).' },
    required: { type: 'boolean', description: 'A missing field is a finding (at the pod, once for all inheriting containers, with `pod-and-containers`).' },
    missingLeaf: { ...scalar, description: 'Value of a missing leaf inside an existing `[*]` item (Go\'s zero value, such as "" for a sysctl without a name).' },
    normalize: { enum: ['capability'], description: '`capability`: compare upper-cased without the CAP_ prefix.' },
    wrongReportedBy: { type: 'string', description: 'Another rule reports wrong values (at its severity, at every profile): this check reports only missing fields.' },
    exempt: { ...exemptionsSchema, description: 'Pods Pod Security Admission exempts from a version on: `windows` (spec.os.name: windows), `userNamespaces` (hostUsers: false).' },
    applyWhen: {
      type: 'object',
      additionalProperties: false,
      required: ['field', 'in'],
      properties: { field: { type: 'string' }, in: { type: 'array', items: scalar } },
      description: 'Check only pods whose pod-level `field` holds one of `in` (a missing field reads as "").',
    },
    messages: {
      type: 'object',
      additionalProperties: false,
      properties: { wrong: { type: 'string' }, unset: { type: 'string' }, unsetPod: { type: 'string' } },
      description: 'Finding messages: `wrong` for a bad value, `unset` for a missing field, `unsetPod` for a pod whose containers inherit nothing.',
    },
    fix: {
      type: 'object',
      additionalProperties: false,
      required: ['note'],
      description: 'The fix offered with each finding.',
      properties: {
        value: { ...scalar, description: 'The value to set.' },
        unset: fixClass('for a missing field'),
        wrong: fixClass('for a wrong value'),
        wrongAction: { enum: ['set', 'remove', 'remove-item', 'append'], description: 'What the fix does to a wrong value: set `value`, remove the field, remove the list item, append `contains` (default: set).' },
        note: { type: 'string', description: 'One line for the reviewer: what the change does and what it may break.' },
        unsetNote: { type: 'string', description: 'The note for a missing field, when it differs.' },
        companions: {
          type: 'array',
          description: 'Fields the fix must change too, so that the API server accepts the result (or the pod starts): where `field` equals `equals` on the container, or for a pod-level fix on the pod or any container, it is set to `value` or removed (`remove: true`).',
          items: {
            oneOf: [
              { type: 'object', additionalProperties: false, required: ['field', 'equals', 'value'], properties: { field: { type: 'string' }, equals: scalar, value: scalar } },
              { type: 'object', additionalProperties: false, required: ['field', 'equals', 'remove'], properties: { field: { type: 'string' }, equals: scalar, remove: { const: true } } },
            ],
          },
        },
        skipWhen: {
          type: 'array',
          description: 'No fix when one of these holds on the container (or pod): `field` equals a value or contains one of the values.',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['field'],
            properties: { field: { type: 'string' }, equals: scalar, contains: { type: 'array', items: scalar } },
          },
        },
      },
    },
  },
};
