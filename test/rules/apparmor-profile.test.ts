// AppArmor must not be disabled: the Unconfined field or the unconfined annotation (baseline).
import { ruleTester, yaml } from '../rule-tester.ts';

ruleTester('apparmor-profile', {
  valid: [
    {
      name: "RuntimeDefault and Localhost",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          securityContext:
            appArmorProfile: {type: RuntimeDefault}
          containers:
          - name: web
            securityContext:
              appArmorProfile: {type: Localhost, localhostProfile: k8s-apparmor-example-deny-write}
      `,
    },
    {
      name: "a Localhost profile the site allows",
      options: {"apparmor-profile":{"allowedLocalhostProfiles":["k8s-apparmor-example-deny-write"]}},
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
      `,
    },
  ],
  invalid: [
    {
      name: "Unconfined field on the pod and a container",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          securityContext:
            appArmorProfile:
              type: Unconfined
          containers:
          - name: web
            securityContext:
              appArmorProfile: {type: Unconfined}
      `,
      errors: [
        {
          message: "pod sets securityContext.appArmorProfile.type to \"Unconfined\"; allowed: \"RuntimeDefault\" or \"Localhost\"",
          line: 7,
          column: 7,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              securityContext:
                appArmorProfile:
                  type: RuntimeDefault
              containers:
              - name: web
                securityContext:
                  appArmorProfile: {type: Unconfined}
          `,
        },
        {
          message: "container \"web\" sets securityContext.appArmorProfile.type to \"Unconfined\"; allowed: \"RuntimeDefault\" or \"Localhost\"",
          line: 11,
          column: 25,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              securityContext:
                appArmorProfile:
                  type: Unconfined
              containers:
              - name: web
                securityContext:
                  appArmorProfile: {type: RuntimeDefault}
          `,
        },
      ],
    },
    {
      name: "the unconfined annotation",
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
          message: "annotation container.apparmor.security.beta.kubernetes.io/web is \"unconfined\"; allowed: \"runtime/default\" or \"localhost/…\"",
          line: 6,
          column: 5,
          suggestion: yaml`
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
    },
    {
      name: "a Localhost profile the site does not allow",
      options: {"apparmor-profile":{"allowedLocalhostProfiles":["deny-write"]}},
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
            securityContext:
              appArmorProfile: {type: Localhost, localhostProfile: allow-everything}
      `,
      errors: [
        {
          message: "container \"web\" sets securityContext.appArmorProfile.type to \"Localhost\" (localhostProfile \"allow-everything\"); allowed: \"RuntimeDefault\" or \"Localhost\" with localhostProfile \"deny-write\"",
          line: 8,
          column: 25,
          suggestion: yaml`
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
      ],
    },
  ],
});
