// hostPath volumes (baseline), high under every profile; a site may allow read-only prefixes.
import { ruleTester, yaml } from '../rule-tester.ts';

ruleTester('host-path-volumes', {
  valid: [
    {
      name: "emptyDir and configMap volumes",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
          volumes:
          - name: cache
            emptyDir: {}
          - name: config
            configMap: {name: web}
      `,
    },
    {
      name: "a read-only hostPath under a prefix the site allows",
      options: {"host-path-volumes":{"allowedReadOnlyHostPaths":["/var/log"]}},
      code: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: fluent-bit}
        spec:
          template:
            spec:
              containers:
              - name: fluent-bit
                volumeMounts:
                - {name: pods, mountPath: /var/log/pods, readOnly: true}
              volumes:
              - name: pods
                hostPath: {path: /var/log/pods}
      `,
    },
  ],
  invalid: [
    {
      name: "the node's root: a suggestion replaces it with an emptyDir",
      profile: 'restricted',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: debug}
        spec:
          containers:
          - name: debug
            volumeMounts:
            - {name: host, mountPath: /host}
          volumes:
          - name: host
            hostPath:
              path: /
      `,
      errors: [
        {
          message: "volume \"host\" mounts a path of the node (hostPath)",
          line: 11,
          column: 5,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: debug}
            spec:
              containers:
              - name: debug
                volumeMounts:
                - {name: host, mountPath: /host}
              volumes:
              - name: host
                emptyDir: {}
          `,
        },
      ],
    },
    {
      name: "an allowed prefix mounted writable is still a finding",
      options: {"host-path-volumes":{"allowedReadOnlyHostPaths":["/var/log"]}},
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: collector}
        spec:
          containers:
          - name: collector
            volumeMounts:
            - {name: logs, mountPath: /logs}
          volumes:
          - name: logs
            hostPath: {path: /var/log}
      `,
      errors: [
        {
          message: "volume \"logs\" mounts a path of the node (hostPath)",
          line: 11,
          column: 5,
          suggestion: yaml`
            apiVersion: v1
            kind: Pod
            metadata: {name: collector}
            spec:
              containers:
              - name: collector
                volumeMounts:
                - {name: logs, mountPath: /logs}
              volumes:
              - name: logs
                emptyDir: {}
          `,
        },
      ],
    },
  ],
});
