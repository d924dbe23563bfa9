import type { CommonOptions, Io } from './main.ts';
import { UsageError } from '../core/rules/registry.ts';

export async function runReview(_common: CommonOptions, _io: Io): Promise<number> {
  throw new UsageError('review is not available yet');
}
