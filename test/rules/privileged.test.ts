// Privileged containers (baseline, critical).
import { ruleTester, yaml } from '../rule-tester.ts';

ruleTester('privileged', {
  valid: [
    {
      name: "explicitly false, or unset",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
            securityContext: {privileged: false}
          - name: sidecar
      `,
    },
  ],
  invalid: [
    {
      name: "privileged: true",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          initContainers:
          - name: setup
            securityContext:
              privileged: true
          containers:
          - name: web
      `,
      errors: [
        {
          message: "init container \"setup\" runs privileged (securityContext.privileged: true)",
          line: 8,
          column: 7,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              initContainers:
              - name: setup
                securityContext:
                  privileged: false
              containers:
              - name: web
          `,
        },
      ],
    },
  ],
});
