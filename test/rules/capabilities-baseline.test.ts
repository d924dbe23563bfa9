// Capabilities added beyond the runtime's default set (baseline); high under every profile.
import { ruleTester, yaml } from '../rule-tester.ts';

ruleTester('capabilities-baseline', {
  valid: [
    {
      name: "capabilities of the default set",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
            securityContext:
              capabilities: {add: [NET_BIND_SERVICE, CHOWN]}
      `,
    },
    {
      name: "a capability the site allows",
      options: {"capabilities-baseline":{"allowedCapabilities":["NET_ADMIN"]}},
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: cni}
        spec:
          containers:
          - name: cni
            securityContext:
              capabilities: {add: [NET_ADMIN]}
      `,
    },
  ],
  invalid: [
    {
      name: "NET_ADMIN added: a suggestion removes it",
      profile: 'baseline',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
            securityContext:
              capabilities:
                add:
                - NET_BIND_SERVICE
                - NET_ADMIN
      `,
      errors: [
        {
          message: "container \"web\" adds capability \"NET_ADMIN\", which is not in the default set",
          line: 11,
          column: 11,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: web
                securityContext:
                  capabilities:
                    add:
                    - NET_BIND_SERVICE
          `,
        },
      ],
    },
    {
      name: "a name in the wrong case gets a hint",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
            securityContext:
              capabilities: {add: [chown]}
      `,
      errors: [
        {
          message: "container \"web\" adds capability \"chown\", which is not in the default set (names are case-sensitive: write \"CHOWN\", not \"chown\")",
          line: 8,
          column: 28,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: web
                securityContext:
                  capabilities: {add: []}
          `,
        },
      ],
    },
  ],
});
