// A read-only root file system (hardening); the suggestion is a human's call since writes elsewhere fail.
import { ruleTester, yaml } from '../rule-tester.ts';

ruleTester('read-only-root-filesystem', {
  valid: [
    {
      name: "true",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
            securityContext: {readOnlyRootFilesystem: true}
      `,
    },
  ],
  invalid: [
    {
      name: "unset and false",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
          - name: sidecar
            securityContext:
              readOnlyRootFilesystem: false
      `,
      errors: [
        {
          message: "container \"web\" does not set securityContext.readOnlyRootFilesystem (expected true)",
          line: 6,
          column: 5,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: web
                securityContext:
                  readOnlyRootFilesystem: true
              - name: sidecar
                securityContext:
                  readOnlyRootFilesystem: false
          `,
        },
        {
          message: "container \"sidecar\" sets securityContext.readOnlyRootFilesystem to false; allowed: true",
          line: 9,
          column: 7,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: web
              - name: sidecar
                securityContext:
                  readOnlyRootFilesystem: true
          `,
        },
      ],
    },
  ],
});
