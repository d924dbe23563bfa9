// AppArmor annotations are deprecated from 1.30: the fix moves the profile to the field.
import { ruleTester, yaml } from '../rule-tester.ts';

ruleTester('deprecated-apparmor-annotation', {
  valid: [
    {
      name: "the field",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
            securityContext:
              appArmorProfile: {type: RuntimeDefault}
      `,
    },
    {
      name: "the annotation before 1.30",
      version: '1.29',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          annotations:
            container.apparmor.security.beta.kubernetes.io/web: runtime/default
        spec:
          containers:
          - name: web
      `,
    },
  ],
  invalid: [
    {
      name: "a Localhost profile moves to the container's field (safe)",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: hello-apparmor
          annotations:
            container.apparmor.security.beta.kubernetes.io/hello: localhost/k8s-apparmor-example-deny-write
        spec:
          containers:
          - name: hello
            image: busybox:1.28
      `,
      errors: [
        {
          message: "annotation container.apparmor.security.beta.kubernetes.io/hello is deprecated since Kubernetes 1.30: use securityContext.appArmorProfile",
          line: 6,
          column: 5,
          output: yaml`
            apiVersion: v1
            kind: Pod
            metadata:
              name: hello-apparmor
            spec:
              containers:
              - name: hello
                image: busybox:1.28
                securityContext:
                  appArmorProfile:
                    type: Localhost
                    localhostProfile: k8s-apparmor-example-deny-write
          `,
        },
      ],
    },
    {
      name: "moving unconfined keeps it unconfined: a suggestion",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          annotations:
            container.apparmor.security.beta.kubernetes.io/web: unconfined
        spec:
          containers:
          - name: web
      `,
      errors: [
        {
          message: "annotation container.apparmor.security.beta.kubernetes.io/web is deprecated since Kubernetes 1.30: use securityContext.appArmorProfile",
          line: 6,
          column: 5,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
              - name: web
                securityContext:
                  appArmorProfile:
                    type: Unconfined
          `,
        },
      ],
    },
  ],
});
