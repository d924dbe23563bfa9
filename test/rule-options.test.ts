// Rule options: a site's choices for hostPorts, capabilities, read-only hostPaths and Localhost
// profiles change exactly the findings they are about; invalid options are errors naming the key,
// from the core, the config file reader and the CLI.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../src/core/scan.ts';
import { readRuleOptions, type RuleOptions } from '../src/core/rules/options.ts';
import { selectRules } from '../src/core/rules/registry.ts';
import { UsageError } from '../src/core/errors.ts';
import { readSettings } from '../src/review/config.ts';
import { runCli as run } from './helpers/run-cli.ts';

function findings(text: string, rule: string, ruleOptions?: object, kubernetesVersion = '1.34'): string[] {
  return scan([{ path: 'm.yaml', text }], { profile: 'hardened', kubernetesVersion, only: [rule], ...(ruleOptions ? { ruleOptions: ruleOptions as RuleOptions } : {}) }).findings.map((f) => `${f.line}: ${f.message}`);
}

const pod = (spec: string, annotations = '') => `apiVersion: v1
kind: Pod
metadata:
  name: p
${annotations ? `  annotations:\n${annotations}\n` : ''}spec:
${spec}
`;

describe('rule options change the findings they are about', () => {
  const ports = pod(`  containers:
  - name: exporter
    ports:
    - {containerPort: 9100, hostPort: 9100}
    - {containerPort: 30080, hostPort: 30080}
    - {containerPort: 8080, hostPort: 8080}`);
  const capabilities = pod(`  containers:
  - name: cni
    securityContext:
      capabilities:
        add: [NET_ADMIN, SYS_ADMIN]`);
  const hostPaths = pod(`  containers:
  - name: collector
    volumeMounts:
    - {name: pods, mountPath: /pods, readOnly: true}
    - {name: rw, mountPath: /rw}
    - {name: similar, mountPath: /similar, readOnly: true}
  volumes:
  - name: pods
    hostPath: {path: /var/log/pods}
  - name: rw
    hostPath: {path: /var/log}
  - name: similar
    hostPath: {path: /var/logs}`);
  const seccomp = pod(`  securityContext:
    seccompProfile: {type: Localhost, localhostProfile: profiles/audit.json}
  containers:
  - name: a
    securityContext:
      seccompProfile: {type: Localhost, localhostProfile: profiles/other.json}`);
  const apparmorAnnotation = pod(
    `  containers:
  - name: a
  - name: b`,
    `    container.apparmor.security.beta.kubernetes.io/a: localhost/deny-write
    container.apparmor.security.beta.kubernetes.io/b: localhost/anything`,
  );

  it.each([
    {
      name: 'allowed hostPort numbers and ranges',
      text: ports,
      rule: 'host-ports',
      options: { 'host-ports': { allowedHostPorts: [9100, '30000-32767'] } },
      without: ['9: container "exporter" binds port 9100 of the node (hostPort)', '10: container "exporter" binds port 30080 of the node (hostPort)', '11: container "exporter" binds port 8080 of the node (hostPort)'],
      with: ['11: container "exporter" binds port 8080 of the node (hostPort)'],
    },
    {
      name: 'capabilities allowed to be added',
      text: capabilities,
      rule: 'capabilities-baseline',
      options: { 'capabilities-baseline': { allowedCapabilities: ['NET_ADMIN'] } },
      without: ['10: container "cni" adds capability "NET_ADMIN", which is not in the default set', '10: container "cni" adds capability "SYS_ADMIN", which is not in the default set'],
      with: ['10: container "cni" adds capability "SYS_ADMIN", which is not in the default set'],
    },
    {
      name: 'dangerous capabilities a site allows',
      text: capabilities,
      rule: 'dangerous-capabilities',
      options: { 'dangerous-capabilities': { allowedCapabilities: ['NET_ADMIN'] } },
      without: [
        '10: container "cni" adds "NET_ADMIN": reconfigures interfaces, routes and firewall rules of the pod (or of the node with hostNetwork)',
        '10: container "cni" adds "SYS_ADMIN": mounts, namespaces and many kernel interfaces; the usual way out of a container',
      ],
      with: ['10: container "cni" adds "SYS_ADMIN": mounts, namespaces and many kernel interfaces; the usual way out of a container'],
    },
    {
      name: 'read-only hostPath prefixes (only when every mount is read-only, path-wise)',
      text: hostPaths,
      rule: 'host-path-volumes',
      options: { 'host-path-volumes': { allowedReadOnlyHostPaths: ['/var/log/'] } },
      without: ['14: volume "pods" mounts a path of the node (hostPath)', '16: volume "rw" mounts a path of the node (hostPath)', '18: volume "similar" mounts a path of the node (hostPath)'],
      with: ['16: volume "rw" mounts a path of the node (hostPath)', '18: volume "similar" mounts a path of the node (hostPath)'],
    },
    {
      name: 'allowed Localhost seccomp profiles',
      text: seccomp,
      rule: 'seccomp-profile-baseline',
      options: { 'seccomp-profile-baseline': { allowedLocalhostProfiles: ['profiles/audit.json'] } },
      without: [],
      with: [
        '11: container "a" sets securityContext.seccompProfile.type to "Localhost" (localhostProfile "profiles/other.json"); allowed: "RuntimeDefault" or "Localhost" with localhostProfile "profiles/audit.json"',
      ],
    },
    {
      name: 'allowed Localhost AppArmor profiles in annotations',
      text: apparmorAnnotation,
      rule: 'apparmor-profile',
      options: { 'apparmor-profile': { allowedLocalhostProfiles: ['deny-write'] } },
      without: [],
      with: ['7: annotation container.apparmor.security.beta.kubernetes.io/b is "localhost/anything"; allowed: "runtime/default" or "localhost/deny-write"'],
    },
  ])('$name', (c) => {
    expect(findings(c.text, c.rule)).toEqual(c.without);
    expect(findings(c.text, c.rule, c.options)).toEqual(c.with);
  });

  it('applies Localhost seccomp profile options to the annotations before 1.19', () => {
    const text = pod('  containers:\n  - name: a', '    seccomp.security.alpha.kubernetes.io/pod: localhost/other.json');
    expect(findings(text, 'seccomp-profile-baseline', undefined, '1.18')).toEqual([]);
    expect(findings(text, 'seccomp-profile-baseline', { 'seccomp-profile-baseline': { allowedLocalhostProfiles: ['audit.json'] } }, '1.18')).toEqual([
      '6: annotation seccomp.security.alpha.kubernetes.io/pod is "localhost/other.json"; allowed: "runtime/default" or "docker/default" or "localhost/audit.json"',
    ]);
  });
});

