// Seccomp must not be disabled (baseline), high under every profile: the field from 1.19, annotations before.
import { ruleTester, yaml } from '../rule-tester.ts';

ruleTester('seccomp-profile-baseline', {
  valid: [
    {
      name: "RuntimeDefault and Localhost",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          securityContext:
            seccompProfile: {type: RuntimeDefault}
          containers:
          - name: web
            securityContext:
              seccompProfile: {type: Localhost, localhostProfile: profiles/audit.json}
      `,
    },
    {
      name: "a Localhost profile the site allows",
      options: {"seccomp-profile-baseline":{"allowedLocalhostProfiles":["profiles/audit.json"]}},
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          securityContext:
            seccompProfile: {type: Localhost, localhostProfile: profiles/audit.json}
          containers:
          - name: web
      `,
    },
  ],
  invalid: [
    {
      name: "Unconfined on the pod: a suggestion, high under the default profile",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          securityContext:
            seccompProfile:
              type: Unconfined
          containers:
          - name: web
      `,
      errors: [
        {
          message: "pod sets securityContext.seccompProfile.type to \"Unconfined\"; allowed: \"RuntimeDefault\" or \"Localhost\"",
          line: 7,
          column: 7,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              securityContext:
                seccompProfile:
                  type: RuntimeDefault
              containers:
              - name: web
          `,
        },
      ],
    },
    {
      name: "the unconfined annotation before 1.19",
      version: '1.18',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          annotations:
            seccomp.security.alpha.kubernetes.io/pod: unconfined
        spec:
          containers:
          - name: web
      `,
      errors: [
        {
          message: "annotation seccomp.security.alpha.kubernetes.io/pod is \"unconfined\"; allowed: \"runtime/default\" or \"docker/default\" or \"localhost/…\"",
          line: 6,
          column: 5,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              annotations:
                seccomp.security.alpha.kubernetes.io/pod: runtime/default
            spec:
              containers:
              - name: web
          `,
        },
      ],
    },
    {
      name: "a Localhost profile the site does not allow: the suggestion drops its name",
      options: {"seccomp-profile-baseline":{"allowedLocalhostProfiles":["profiles/audit.json"]}},
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
            securityContext:
              seccompProfile:
                type: Localhost
                localhostProfile: profiles/permissive.json
      `,
      errors: [
        {
          message: "container \"web\" sets securityContext.seccompProfile.type to \"Localhost\" (localhostProfile \"profiles/permissive.json\"); allowed: \"RuntimeDefault\" or \"Localhost\" with localhostProfile \"profiles/audit.json\"",
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
                  seccompProfile:
                    type: RuntimeDefault
          `,
        },
      ],
    },
  ],
});
