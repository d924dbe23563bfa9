// Capabilities that are enough to take over the node, named with what they allow (hardening).
import { ruleTester, yaml } from '../rule-tester.ts';

ruleTester('dangerous-capabilities', {
  valid: [
    {
      name: "NET_BIND_SERVICE only",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
            securityContext:
              capabilities: {drop: [ALL], add: [NET_BIND_SERVICE]}
      `,
    },
  ],
  invalid: [
    {
      name: "SYS_ADMIN, and CAP_SYS_PTRACE in another spelling",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: debug}
        spec:
          containers:
          - name: debug
            securityContext:
              capabilities:
                add: [SYS_ADMIN, cap_sys_ptrace]
      `,
      errors: [
        {
          message: "container \"debug\" adds \"SYS_ADMIN\": mounts, namespaces and many kernel interfaces; the usual way out of a container",
          line: 9,
          column: 15,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: debug}
            spec:
              containers:
              - name: debug
                securityContext:
                  capabilities:
                    add: [cap_sys_ptrace]
          `,
        },
        {
          message: "container \"debug\" adds \"cap_sys_ptrace\": reads and alters the memory of other processes",
          line: 9,
          column: 26,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: debug}
            spec:
              containers:
              - name: debug
                securityContext:
                  capabilities:
                    add: [SYS_ADMIN]
          `,
        },
      ],
    },
  ],
});
