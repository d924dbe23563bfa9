// Pods of the default service account must not mount its token; the pod field wins over the ServiceAccount's.
import { ruleTester, yaml } from '../rule-tester.ts';

ruleTester('automount-service-account-token', {
  valid: [
    {
      name: "the pod opts out",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          automountServiceAccountToken: false
          containers:
          - name: web
      `,
    },
    {
      name: "the default ServiceAccount of the namespace opts out",
      code: yaml`
        apiVersion: v1
        kind: ServiceAccount
        metadata: {name: default, namespace: shop}
        automountServiceAccountToken: false
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: shop}
        spec:
          template:
            spec:
              containers:
              - name: web
      `,
    },
    {
      name: "a dedicated service account, named by the deprecated serviceAccount alias",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: controller}
        spec:
          serviceAccount: controller
          containers:
          - name: manager
      `,
    },
  ],
  invalid: [
    {
      name: "unset: a suggestion sets it to false",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
      `,
      errors: [
        {
          message: "the pod runs as the default service account with its API token mounted; set automountServiceAccountToken: false",
          line: 4,
          column: 1,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: web
              automountServiceAccountToken: false
          `,
        },
      ],
    },
    {
      name: "true on the pod overrides the ServiceAccount; another namespace's ServiceAccount does not count",
      code: yaml`
        apiVersion: v1
        kind: ServiceAccount
        metadata: {name: default, namespace: shop}
        automountServiceAccountToken: false
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: web, namespace: shop}
        spec:
          automountServiceAccountToken: true
          containers:
          - name: web
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: web, namespace: other}
        spec:
          serviceAccountName: default
          containers:
          - name: web
      `,
      errors: [
        {
          message: "the pod mounts the default service account's API token (automountServiceAccountToken: true)",
          line: 10,
          column: 3,
          suggestion: yaml`
            apiVersion: v1
            kind: ServiceAccount
            metadata: {name: default, namespace: shop}
            automountServiceAccountToken: false
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web, namespace: shop}
            spec:
              automountServiceAccountToken: false
              containers:
              - name: web
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web, namespace: other}
            spec:
              serviceAccountName: default
              containers:
              - name: web
          `,
        },
        {
          message: "the pod runs as the default service account with its API token mounted; set automountServiceAccountToken: false",
          line: 17,
          column: 1,
          suggestion: yaml`
            apiVersion: v1
            kind: ServiceAccount
            metadata: {name: default, namespace: shop}
            automountServiceAccountToken: false
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web, namespace: shop}
            spec:
              automountServiceAccountToken: true
              containers:
              - name: web
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web, namespace: other}
            spec:
              serviceAccountName: default
              containers:
              - name: web
              automountServiceAccountToken: false
          `,
        },
      ],
    },
  ],
});
