// An explicit AppArmor profile: the field from 1.30, the per-container annotation before; one finding per problem.
import { ruleTester, yaml } from '../rule-tester.ts';

ruleTester('apparmor-profile-required', {
  valid: [
    {
      name: "RuntimeDefault on the pod",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          securityContext:
            appArmorProfile: {type: RuntimeDefault}
          containers:
          - name: web
      `,
    },
    {
      name: "an unconfined profile is the baseline rule's finding, not a missing one",
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
          - name: sidecar
            securityContext:
              appArmorProfile: {type: Unconfined}
      `,
    },
    {
      name: "every container annotated before 1.30",
      version: '1.29',
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
    },
  ],
  invalid: [
    {
      name: "no profile from 1.30: one finding at the pod, a safe fix",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
          - name: sidecar
            securityContext:
              appArmorProfile: {type: RuntimeDefault}
      `,
      errors: [
        {
          message: "no AppArmor profile is set for container(s) \"web\": set securityContext.appArmorProfile on the pod",
          line: 4,
          column: 1,
          output: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: web
              - name: sidecar
                securityContext:
                  appArmorProfile: {type: RuntimeDefault}
              securityContext:
                appArmorProfile:
                  type: RuntimeDefault
          `,
        },
      ],
    },
    {
      name: "an annotation naming a container the pod does not have",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          annotations:
            container.apparmor.security.beta.kubernetes.io/wbe: runtime/default
        spec:
          securityContext:
            appArmorProfile: {type: RuntimeDefault}
          containers:
          - name: web
          - name: sidecar
      `,
      errors: [
        {
          message: "annotation container.apparmor.security.beta.kubernetes.io/wbe names container \"wbe\", which the pod does not have (its containers: \"web\", \"sidecar\"); it protects nothing",
          line: 6,
          column: 5,
        },
      ],
    },
    {
      name: "a container without the annotation before 1.30",
      version: '1.29',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template:
            metadata:
              annotations:
                container.apparmor.security.beta.kubernetes.io/web: runtime/default
            spec:
              containers:
              - name: web
              - name: sidecar
      `,
      errors: [
        {
          message: "container \"sidecar\" has no AppArmor profile: annotate the pod template with container.apparmor.security.beta.kubernetes.io/sidecar",
          line: 12,
          column: 9,
          output: yaml`
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              template:
                metadata:
                  annotations:
                    container.apparmor.security.beta.kubernetes.io/web: runtime/default
                    container.apparmor.security.beta.kubernetes.io/sidecar: runtime/default
                spec:
                  containers:
                  - name: web
                  - name: sidecar
          `,
        },
      ],
    },
  ],
});
