// Sysctls outside the safe set, which grows by Kubernetes version (baseline).
import { ruleTester, yaml } from '../rule-tester.ts';

ruleTester('sysctls', {
  valid: [
    {
      name: "safe sysctls",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          securityContext:
            sysctls:
            - {name: net.ipv4.ip_local_port_range, value: "1024 65535"}
            - {name: net.ipv4.tcp_keepalive_time, value: "600"}
          containers:
          - name: web
      `,
    },
  ],
  invalid: [
    {
      name: "kernel.msgmax, and a sysctl safe only from 1.29",
      version: '1.28',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          securityContext:
            sysctls:
            - name: kernel.msgmax
              value: "65536"
            - {name: net.ipv4.tcp_keepalive_time, value: "600"}
          containers:
          - name: web
      `,
      errors: [
        {
          message: "pod sets sysctl \"kernel.msgmax\", which is not in the safe set",
          line: 7,
          column: 7,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              securityContext:
                sysctls:
                - {name: net.ipv4.tcp_keepalive_time, value: "600"}
              containers:
              - name: web
          `,
        },
        {
          message: "pod sets sysctl \"net.ipv4.tcp_keepalive_time\", which is not in the safe set",
          line: 9,
          column: 8,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              securityContext:
                sysctls:
                - name: kernel.msgmax
                  value: "65536"
              containers:
              - name: web
          `,
        },
      ],
    },
  ],
});
