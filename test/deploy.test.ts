// deploy/: the manifests that run the GitHub App. podarmor must scan them clean (it would be a poor
// advertisement otherwise), and the pieces must fit together: the Service and the NetworkPolicy
// reach the port the container listens on, credentials come from the Secret, the image runs `npm start`'s app.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { scan } from '../src/core/scan.ts';
import { DEFAULT_KUBERNETES_VERSION } from '../src/core/versions.ts';
import { ROOT } from './helpers/paths.ts';

const DEPLOY = join(ROOT, 'deploy');
const files = readdirSync(DEPLOY)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => ({ path: `deploy/${name}`, text: readFileSync(join(DEPLOY, name), 'utf8') }));
const objects = files.flatMap((f) => parseAllDocuments(f.text).map((d) => d.toJS() as Record<string, any>));
const one = (kind: string, name?: string) => {
  const found = objects.filter((o) => o.kind === kind && (name === undefined || o.metadata.name === name));
  expect(found, `${kind} ${name ?? ''}`).toHaveLength(1);
  return found[0]!;
};

describe('deploy/', () => {
  it.each([DEFAULT_KUBERNETES_VERSION, '1.30'])('scans clean with the hardened profile for Kubernetes %s', (kubernetesVersion) => {
    const result = scan(files, { profile: 'hardened', kubernetesVersion });
    expect(result.skipped).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.workloads).toHaveLength(1);
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual([]);
  });

  it('runs the App with two or more replicas, restricted, credentials from the Secret', () => {
    const deployment = one('Deployment', 'podarmor');
    expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2);
    const namespace = one('Namespace', deployment.metadata.namespace);
    expect(namespace.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('restricted');
    const [container] = deployment.spec.template.spec.containers;
    const env = Object.fromEntries(container.env.map((e: any) => [e.name, e]));
    for (const name of ['APP_ID', 'PRIVATE_KEY', 'WEBHOOK_SECRET']) expect(env[name].valueFrom.secretKeyRef.name, name).toBe('podarmor-github-app');
    const port = container.ports.find((p: any) => p.name === 'http').containerPort;
    expect(env.PORT.value).toBe(String(port));
    expect(env.HOST.value).toBe('0.0.0.0'); // Probot's default is localhost, out of the Service's reach
    expect(container.securityContext.readOnlyRootFilesystem).toBe(true);
    expect(container.readinessProbe.httpGet).toEqual({ path: '/ping', port: 'http' });
  });

  it('routes the Service and the NetworkPolicy to the pods and the port the container listens on', () => {
    const deployment = one('Deployment', 'podarmor');
    const podLabels = deployment.spec.template.metadata.labels;
    const port = deployment.spec.template.spec.containers[0].ports.find((p: any) => p.name === 'http').containerPort;
    const service = one('Service', 'podarmor');
    expect(service.spec.selector).toEqual(podLabels);
    expect(service.spec.ports[0].targetPort).toBe('http');
    const policy = one('NetworkPolicy', 'podarmor');
    expect(policy.spec.podSelector.matchLabels).toEqual(podLabels);
    expect(policy.spec.ingress[0].ports[0].port).toBe(port);
    const egress = policy.spec.egress.flatMap((rule: any) => (rule.to ?? []).map((peer: any) => peer.ipBlock)).filter(Boolean);
    expect(egress.every((block: any) => block.except?.includes('169.254.169.254/32'))).toBe(true);
    expect(one('NetworkPolicy', 'default-deny').spec.policyTypes).toEqual(['Ingress', 'Egress']);
  });

  it('builds an image that runs the app `npm start` runs, as the user the Deployment names', () => {
    const dockerfile = readFileSync(join(DEPLOY, 'Dockerfile'), 'utf8');
    const start = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start!;
    const entry = start.split(' ').pop()!;
    expect(JSON.parse(/^CMD (.*)$/m.exec(dockerfile)![1]!)).toEqual(['node', 'node_modules/probot/bin/probot.js', 'run', entry]);
    const deployment = one('Deployment', 'podarmor');
    const { runAsUser, runAsGroup } = deployment.spec.template.spec.securityContext;
    expect(/^USER (.*)$/m.exec(dockerfile)![1]).toBe(`${runAsUser}:${runAsGroup}`);
    expect(/^EXPOSE (\d+)$/m.exec(dockerfile)![1]).toBe(String(deployment.spec.template.spec.containers[0].ports[0].containerPort));
  });
});