describe('invalid rule options are errors naming the key', () => {
  it.each([
    { raw: { 'no-such-rule': {} }, key: 'rules.no-such-rule', message: 'unknown rule' },
    { raw: { privileged: { x: 1 } }, key: 'rules.privileged', message: 'this rule has no options' },
    { raw: { 'host-ports': { allowedPorts: [80] } }, key: 'rules.host-ports.allowedPorts', message: 'unknown option (options of host-ports: allowedHostPorts)' },
    { raw: { 'host-ports': { allowedHostPorts: '80' } }, key: 'rules.host-ports.allowedHostPorts', message: 'must be array, not string "80"' },
    { raw: { 'host-ports': { allowedHostPorts: ['80-'] } }, key: 'rules.host-ports.allowedHostPorts', message: 'rules.host-ports.allowedHostPorts[0]: "80-" is not a port or a range such as 30000-32767' },
    { raw: { 'host-ports': { allowedHostPorts: [70000] } }, key: 'rules.host-ports.allowedHostPorts', message: 'rules.host-ports.allowedHostPorts[0]: must be at most 65535' },
    { raw: { 'capabilities-baseline': { allowedCapabilities: ['net_admin'] } }, key: 'rules.capabilities-baseline.allowedCapabilities', message: 'is not a capability name in upper case' },
    { raw: { 'host-path-volumes': { allowedReadOnlyHostPaths: ['var/log'] } }, key: 'rules.host-path-volumes.allowedReadOnlyHostPaths', message: 'is not an absolute path' },
    { raw: { 'apparmor-profile': { allowedLocalhostProfiles: [] } }, key: 'rules.apparmor-profile.allowedLocalhostProfiles', message: 'must have at least 1 item(s)' },
    { raw: { 'host-ports': [9100] }, key: 'rules.host-ports', message: 'must be a map of options' },
    { raw: ['host-ports'], key: 'rules', message: 'must be a map of rule ids' },
  ])('$key: $message', ({ raw, key, message }) => {
    const { options, problems } = readRuleOptions(raw);
    expect(problems.map((p) => p.key)).toEqual([key]);
    expect(problems[0]!.message.startsWith(`${key}`)).toBe(true);
    expect(problems[0]!.message).toContain(message);
    expect(options).toEqual({});
  });

  it('accepts valid options unchanged', () => {
    const raw = { 'host-ports': { allowedHostPorts: [9100, '30000-32767'] }, 'apparmor-profile': { allowedLocalhostProfiles: ['deny-write'] } };
    expect(readRuleOptions(raw)).toEqual({ options: raw, problems: [] });
  });

  it('are refused by the core when a caller skips validation', () => {
    expect(() => selectRules('hardened', '1.34', undefined, { 'host-ports': { allowedHostPorts: 'all' } })).toThrow(UsageError);
    expect(() => selectRules('hardened', '1.34', undefined, { 'host-ports': { allowedHostPorts: 'all' } })).toThrow(/rules\.host-ports\.allowedHostPorts: must be array/);
  });

  it('are read from .github/podarmor.yml under rules:', () => {
    expect(readSettings({ rules: { 'host-ports': { allowedHostPorts: [9100] } } }, '.github/podarmor.yml')).toEqual({ settings: { ruleOptions: { 'host-ports': { allowedHostPorts: [9100] } } }, problems: [] });
    const bad = readSettings({ rules: { 'host-ports': { allowedHostPorts: ['x'] } } }, '.github/podarmor.yml');
    expect(bad.settings).toEqual({});
    expect(bad.problems).toEqual([{ key: 'rules', message: '.github/podarmor.yml: rules: host-ports.allowedHostPorts[0]: "x" is not a port or a range such as 30000-32767' }]);
  });
});

