// Which binary renders kustomize roots and how: `kustomize build` when kustomize is on PATH (else
// `kubectl kustomize`), always offline (git may use no network protocol, HTTP goes to a dead proxy).
// A fake kustomize prints, as a container name, what it was given.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanSources } from '../src/sources/index.ts';
import { FIXTURES } from './helpers/paths.ts';

const bin = mkdtempSync(join(tmpdir(), 'podarmor-fake-kustomize-'));
writeFileSync(
  join(bin, 'kustomize'),
  [
    '#!/bin/sh',
    '[ "$1" = version ] && { echo v5.5.0; exit 0; }',
    'cat <<END',
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: probe',
    'spec:',
    '  containers:',
    '  - name: "$1|$GIT_ALLOW_PROTOCOL|$HTTPS_PROXY|$GIT_TERMINAL_PROMPT"',
    '    image: busybox:1.36',
    '    securityContext:',
    '      privileged: true',
    'END',
    '',
  ].join('\n'),
);
chmodSync(join(bin, 'kustomize'), 0o755);
afterAll(() => rmSync(bin, { recursive: true, force: true }));

describe('the kustomize binary', () => {
  it('is `kustomize build` when on PATH, run offline', async () => {
    const path = process.env.PATH;
    process.env.PATH = `${bin}:${path}`;
    try {
      const result = await scanSources(join(FIXTURES, 'sources', 'kustomize', 'shop'), ['overlays/staging'], { scan: { profile: 'baseline', kubernetesVersion: '1.35', only: ['privileged'] } });
      expect(result.findings.map((f) => f.container)).toEqual(['build|file|http://127.0.0.1:9|0']);
      // No origin annotation in this output: the finding goes to the root's kustomization.
      expect(result.findings[0]!.file).toBe('overlays/staging/kustomization.yaml');
    } finally {
      process.env.PATH = path;
    }
  });
});
