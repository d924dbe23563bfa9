// Credentials in ConfigMap data: private keys by their PEM header, tokens, connection strings with passwords, credential lines of embedded files.
import { ruleTester, yaml } from '../rule-tester.ts';

ruleTester('configmap-credentials', {
  valid: [
    {
      name: "configuration without credentials",
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: game-demo}
        data:
          player_initial_lives: "3"
          ui_properties_file_name: user-interface.properties
          DATABASE_URL: postgres://db.shop.svc:5432/shop
          DB_PASSWORD_FILE: /etc/secrets/db-password
          ca.crt: |
            -----BEGIN CERTIFICATE-----
            MIIBszCCAVmgAwIBAgIUY5nZ
            -----END CERTIFICATE-----
      `,
    },
    {
      name: "placeholders filled in at deploy time",
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: app}
        data:
          API_TOKEN: \${API_TOKEN}
          REDIS_URL: redis://:\${REDIS_PASSWORD}@redis:6379
      `,
    },
  ],
  invalid: [
    {
      name: "a private key, found by its header, on the line of the header",
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: app}
        data:
          tls.key: |
            -----BEGIN RSA PRIVATE KEY-----
            MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun
            -----END RSA PRIVATE KEY-----
      `,
      errors: [
        {
          message: "ConfigMap \"app\" key tls.key holds a private key; ConfigMaps are not secret: move it to a Secret",
          line: 6,
          column: 5,
        },
      ],
    },
    {
      name: "a connection string with a password, and a password line of an embedded file",
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: app}
        data:
          DATABASE_URL: postgres://shop:s3cr3t@db.shop.svc:5432/shop
          application.properties: |
            server.port=8080
            spring.datasource.password=s3cr3t
      `,
      errors: [
        {
          message: "ConfigMap \"app\" key DATABASE_URL holds a connection string with a password; ConfigMaps are not secret: move it to a Secret",
          line: 5,
          column: 3,
        },
        {
          message: "ConfigMap \"app\" key application.properties holds a credential; ConfigMaps are not secret: move it to a Secret",
          line: 8,
          column: 5,
        },
      ],
    },
  ],
});
