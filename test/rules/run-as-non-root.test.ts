// runAsNonRoot: true on the pod or every container (restricted); containers inherit the pod's value.
import { ruleTester, yaml } from '../rule-tester.ts';

ruleTester('run-as-non-root', {
  valid: [
    {
      name: "set on the pod",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          securityContext: {runAsNonRoot: true}
          containers:
          - name: web
          - name: sidecar
      `,
    },
    {
      name: "a pod in a user namespace from 1.35",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          hostUsers: false
          containers:
          - name: web
      `,
    },
  ],
  invalid: [
    {
      name: "unset: one finding at the pod, a suggestion (the image may run as root)",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
            image: nginx
      `,
      errors: [
        {
          message: "neither the pod nor container \"web\" set securityContext.runAsNonRoot (expected true)",
          line: 4,
          column: 1,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: web
                image: nginx
              securityContext:
                runAsNonRoot: true
          `,
        },
      ],
    },
    {
      name: "false on a container that overrides the pod; beside runAsUser 0 the suggestion removes it too",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          securityContext: {runAsNonRoot: true}
          containers:
          - name: web
            securityContext:
              runAsNonRoot: false
              runAsUser: 0
      `,
      errors: [
        {
          message: "container \"web\" sets securityContext.runAsNonRoot to false; allowed: true",
          line: 9,
          column: 7,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              securityContext: {runAsNonRoot: true}
              containers:
              - name: web
                securityContext:
                  runAsNonRoot: true
          `,
        },
      ],
    },
  ],
});
