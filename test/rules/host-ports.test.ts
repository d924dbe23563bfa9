// hostPort binds a port of the node (baseline); a site may allow ports and ranges.
import { ruleTester, yaml } from '../rule-tester.ts';

ruleTester('host-ports', {
  valid: [
    {
      name: "containerPort only, or hostPort 0",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
            ports:
            - containerPort: 8080
            - {containerPort: 8443, hostPort: 0}
      `,
    },
    {
      name: "a port the site allows",
      options: {"host-ports":{"allowedHostPorts":[9100]}},
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: node-exporter}
        spec:
          containers:
          - name: node-exporter
            ports:
            - {containerPort: 9100, hostPort: 9100}
      `,
    },
  ],
  invalid: [
    {
      name: "hostPort 8080: a suggestion removes it",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
            ports:
            - containerPort: 8080
              hostPort: 8080
      `,
      errors: [
        {
          message: "container \"web\" binds port 8080 of the node (hostPort)",
          line: 9,
          column: 7,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: web
                ports:
                - containerPort: 8080
          `,
        },
      ],
    },
    {
      name: "outside the allowed range",
      options: {"host-ports":{"allowedHostPorts":["30000-32767"]}},
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
            ports:
            - {containerPort: 80, hostPort: 80}
            - {containerPort: 30080, hostPort: 30080}
      `,
      errors: [
        {
          message: "container \"web\" binds port 80 of the node (hostPort)",
          line: 8,
          column: 27,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: web
                ports:
                - {containerPort: 80}
                - {containerPort: 30080, hostPort: 30080}
          `,
        },
      ],
    },
  ],
});