describe('podarmor scan --config', () => {
  const dir = mkdtempSync(join(tmpdir(), 'podarmor-options-'));
  const manifest = join(dir, 'exporter.yaml');
  writeFileSync(manifest, pod('  containers:\n  - name: exporter\n    ports:\n    - {containerPort: 9100, hostPort: 9100}'));

  it('applies the rule options of the file', async () => {
    const config = join(dir, 'ok.yml');
    writeFileSync(config, "profile: restricted  # the Action's setting; flags set it for the CLI\nrules:\n  host-ports:\n    allowedHostPorts: [9100]\n");
    expect((await run(['scan', manifest, '--only', 'host-ports'])).code).toBe(1);
    expect(await run(['scan', manifest, '--only', 'host-ports', '--config', config])).toMatchObject({ code: 0, err: '' });
  });

  it('exits 2 naming the key of an invalid option', async () => {
    const config = join(dir, 'bad.yml');
    writeFileSync(config, 'rules:\n  host-ports:\n    allowedHostPort: [9100]\n');
    const { code, err } = await run(['scan', manifest, '--config', config]);
    expect(code).toBe(2);
    expect(err).toContain(`--config: ${config}: rules: host-ports.allowedHostPort: unknown option (options of host-ports: allowedHostPorts)`);
  });

  it('exits 2 for a missing config file', async () => {
    const { code, err } = await run(['scan', manifest, '--config', join(dir, 'none.yml')]);
    expect(code).toBe(2);
    expect(err).toContain('--config: cannot read');
    expect(err).toContain('no such file');
  });
});
