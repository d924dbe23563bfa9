// Fixture files with their expectations written in leading comments:
//   # options: profile=baseline version=1.29
//   # expect: <rule> <line>:<column>
import { readFileSync } from 'node:fs';
import type { Profile, ScanOptions } from '../../src/core/types.ts';
import { DEFAULT_KUBERNETES_VERSION } from '../../src/core/versions.ts';

export interface FixtureHeader {
  options: ScanOptions;
  expects: string[];
}

export function readHeader(text: string): FixtureHeader {
  text = text.replace(/\r\n/g, '\n');
  const options: ScanOptions = { profile: 'hardened', kubernetesVersion: DEFAULT_KUBERNETES_VERSION };
  const expects: string[] = [];
  for (const line of text.split('\n')) {
    const opt = /^# options: (.*)$/.exec(line);
    if (opt) {
      for (const kv of opt[1]!.trim().split(/\s+/)) {
        const [k, v] = kv.split('=');
        if (k === 'profile') options.profile = v as Profile;
        else if (k === 'version') options.kubernetesVersion = v!;
        else if (k === 'only') options.only = v!.split(',');
        else throw new Error(`unknown fixture option ${kv}`);
      }
    }
    const exp = /^# expect: (\S+ \d+:\d+)\s*$/.exec(line);
    if (exp) expects.push(exp[1]!);
  }
  return { options, expects };
}

export function readFixture(path: string): { text: string; header: FixtureHeader } {
  const text = readFileSync(path, 'utf8');
  return { text, header: readHeader(text) };
}
