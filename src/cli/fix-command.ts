import type { CommonOptions, Io } from './main.ts';
import { UsageError } from '../core/rules/registry.ts';

export async function runFix(_common: CommonOptions, _io: Io): Promise<number> {
  throw new UsageError('fix is not available yet');
}
