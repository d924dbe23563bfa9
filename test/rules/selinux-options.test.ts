// SELinux type outside the container types, or any user or role (baseline).
import { ruleTester, yaml } from '../rule-tester.ts';

ruleTester('selinux-options', {
  valid: [
    {
      name: "a container type and level only",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          securityContext:
            seLinuxOptions: {level: "s0:c123,c456"}
          containers:
          - name: web
            securityContext:
              seLinuxOptions: {type: container_t}
      `,
    },
  ],
  invalid: [
    {
      name: "spc_t, and a user",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
            securityContext:
              seLinuxOptions:
                type: spc_t
                user: system_u
      `,
      errors: [
        {
          message: "container \"web\" sets securityContext.seLinuxOptions.type to \"spc_t\"; allowed: \"container_t\" or \"container_init_t\" or \"container_kvm_t\" or \"container_engine_t\"",
          line: 9,
          column: 9,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: web
                securityContext:
                  seLinuxOptions:
                    user: system_u
          `,
        },
        {
          message: "container \"web\" sets the SELinux user (securityContext.seLinuxOptions.user: \"system_u\")",
          line: 10,
          column: 9,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: web
                securityContext:
                  seLinuxOptions:
                    type: spc_t
          `,
        },
      ],
    },
  ],
});
