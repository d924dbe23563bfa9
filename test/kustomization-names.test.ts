// One list of kustomization file names for discovery, pull-request reads, GitOps and placement.
import { expect, it } from 'vitest';
import { isKustomizationFile } from '../src/core/kustomization.ts';

it.each([
  ['kustomization.yaml', true],
  ['deploy/overlays/prod/kustomization.yml', true],
  ['base/Kustomization', true],
  ['base/kustomization.yaml.bak', false],
  ['kustomization/deployment.yaml', false],
  ['base/my-kustomization.yaml', false],
])('%s is a kustomization file: %s', (path, expected) => {
  expect(isKustomizationFile(path)).toBe(expected);
});
