// A seccomp profile must be set (restricted); Unconfined is seccomp-profile-baseline's finding.
import { ruleTester, yaml } from '../rule-tester.ts';

ruleTester('seccomp-profile-restricted', {
  valid: [
    {
      name: "RuntimeDefault on the pod",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          securityContext:
            seccompProfile: {type: RuntimeDefault}
          containers:
          - name: web
      `,
    },
    {
      name: "Unconfined is the baseline rule's finding, not a missing profile",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          securityContext:
            seccompProfile: {type: Unconfined}
          containers:
          - name: web
      `,
    },
  ],
  invalid: [
    {
      name: "unset: one finding at the pod, a safe fix",
      code: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: nightly}
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers:
                  - name: job
      `,
      errors: [
        {
          message: "neither the pod nor container \"job\" set securityContext.seccompProfile.type (expected \"RuntimeDefault\" or \"Localhost\")",
          line: 9,
          column: 9,
          output: yaml`
            apiVersion: batch/v1
            kind: CronJob
            metadata: {name: nightly}
            spec:
              schedule: "0 3 * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: OnFailure
                      containers:
                      - name: job
                      securityContext:
                        seccompProfile:
                          type: RuntimeDefault
          `,
        },
      ],
    },
  ],
});
