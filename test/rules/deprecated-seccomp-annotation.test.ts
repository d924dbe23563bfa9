// Seccomp annotations are replaced by the field from 1.19 and ignored from 1.27: the fix moves the profile.
import { ruleTester, yaml } from '../rule-tester.ts';

ruleTester('deprecated-seccomp-annotation', {
  valid: [
    {
      name: "the field",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          securityContext:
            seccompProfile: {type: RuntimeDefault}
          containers:
          - name: web
      `,
    },
  ],
  invalid: [
    {
      name: "the pod annotation moves to the pod, the container annotation to its container",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          annotations:
            seccomp.security.alpha.kubernetes.io/pod: runtime/default
            container.seccomp.security.alpha.kubernetes.io/web: localhost/profiles/audit.json
        spec:
          containers:
          - name: web
      `,
      errors: [
        {
          message: "annotation seccomp.security.alpha.kubernetes.io/pod is deprecated and ignored from Kubernetes 1.27: use securityContext.seccompProfile",
          line: 6,
          column: 5,
          output: yaml`
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              annotations:
                container.seccomp.security.alpha.kubernetes.io/web: localhost/profiles/audit.json
            spec:
              containers:
              - name: web
              securityContext:
                seccompProfile:
                  type: RuntimeDefault
          `,
        },
        {
          message: "annotation container.seccomp.security.alpha.kubernetes.io/web is deprecated and ignored from Kubernetes 1.27: use securityContext.seccompProfile",
          line: 7,
          column: 5,
          output: yaml`
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              annotations:
                seccomp.security.alpha.kubernetes.io/pod: runtime/default
            spec:
              containers:
              - name: web
                securityContext:
                  seccompProfile:
                    type: Localhost
                    localhostProfile: profiles/audit.json
          `,
        },
      ],
    },
  ],
});
