// Generated manifests for the benchmark: a mix of kinds, container counts and security settings,
// with Services and NetworkPolicies spread over namespaces, like a large monorepo of manifests.

export function generateManifests(workloads: number, first = 0): string {
  const docs: string[] = [];
  for (let i = first; i < first + workloads; i++) {
    const ns = `team-${i % 50}`;
    const app = `app-${i}`;
    const hardened = i % 3 === 0;
    const container = (name: string) => `      - name: ${name}
        image: registry.example.com/${app}/${name}:1.${i % 17}.0
        ports:
        - containerPort: 8080
          name: http
        env:
        - name: LOG_LEVEL
          value: info
        - name: DB_PASSWORD
          valueFrom:
            secretKeyRef: {name: ${app}-db, key: password}
        resources:
          requests: {cpu: 100m, memory: 128Mi}
          limits: {memory: 256Mi}
${
  hardened
    ? `        securityContext:
          allowPrivilegeEscalation: false
          readOnlyRootFilesystem: true
          capabilities:
            drop: [ALL]`
    : i % 7 === 0
      ? `        securityContext:
          privileged: true
          capabilities:
            add: [NET_ADMIN, SYS_TIME]`
      : `        securityContext:
          runAsUser: 1000`
}`;
    const podSpec = `      ${hardened ? 'securityContext:\n        runAsNonRoot: true\n        seccompProfile: {type: RuntimeDefault}\n      ' : ''}containers:
${container('main')}
${i % 2 === 0 ? container('sidecar') : ''}`.replace(/\n+$/, '');
    if (i % 10 === 9) {
      docs.push(`apiVersion: batch/v1
kind: CronJob
metadata:
  name: ${app}
  namespace: ${ns}
spec:
  schedule: "*/5 * * * *"
  jobTemplate:
    spec:
      template:
        metadata:
          labels: {app: ${app}}
        spec:
${podSpec.replace(/^/gm, '    ')}`);
    } else {
      docs.push(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
  namespace: ${ns}
  labels: {app: ${app}}
spec:
  replicas: 2
  selector:
    matchLabels: {app: ${app}}
  template:
    metadata:
      labels: {app: ${app}}
    spec:
${podSpec}`);
    }
    if (i % 10 === 0) {
      docs.push(`apiVersion: v1
kind: Service
metadata: {name: ${app}, namespace: ${ns}}
spec:
  selector: {app: ${app}}
  ports:
  - {port: 80, targetPort: http}`);
    }
    if (i % 100 === 0) {
      docs.push(`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: default-deny, namespace: ${ns}}
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]`);
    }
  }
  return `${docs.join('\n---\n')}\n`;
}
