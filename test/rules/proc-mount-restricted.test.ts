// At the restricted level /proc stays masked in user namespaces too (1.35); elsewhere proc-mount reports it.
import { ruleTester, yaml } from '../rule-tester.ts';

ruleTester('proc-mount-restricted', {
  valid: [
    {
      name: "Unmasked outside a user namespace is proc-mount's finding",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: builder}
        spec:
          containers:
          - name: builder
            securityContext: {procMount: Unmasked}
      `,
    },
  ],
  invalid: [
    {
      name: "Unmasked in a user namespace",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: builder}
        spec:
          hostUsers: false
          containers:
          - name: builder
            securityContext:
              procMount: Unmasked
      `,
      errors: [
        {
          message: "container \"builder\" sets securityContext.procMount to \"Unmasked\"; allowed: \"Default\"",
          line: 9,
          column: 7,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: builder}
            spec:
              hostUsers: false
              containers:
              - name: builder
          `,
        },
      ],
    },
  ],
});
