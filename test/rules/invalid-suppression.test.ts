// A suppression must name known rules and give a reason; otherwise it is ignored and reported.
import { ruleTester, yaml } from '../rule-tester.ts';

ruleTester('invalid-suppression', {
  valid: [
    {
      name: "an annotation and a comment with reasons",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: agent
          annotations:
            ignore.podarmor.dev/host-namespaces: "the CNI agent configures the node's network"
        spec:
          hostNetwork: true
          containers:
          - name: agent
            securityContext:
              privileged: true  # podarmor:ignore privileged -- loads kernel modules for the CNI
      `,
    },
  ],
  invalid: [
    {
      name: "no reason, and an unknown rule",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: agent
          annotations:
            ignore.podarmor.dev/host-namespaces: ""
        spec:
          hostNetwork: true
          containers:
          - name: agent
            securityContext:
              privileged: true  # podarmor:ignore privilegd -- typo in the rule name
      `,
      errors: [
        {
          message: "suppression of \"host-namespaces\" gives no reason: write why as the annotation's value",
          line: 6,
          column: 5,
        },
        {
          message: "suppression names unknown rule \"privilegd\"",
          line: 12,
          column: 25,
        },
      ],
    },
  ],
});
