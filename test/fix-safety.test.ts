// One definition of safe: a rule's fix is applied only when the manifest shows the evidence its
// rule file names (rules/<id>.yaml `fixSafety`); otherwise it is a suggestion whose note says what
// is missing. One table row per argument: with the evidence the fix is applied, without it not.
import { describe, expect, it } from 'vitest';
import { fixFiles, planFileFix, isDropped } from '../src/core/fix/engine.ts';
import { EVIDENCE } from '../src/core/fix/safety.ts';
import { RULES } from '../src/core/rules/registry.ts';
import { scan } from '../src/core/scan.ts';
import type { Finding, ScanOptions } from '../src/core/types.ts';

const options: ScanOptions = { profile: 'hardened', kubernetesVersion: '1.34' };

/** A Deployment with one container "app"; `pod` and `container` are securityContext lines. */
function deployment(pod: string, container: string, sidecar?: string): string {
  const podBlock = pod ? `      securityContext:\n${pod.replace(/^/gm, '        ')}\n` : '';
  const block = (sc: string) => (sc ? `        securityContext:\n${sc.replace(/^/gm, '          ')}\n` : '');
  const side = sidecar === undefined ? '' : `      - name: side\n        image: busybox:1.36\n${block(sidecar)}`;
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n${podBlock}      containers:\n      - name: app\n        image: nginx:1.27\n${block(container)}${side}`;
}

function findingsOf(text: string, rule: string): Finding[] {
  return scan([{ path: 'web.yaml', text }], options).findings.filter((f) => f.rule === rule);
}

describe('every safe fix states its argument', () => {
  it.each(RULES.filter((r) => r.fixable === 'safe').map((r) => r.id))('%s has fixSafety with known evidence', (id) => {
    const rule = RULES.find((r) => r.id === id)!;
    expect(rule.fixSafety?.argument.length).toBeGreaterThan(40);
    for (const e of rule.fixSafety!.evidence) expect(EVIDENCE[e]).toBeDefined();
  });
});

// [rule, pod securityContext, container securityContext, fixable?, what the note says when not, sidecar securityContext]
const ARGUMENTS: [string, string, string, boolean, RegExp?, string?][] = [
  ['run-as-non-root', 'runAsUser: 10001', '', true],
  ['run-as-non-root', '', '', false, /no numeric non-root runAsUser/],
  ['run-as-non-root', '', 'runAsUser: 1000', true],
  ['run-as-non-root', '', 'runAsUser: 1000', false, /container "side" has no numeric non-root runAsUser/, ''],
  ['capabilities-restricted', 'runAsUser: 10001', '', true],
  ['capabilities-restricted', '', '', false, /no numeric non-root runAsUser/],
  ['capabilities-restricted', 'runAsUser: 0', '', false, /no numeric non-root runAsUser/],
  ['capabilities-restricted', 'runAsUser: 10001', 'runAsUser: 0', false, /no numeric non-root runAsUser/],
  ['seccomp-profile-restricted', '', '', true],
  ['seccomp-profile-restricted', '', 'privileged: true', false, /runs privileged/],
  ['seccomp-profile-restricted', '', 'seccompProfile: {type: Localhost, localhostProfile: p.json}', false, /Localhost seccomp/, ''],
  ['apparmor-profile-required', '', '', true],
  ['apparmor-profile-required', '', 'privileged: true', false, /runs privileged/],
  ['apparmor-profile-required', '', 'appArmorProfile: {type: Localhost, localhostProfile: p}', false, /Localhost AppArmor/, ''],
  ['allow-privilege-escalation', '', '', true],
  ['allow-privilege-escalation', '', 'privileged: true', false, /runs privileged/],
];

describe('a fix is applied only with its evidence', () => {
  it.each(ARGUMENTS)('%s with pod {%s} container {%s}: fixable %s', (rule, pod, container, fixable, note, sidecar) => {
    const [finding] = findingsOf(deployment(pod, container, sidecar), rule);
    expect(finding).toBeDefined();
    expect(finding!.fixable).toBe(fixable);
    expect(finding!.suggestion).toBe(!fixable);
    if (note) expect(finding!.fix!.note).toMatch(note);
  });

  it('never turns privileged off by itself, and does not add allowPrivilegeEscalation to a container with SYS_ADMIN', () => {
    expect(findingsOf(deployment('', 'privileged: true'), 'privileged').map((f) => [f.fixable, f.suggestion])).toEqual([[false, true]]);
    expect(findingsOf(deployment('', 'capabilities: {add: [SYS_ADMIN]}'), 'allow-privilege-escalation').map((f) => f.fixable)).toEqual([false]);
  });
});

describe('root and unknown-user containers', () => {
  const cases: [string, string, string][] = [
    ['an image that picks its own user (nginx)', '', ''],
    ['an explicit root user', 'runAsUser: 0', ''],
    ['a root container in a non-root pod', 'runAsUser: 10001', 'runAsUser: 0\ncapabilities: {add: [NET_BIND_SERVICE]}'],
  ];
  it.each(cases)('%s: fix adds neither runAsNonRoot nor drop ALL, the review suggests them', (_, pod, container) => {
    const text = deployment(pod, container);
    const result = fixFiles([{ path: 'web.yaml', text }], options);
    const after = result.files.find((f) => f.path === 'web.yaml')?.after ?? text;
    expect(after).not.toMatch(/runAsNonRoot/);
    expect(after).not.toMatch(/- ALL|\[ALL\]/);
    expect(after).toMatch(/allowPrivilegeEscalation: false/); // what is safe still happens
    const session = scan([{ path: 'web.yaml', text }], options);
    const drop = session.findings.find((f) => f.rule === 'capabilities-restricted' && f.message.includes('ALL'))!;
    expect(drop.suggestion).toBe(true);
    expect(drop.fixable).toBe(false);
    expect(drop.fix?.note).toMatch(/loses the default capabilities/); // the note says what it may break
    expect(result.fixed.filter((f) => f.rule === 'capabilities-restricted' || f.rule === 'run-as-non-root')).toEqual([]);
    const plan = planFileFix(session, [drop], options);
    expect(isDropped(plan)).toBe(false);
    if (!isDropped(plan)) {
      expect(plan.after).toMatch(/drop:\s*\n\s*- ALL|drop: \[ALL\]/);
      // What `add` lists is kept: the suggestion only drops the defaults.
      if (text.includes('NET_BIND_SERVICE')) expect(plan.after).toContain('NET_BIND_SERVICE');
    }
    const nonRoot = session.findings.find((f) => f.rule === 'run-as-non-root');
    expect(nonRoot, 'the finding stays reported').toBeDefined();
    expect(nonRoot!.fixable).toBe(false);
    expect(nonRoot!.suggestion).toBe(true);
    expect(nonRoot!.fix?.note).toMatch(/kubelet refuses to start a container whose image runs as root/);
    if (pod.includes('runAsUser: 0') || container.includes('runAsUser: 0')) {
      // runAsNonRoot beside an explicit runAsUser: 0 could never start: the suggestion removes it,
      // and its note says so.
      expect(nonRoot!.fix?.note).toMatch(/It also removes securityContext.runAsUser: 0/);
      const suggested = planFileFix(session, [nonRoot!], options);
      expect(isDropped(suggested)).toBe(false);
      if (!isDropped(suggested)) {
        expect(suggested.after).toMatch(/runAsNonRoot: true/);
        expect(suggested.after).not.toMatch(/runAsUser: 0/);
      }
    }
  });

  it('a non-root numeric user gets both from fix', () => {
    const text = deployment('runAsUser: 10001', '');
    const after = fixFiles([{ path: 'web.yaml', text }], options).files.find((f) => f.path === 'web.yaml')!.after;
    expect(after).toMatch(/runAsNonRoot: true/);
    expect(after).toMatch(/- ALL/);
  });
});
