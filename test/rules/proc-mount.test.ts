// An unmasked /proc (baseline); pods in a user namespace are exempt from 1.35.
import { ruleTester, yaml } from '../rule-tester.ts';

ruleTester('proc-mount', {
  valid: [
    {
      name: "Default",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
            securityContext: {procMount: Default}
      `,
    },
    {
      name: "Unmasked in a user namespace from 1.35",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: builder}
        spec:
          hostUsers: false
          containers:
          - name: builder
            securityContext: {procMount: Unmasked}
      `,
    },
  ],
  invalid: [
    {
      name: "Unmasked: a suggestion removes it",
      profile: 'restricted',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: builder}
        spec:
          containers:
          - name: builder
            securityContext:
              procMount: Unmasked
      `,
      errors: [
        {
          message: "container \"builder\" sets securityContext.procMount to \"Unmasked\"; allowed: \"Default\"",
          line: 8,
          column: 7,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: builder}
            spec:
              containers:
              - name: builder
          `,
        },
      ],
    },
  ],
});
