// runAsUser: 0 runs as root (restricted, from 1.23).
import { ruleTester, yaml } from '../rule-tester.ts';

ruleTester('run-as-user', {
  valid: [
    {
      name: "a non-zero UID",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          securityContext: {runAsUser: 1000}
          containers:
          - name: web
      `,
    },
  ],
  invalid: [
    {
      name: "UID 0 on the pod: a suggestion removes it",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          securityContext:
            runAsUser: 0
            runAsGroup: 0
          containers:
          - name: web
      `,
      errors: [
        {
          message: "pod runs as root (securityContext.runAsUser: 0)",
          line: 6,
          column: 5,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              securityContext:
                runAsGroup: 0
              containers:
              - name: web
          `,
        },
      ],
    },
  ],
});
