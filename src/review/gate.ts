// Gating on what a change introduces: `fail-on` counts only findings whose fingerprint is absent
// from the base version of their file (`gate: new`, the default), or every finding (`gate: all`).
// Fingerprints do not depend on line numbers, so a finding that only moved is still old. The same
// idea outside GitHub: a baseline file of fingerprints written by `scan --write-baseline`.
import { scan } from '../core/scan.ts';
import { counted } from '../core/report/words.ts';
import type { Finding, InputFile, ScanOptions } from '../core/types.ts';

export const GATES = ['new', 'all'] as const;
export type Gate = (typeof GATES)[number];

export interface GateResult {
  gate: Gate;
  /** The findings fail-on counts. */
  counted: Finding[];
  /** Findings already in the base version (not counted under `gate: new`). */
  preexisting: Finding[];
}

/** Fingerprints of the findings in the base versions of changed files. Each base file is scanned
 * under its path at the head (a renamed file keeps its findings' identity), with the head's
 * unchanged neighbours as context. */
export function baseFingerprints(baseFiles: readonly InputFile[], context: readonly InputFile[], options: ScanOptions): Set<string> {
  const paths = new Set(baseFiles.map((f) => f.path));
  return new Set(scan([...baseFiles, ...context.filter((f) => !paths.has(f.path))], options).findings.filter((f) => paths.has(f.file)).map((f) => f.fingerprint));
}

/** Splits findings into what fail-on counts and what was there before. Without a base (it could not
 * be read), every finding counts. */
export function applyGate(findings: readonly Finding[], base: ReadonlySet<string> | undefined, gate: Gate): GateResult {
  if (gate === 'all' || !base) return { gate, counted: [...findings], preexisting: [] };
  return { gate, counted: findings.filter((f) => !base.has(f.fingerprint)), preexisting: findings.filter((f) => base.has(f.fingerprint)) };
}

/** One sentence for summaries: how many findings are new and how many were already there. */
export function gateSentence(result: GateResult, baseName = 'the base branch'): string {
  if (result.gate === 'all') return `gate: all — fail-on counts every finding, old or new.`;
  const news = result.counted.length;
  const old = result.preexisting.length;
  return `gate: new — ${counted(news, 'finding')} ${news === 1 ? 'is' : 'are'} new; ${counted(old, 'finding')} ${old === 1 ? 'was' : 'were'} already on ${baseName} and ${old === 1 ? 'does' : 'do'} not count toward fail-on.`;
}

interface BaselineFile {
  'podarmor-baseline': 1;
  fingerprints: string[];
}

/** The baseline file for `scan --write-baseline`: the fingerprints of `findings`, sorted. */
export function baselineJson(findings: readonly Finding[]): string {
  const file: BaselineFile = { 'podarmor-baseline': 1, fingerprints: [...new Set(findings.map((f) => f.fingerprint))].sort() };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A baseline file's fingerprints; a problem message (naming the file) when it is not one. */
export function parseBaseline(text: string, path: string): { fingerprints: Set<string> } | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { problem: `${path} is not JSON: ${(err as Error).message}` };
  }
  const file = data as Partial<BaselineFile> | null;
  if (!file || typeof file !== 'object' || file['podarmor-baseline'] !== 1 || !Array.isArray(file.fingerprints) || !file.fingerprints.every((f) => typeof f === 'string')) {
    return { problem: `${path} is not a podarmor baseline (write one with podarmor scan --write-baseline ${path})` };
  }
  return { fingerprints: new Set(file.fingerprints) };
}
