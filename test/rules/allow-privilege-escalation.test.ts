// Containers must set allowPrivilegeEscalation: false (restricted); the fix turns privileged off along with it.
import { ruleTester, yaml } from '../rule-tester.ts';

ruleTester('allow-privilege-escalation', {
  valid: [
    {
      name: "explicitly false",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
            image: nginx
            securityContext: {allowPrivilegeEscalation: false}
      `,
    },
    {
      name: "a Windows pod is exempt from 1.25",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: iis}
        spec:
          os: {name: windows}
          containers:
          - name: iis
            image: mcr.microsoft.com/windows/servercore/iis
      `,
    },
    {
      name: "a pod spec fragment without containers",
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template:
            spec:
              hostNetwork: false
      `,
    },
  ],
  invalid: [
    {
      name: "unset: a safe fix sets it",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
            image: nginx
      `,
      errors: [
        {
          message: "container \"web\" does not set securityContext.allowPrivilegeEscalation (expected false)",
          line: 6,
          column: 5,
          output: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: web
                image: nginx
                securityContext:
                  allowPrivilegeEscalation: false
          `,
        },
      ],
    },
    {
      name: "true, on a privileged container: the suggestion turns privileged off too",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
            image: nginx
            securityContext:
              privileged: true
              allowPrivilegeEscalation: true
      `,
      errors: [
        {
          message: "container \"web\" sets securityContext.allowPrivilegeEscalation to true; allowed: false",
          line: 10,
          column: 7,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: web
                image: nginx
                securityContext:
                  privileged: false
                  allowPrivilegeEscalation: false
          `,
        },
      ],
    },
    {
      name: "with CAP_SYS_ADMIN added there is no fix (the API server would reject it)",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
            image: nginx
            securityContext:
              capabilities: {add: [SYS_ADMIN]}
      `,
      errors: [
        {
          message: "container \"web\" does not set securityContext.allowPrivilegeEscalation (expected false)",
          line: 8,
          column: 5,
        },
      ],
    },
  ],
});
