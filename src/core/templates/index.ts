// The registry of check templates that rules/*.yaml can name.
import type { Template } from './api.ts';
import { annotationValues } from './annotation-values.ts';
import { apparmorRequired } from './apparmor-required.ts';
import { configMapCredentials, secretLiteralData } from './config-credentials.ts';
import { deprecatedAnnotation } from './deprecated-annotation.ts';
import { envLiteralSecrets } from './env-literal-secrets.ts';
import { metadataEgress, networkPolicyCoverage } from './network-policy-checks.ts';
import { securityField } from './security-field.ts';
import { serviceAccountToken } from './service-account-token.ts';
import { suppressionSyntax } from './suppression-syntax.ts';
import { volumeTypes } from './volume-types.ts';

export const TEMPLATES: Readonly<Record<string, Template>> = Object.fromEntries(
  [securityField, annotationValues, volumeTypes, apparmorRequired, deprecatedAnnotation, envLiteralSecrets, networkPolicyCoverage, metadataEgress, suppressionSyntax, serviceAccountToken, configMapCredentials, secretLiteralData].map((t) => [t.name, t]),
);
