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
    expect(result.workloads).toHaveLength(2); // the App and its Redis
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

  it('runs two replicas through disruptions and shutdowns: a PodDisruptionBudget, probes, a grace period past the drain', () => {
    const deployment = one('Deployment', 'podarmor');
    const pdb = one('PodDisruptionBudget', 'podarmor');
    expect(pdb.spec.selector.matchLabels).toEqual(deployment.spec.template.metadata.labels);
    expect(pdb.spec.minAvailable).toBeLessThan(deployment.spec.replicas);
    const pod = deployment.spec.template.spec;
    const [container] = pod.containers;
    expect(container.readinessProbe.httpGet.path).toBe('/ping');
    expect(container.livenessProbe.httpGet.path).toBe('/ping');
    const env = Object.fromEntries(container.env.map((e: any) => [e.name, e]));
    expect(pod.terminationGracePeriodSeconds * 1000).toBeGreaterThan(Number(env.SHUTDOWN_TIMEOUT_MS.value));
    expect(env.REDIS_URL.valueFrom.secretKeyRef).toEqual({ name: 'podarmor-redis', key: 'url' });
  });

  it('gives the replicas a Redis that only they reach, without persistence, with its password from a Secret', () => {
    const app = one('Deployment', 'podarmor').spec.template.metadata.labels;
    const redis = one('Deployment', 'podarmor-redis');
    const labels = redis.spec.template.metadata.labels;
    const [container] = redis.spec.template.spec.containers;
    expect(container.args.join(' ')).toMatch(/--save\s+--appendonly no/);
    expect(container.args).toContain('$(REDIS_PASSWORD)');
    expect(container.env.find((e: any) => e.name === 'REDIS_PASSWORD').valueFrom.secretKeyRef.name).toBe('podarmor-redis');
    const port = container.ports[0].containerPort;
    const service = one('Service', 'podarmor-redis');
    expect(service.spec.selector).toEqual(labels);
    const policy = one('NetworkPolicy', 'podarmor-redis');
    expect(policy.spec.podSelector.matchLabels).toEqual(labels);
    expect(policy.spec.ingress).toEqual([{ from: [{ podSelector: { matchLabels: app } }], ports: [{ port, protocol: 'TCP' }] }]);
    expect(policy.spec.egress).toEqual([]);
    const appEgress = one('NetworkPolicy', 'podarmor').spec.egress;
    expect(appEgress).toContainEqual({ to: [{ podSelector: { matchLabels: labels } }], ports: [{ port, protocol: 'TCP' }] });
  });
});

describe('deploy/Dockerfile', () => {
  const dockerfile = readFileSync(join(DEPLOY, 'Dockerfile'), 'utf8');
  const arg = (name: string) => new RegExp(`^ARG ${name}=(\\S+)$`, 'm').exec(dockerfile)?.[1];

  it('runs the server `npm start` runs, as the numeric user the Deployment names, on the port it exposes', () => {
    const start = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start!;
    expect(JSON.parse(/^CMD (.*)$/m.exec(dockerfile)![1]!)).toEqual(start.split(' '));
    const deployment = one('Deployment', 'podarmor');
    const { runAsUser, runAsGroup } = deployment.spec.template.spec.securityContext;
    const user = /^USER (.*)$/m.exec(dockerfile)![1]!;
    expect(user).toMatch(/^[1-9]\d*:[1-9]\d*$/); // numeric and not root, so runAsNonRoot can check it
    expect(user).toBe(`${runAsUser}:${runAsGroup}`);
    expect(/^EXPOSE (\d+)$/m.exec(dockerfile)![1]).toBe(String(deployment.spec.template.spec.containers[0].ports[0].containerPort));
    expect(deployment.spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem).toBe(true);
    // What writes at run time writes under /tmp, the Deployment's emptyDir.
    expect(deployment.spec.template.spec.containers[0].volumeMounts).toContainEqual({ name: 'tmp', mountPath: '/tmp' });
    for (const name of ['HOME', 'HELM_CACHE_HOME', 'HELM_CONFIG_HOME', 'HELM_DATA_HOME']) expect(dockerfile).toMatch(new RegExp(`\\b${name}=/tmp\\b`));
  });

  it('builds FROM one pinned Node 24 release', () => {
    expect(arg('NODE_IMAGE')).toMatch(/^node:24\.\d+\.\d+-[a-z]+-slim$/);
    expect(dockerfile.match(/^FROM .*/gm)!.every((line) => line.startsWith('FROM ${NODE_IMAGE}'))).toBe(true);
  });

  it.each([
    ['helm', 'HELM', /^v3\.\d+\.\d+$/, 'https://get.helm.sh/helm-${HELM_VERSION}-linux-${TARGETARCH}.tar.gz', '/tmp/helm.tar.gz'],
    ['kubectl', 'KUBECTL', /^v1\.\d+\.\d+$/, 'https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/linux/${TARGETARCH}/kubectl', '/tmp/kubectl'],
  ])('installs %s pinned by version and checked against its sha256 before use', (tool, prefix, version, url, file) => {
    expect(arg(`${prefix}_VERSION`)).toMatch(version);
    for (const arch of ['AMD64', 'ARM64']) expect(arg(`${prefix}_SHA256_${arch}`)).toMatch(/^[0-9a-f]{64}$/);
    const fetch = dockerfile.indexOf(`curl -fsSL -o ${file} "${url}"`);
    const check = dockerfile.indexOf(`echo "\${${tool}_sha256}  ${file}" | sha256sum -c -`);
    const install = dockerfile.indexOf(`/usr/local/bin/${tool};`);
    expect(fetch).toBeGreaterThan(0);
    expect(check).toBeGreaterThan(fetch);
    expect(install).toBeGreaterThan(check);
    expect(dockerfile).toMatch(new RegExp(`COPY --from=tools .*/usr/local/bin/${tool}\\b`));
  });
});
