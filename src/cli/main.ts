// The podarmor command line: `scan`, `fix`, `review`, `rules`. Exit codes: 0 when nothing
// reaches --fail-on, 1 when something does, 2 on usage errors. This file only dispatches.
import { UsageError } from '../core/errors.ts';
import { VERSION } from '../version.ts';
import { fixCommand } from './fix-command.ts';
import { commonOptions, parseCommandLine, USAGE, type Io } from './options.ts';
import { reviewCommand } from './review-command.ts';
import { rulesCommand } from './rules-command.ts';
import { scanCommand } from './scan-command.ts';

export async function main(argv: string[], io: Io): Promise<number> {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (err) {
    io.stderr(`podarmor: ${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const [command, ...paths] = positionals;
  if (values.help || !command) {
    (command || values.help ? io.stdout : io.stderr)(USAGE);
    return values.help ? 0 : 2;
  }
  try {
    const common = commonOptions(values, paths, io);
    switch (command) {
      case 'scan':
        return await scanCommand(common, io);
      case 'fix':
        return await fixCommand(common, io);
      case 'review':
        return await reviewCommand(common, io);
      case 'rules':
        return rulesCommand(values.format ?? 'text', io);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`podarmor: ${err.message}\nRun podarmor --help for usage.\n`);
      return 2;
    }
    throw err;
  }
}
