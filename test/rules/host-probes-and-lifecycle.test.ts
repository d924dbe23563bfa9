// Probes and lifecycle hooks must not aim at another host (baseline, from 1.34).
import { ruleTester, yaml } from '../rule-tester.ts';

ruleTester('host-probes-and-lifecycle', {
  valid: [
    {
      name: "a probe of the pod itself",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
            livenessProbe:
              httpGet: {path: /healthz, port: 8080}
      `,
    },
    {
      name: "before 1.34",
      version: '1.33',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
            livenessProbe:
              httpGet: {host: 10.0.0.1, path: /healthz, port: 8080}
      `,
    },
  ],
  invalid: [
    {
      name: "an httpGet probe and a preStop hook with a host",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
            readinessProbe:
              httpGet:
                host: metadata.google.internal
                path: /
                port: 80
            lifecycle:
              preStop:
                tcpSocket: {host: 10.0.0.1, port: 22}
      `,
      errors: [
        {
          message: "container \"web\" points readinessProbe.httpGet.host at host \"metadata.google.internal\"",
          line: 9,
          column: 9,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: web
                readinessProbe:
                  httpGet:
                    path: /
                    port: 80
                lifecycle:
                  preStop:
                    tcpSocket: {host: 10.0.0.1, port: 22}
          `,
        },
        {
          message: "container \"web\" points lifecycle.preStop.tcpSocket.host at host \"10.0.0.1\"",
          line: 14,
          column: 21,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: web
                readinessProbe:
                  httpGet:
                    host: metadata.google.internal
                    path: /
                    port: 80
                lifecycle:
                  preStop:
                    tcpSocket: {port: 22}
          `,
        },
      ],
    },
  ],
});
