// Secret manifests committed with literal values (lower severity than a credential in a ConfigMap).
import { ruleTester, yaml } from '../rule-tester.ts';

ruleTester('secret-literal-data', {
  valid: [
    {
      name: "encrypted with SOPS",
      code: yaml`
        apiVersion: v1
        kind: Secret
        metadata: {name: db}
        data:
          password: ENC[AES256_GCM,data:Tr7o=,iv:1=,tag:2=,type:str]
        sops:
          version: 3.9.0
      `,
    },
    {
      name: "a SealedSecret and a service account token Secret",
      code: yaml`
        apiVersion: bitnami.com/v1alpha1
        kind: SealedSecret
        metadata: {name: db}
        spec:
          encryptedData:
            password: AgBy3i4OJSWK+PiTySYZZA==
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: build-robot
          annotations: {kubernetes.io/service-account.name: build-robot}
        type: kubernetes.io/service-account-token
      `,
    },
  ],
  invalid: [
    {
      name: "data and stringData: one finding per Secret",
      code: yaml`
        apiVersion: v1
        kind: Secret
        metadata: {name: db}
        type: Opaque
        data:
          username: YWRtaW4=
        stringData:
          password: t0p-Secret
      `,
      errors: [
        {
          message: "Secret \"db\" commits 2 literal value(s) (username, password) to the repository; encrypt it with sealed-secrets or SOPS, or fetch it with external-secrets",
          line: 5,
          column: 1,
        },
      ],
    },
  ],
});
