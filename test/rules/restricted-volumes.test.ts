// Only ephemeral and PersistentVolume-backed volume types at the restricted level; hostPath is host-path-volumes'.
import { ruleTester, yaml } from '../rule-tester.ts';

ruleTester('restricted-volumes', {
  valid: [
    {
      name: "the allowed types, and a volume with only a name (an emptyDir)",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
          volumes:
          - name: scratch
          - name: data
            persistentVolumeClaim: {claimName: data}
          - name: token
            projected:
              sources:
              - serviceAccountToken: {path: token}
      `,
    },
    {
      name: "hostPath is host-path-volumes' finding (high at every profile)",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: web
          volumes:
          - name: logs
            hostPath: {path: /var/log}
      `,
    },
  ],
  invalid: [
    {
      name: "an NFS volume written into the pod",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: backup}
        spec:
          containers:
          - name: backup
          volumes:
          - name: exports
            nfs: {server: nfs.example.com, path: /exports}
      `,
      errors: [
        {
          message: "volume \"exports\" uses the nfs volume type, which the restricted level does not allow",
          line: 9,
          column: 5,
        },
      ],
    },
  ],
});
