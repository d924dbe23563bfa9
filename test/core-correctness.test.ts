// The bug classes other tools' suites exposed, scanned with every rule of the default profile:
// a fragment is judged on the fields it has and nothing else; one AppArmor problem gets one
// finding; the service account is resolved as Kubernetes resolves it.
import { describe, expect, it } from 'vitest';
import { scan, scanFindings } from '../src/core/scan.ts';

function rulesFound(text: string, kubernetesVersion = '1.35', filter: (rule: string) => boolean = () => true): string[] {
  return scan([{ path: 'm.yaml', text }], { profile: 'hardened', kubernetesVersion })
    .findings.filter((f) => filter(f.rule))
    .map((f) => `${f.rule} ${f.line}`);
}

describe('pod specs without containers are judged on every field present, and only on those', () => {
  it.each([
    {
      name: 'a Deployment fragment with hostNetwork',
      text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      hostNetwork: true\n',
      want: ['host-namespaces 7'],
    },
    {
      name: 'a DaemonSet fragment with hostPID and a hostPath volume',
      text: 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: agent}\nspec:\n  template:\n    spec:\n      hostPID: true\n      volumes:\n      - name: root\n        hostPath: {path: /}\n',
      want: ['host-namespaces 7', 'host-path-volumes 10'],
    },
    {
      name: 'a Pod fragment with a pod-level seccomp profile and the token mounted',
      text: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  automountServiceAccountToken: true\n  securityContext:\n    seccompProfile: {type: Unconfined}\n',
      want: ['automount-service-account-token 5', 'seccomp-profile-baseline 7'],
    },
  ])('$name', ({ text, want }) => {
    expect(rulesFound(text)).toEqual(want);
  });
});

describe('one AppArmor problem, one finding', () => {
  const isProfileRule = (rule: string) => rule === 'apparmor-profile' || rule === 'apparmor-profile-required';
  const annotated = (value: string, container = 'web') =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    metadata:\n      annotations:\n        container.apparmor.security.beta.kubernetes.io/${container}: ${value}\n    spec:\n      containers:\n      - name: web\n`;
  const field = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: web\n    securityContext:\n      appArmorProfile: {type: Unconfined}\n';

  it.each([
    { name: 'unconfined annotation before 1.30', text: annotated('unconfined'), version: '1.29', want: ['apparmor-profile 8'] },
    { name: 'unconfined annotation from 1.30', text: annotated('unconfined'), version: '1.35', want: ['apparmor-profile 8'] },
    { name: 'Unconfined field', text: field, version: '1.35', want: ['apparmor-profile 8'] },
    { name: 'an annotation for a container the pod does not have', text: annotated('runtime/default', 'wbe'), version: '1.29', want: ['apparmor-profile-required 8', 'apparmor-profile-required 11'] },
  ])('$name', ({ text, version, want }) => {
    expect(rulesFound(text, version, isProfileRule)).toEqual(want);
  });
});

describe('the service account of a pod', () => {
  const token = (rule: string) => rule === 'automount-service-account-token';
  it.each([
    { name: 'serviceAccountName', spec: '  serviceAccountName: app\n', want: [] },
    { name: 'the deprecated alias serviceAccount', spec: '  serviceAccount: app\n', want: [] },
    { name: 'serviceAccountName wins over the alias', spec: '  serviceAccountName: default\n  serviceAccount: app\n', want: ['automount-service-account-token 4'] },
    { name: 'neither: default', spec: '', want: ['automount-service-account-token 4'] },
  ])('$name', ({ spec, want }) => {
    expect(rulesFound(`apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n${spec}  containers:\n  - name: web\n`, '1.35', token)).toEqual(want);
  });
});

it('a fragment with init containers only is not judged on fields they leave out', () => {
  const text = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      initContainers:\n      - name: setup\n        securityContext: {privileged: true}\n';
  expect(rulesFound(text)).toEqual(['privileged 9']);
});

describe('the order of findings is the same in every locale', () => {
  // Code-unit order: capitals before lower case. `localeCompare` would give a.yaml, b.yaml, B.yaml
  // (or a, B, b), depending on the machine.
  const pod = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: c, image: nginx, securityContext: {privileged: true}}\n';
  const files = ['b.yaml', 'B.yaml', 'a.yaml'].map((path) => ({ path, text: pod }));
  const fileOrder = (findings: readonly { file: string }[]) => [...new Set(findings.map((f) => f.file))];
  it.each([
    ['scan', () => scan(files, { profile: 'hardened', kubernetesVersion: '1.35' }).findings],
    ['scanFindings', () => scanFindings(files, { profile: 'hardened', kubernetesVersion: '1.35' }).findings],
  ])('%s', (_, run) => {
    expect(fileOrder(run())).toEqual(['B.yaml', 'a.yaml', 'b.yaml']);
  });
});
