// hostNetwork, hostPID and hostIPC share the node's namespaces (baseline); fragments are judged on the fields they have.
import { ruleTester, yaml } from '../rule-tester.ts';

ruleTester('host-namespaces', {
  valid: [
    {
      name: "explicitly false",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          hostNetwork: false
          containers:
          - name: web
      `,
    },
  ],
  invalid: [
    {
      name: "hostNetwork and hostPID: suggestions remove them",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: agent}
        spec:
          hostNetwork: true
          hostPID: true
          containers:
          - name: agent
      `,
      errors: [
        {
          message: "pod sets hostNetwork: true and shares that namespace with the node",
          line: 5,
          column: 3,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: agent}
            spec:
              hostPID: true
              containers:
              - name: agent
          `,
        },
        {
          message: "pod sets hostPID: true and shares that namespace with the node",
          line: 6,
          column: 3,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: agent}
            spec:
              hostNetwork: true
              containers:
              - name: agent
          `,
        },
      ],
    },
    {
      name: "a Deployment fragment without containers",
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template:
            spec:
              hostNetwork: true
      `,
      errors: [
        {
          message: "pod sets hostNetwork: true and shares that namespace with the node",
          line: 7,
          column: 7,
          suggestion: yaml`
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
          `,
        },
      ],
    },
  ],
});
