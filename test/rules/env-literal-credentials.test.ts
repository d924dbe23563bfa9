// Credentials written literally into env values: by name, or by their form (PEM private keys, cloud tokens).
import { ruleTester, yaml } from '../rule-tester.ts';

ruleTester('env-literal-credentials', {
  valid: [
    {
      name: "from a Secret, paths and references",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: api}
        spec:
          containers:
          - name: api
            env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: db, key: password}
            - name: TOKEN_FILE
              value: /var/run/secrets/token
            - name: API_KEY
              value: $(API_KEY_FROM_SECRET)
            - name: DATABASE_URL
              value: postgres://shop:$(DB_PASSWORD)@db.shop.svc:5432/shop
      `,
    },
  ],
  invalid: [
    {
      name: "a password by its name, a key by its PEM header",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: api}
        spec:
          containers:
          - name: api
            env:
            - name: DB_PASSWORD
              value: hunter2
            - name: SSH_IDENTITY
              value: |
                -----BEGIN OPENSSH PRIVATE KEY-----
                b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
                -----END OPENSSH PRIVATE KEY-----
      `,
      errors: [
        {
          message: "env variable DB_PASSWORD of container \"api\" holds a literal credential; use valueFrom.secretKeyRef",
          line: 9,
          column: 7,
        },
        {
          message: "env variable SSH_IDENTITY of container \"api\" holds a literal credential; use valueFrom.secretKeyRef",
          line: 11,
          column: 7,
        },
      ],
    },
    {
      name: "a connection string with a literal password, whatever its name",
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: shop}
        spec:
          template:
            spec:
              containers:
              - name: shop
                env:
                - name: DATABASE_URL
                  value: postgres://shop:s3cr3t@db.shop.svc:5432/shop
                - name: SQL
                  value: Server=db;Database=shop;User Id=shop;Password=s3cr3t;
      `,
      errors: [
        {
          message: "env variable DATABASE_URL of container \"shop\" holds a literal credential; use valueFrom.secretKeyRef",
          line: 11,
          column: 11,
        },
        {
          message: "env variable SQL of container \"shop\" holds a literal credential; use valueFrom.secretKeyRef",
          line: 13,
          column: 11,
        },
      ],
    },
  ],
});
