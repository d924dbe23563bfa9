// Drop ALL and add back at most NET_BIND_SERVICE (restricted); capabilities outside the default set are capabilities-baseline's.
import { ruleTester, yaml } from '../rule-tester.ts';

ruleTester('capabilities-restricted', {
  valid: [
    {
      name: "drop ALL, add NET_BIND_SERVICE",
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
    {
      name: "SYS_ADMIN is capabilities-baseline's finding, not this rule's",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
            securityContext:
              capabilities: {drop: [ALL], add: [SYS_ADMIN]}
      `,
    },
  ],
  invalid: [
    {
      name: "no drop: a suggestion drops ALL (nothing proves the container needs no capability)",
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
          message: "container \"web\" does not drop ALL capabilities",
          line: 6,
          column: 5,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: web
                image: nginx
                securityContext:
                  capabilities:
                    drop:
                    - ALL
          `,
        },
      ],
    },
    {
      name: "drop: [all] gets the hint that the name is ALL",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
            securityContext:
              capabilities:
                drop: [all]
      `,
      errors: [
        {
          message: "container \"web\" drops [\"all\"] but not ALL capabilities (names are case-sensitive: write \"ALL\", not \"all\")",
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
                  capabilities:
                    drop: [ALL]
          `,
        },
      ],
    },
    {
      name: "a default capability other than NET_BIND_SERVICE added",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
            securityContext:
              capabilities:
                drop: [ALL]
                add: [CHOWN]
      `,
      errors: [
        {
          message: "container \"web\" adds capability \"CHOWN\"; only NET_BIND_SERVICE may be added",
          line: 10,
          column: 15,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: web
                securityContext:
                  capabilities:
                    drop: [ALL]
                    add: []
          `,
        },
      ],
    },
  ],
});
