// Windows HostProcess containers (baseline, critical).
import { ruleTester, yaml } from '../rule-tester.ts';

ruleTester('windows-host-process', {
  valid: [
    {
      name: "an ordinary Windows pod",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: iis}
        spec:
          os: {name: windows}
          containers:
          - name: iis
      `,
    },
  ],
  invalid: [
    {
      name: "hostProcess on the pod",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: agent}
        spec:
          securityContext:
            windowsOptions:
              hostProcess: true
          hostNetwork: true
          containers:
          - name: agent
      `,
      errors: [
        {
          message: "pod runs as a Windows HostProcess (securityContext.windowsOptions.hostProcess: true)",
          line: 7,
          column: 7,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: agent}
            spec:
              hostNetwork: true
              containers:
              - name: agent
          `,
        },
      ],
    },
  ],
});
