// Egress that leaves the cloud metadata endpoint 169.254.169.254 reachable.
import { ruleTester, yaml } from '../rule-tester.ts';

ruleTester('metadata-endpoint-egress', {
  valid: [
    {
      name: "egress to the internet except the metadata endpoint",
      code: yaml`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: web-egress}
        spec:
          podSelector: {matchLabels: {app: web}}
          policyTypes: [Egress]
          egress:
          - to:
            - ipBlock: {cidr: 0.0.0.0/0, except: [169.254.169.254/32]}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template:
            metadata: {labels: {app: web}}
            spec:
              containers:
              - name: web
      `,
    },
  ],
  invalid: [
    {
      name: "an ipBlock that contains it: a suggestion adds the exception",
      code: yaml`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: web-egress}
        spec:
          podSelector: {matchLabels: {app: web}}
          policyTypes: [Egress]
          egress:
          - to:
            - ipBlock:
                cidr: 0.0.0.0/0
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template:
            metadata: {labels: {app: web}}
            spec:
              containers:
              - name: web
      `,
      errors: [
        {
          message: "NetworkPolicy \"web-egress\" allows egress to the metadata endpoint 169.254.169.254",
          line: 10,
          column: 9,
          suggestion: yaml`
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: web-egress}
            spec:
              podSelector: {matchLabels: {app: web}}
              policyTypes: [Egress]
              egress:
              - to:
                - ipBlock:
                    cidr: 0.0.0.0/0
                    except:
                    - "169.254.169.254/32"
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              template:
                metadata: {labels: {app: web}}
                spec:
                  containers:
                  - name: web
          `,
        },
      ],
    },
    {
      name: "a policy that restricts only ingress",
      code: yaml`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: web-ingress}
        spec:
          podSelector: {matchLabels: {app: web}}
          ingress:
          - from:
            - podSelector: {matchLabels: {app: shop}}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template:
            metadata: {labels: {app: web}}
            spec:
              containers:
              - name: web
      `,
      errors: [
        {
          message: "no NetworkPolicy restricts egress of \"web\", so it can reach the metadata endpoint 169.254.169.254",
          line: 12,
          column: 12,
        },
      ],
    },
  ],
});
