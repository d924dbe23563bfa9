// Runs the podarmor command in memory: arguments and stdin in, exit code and both outputs out.
import { main } from '../../src/cli/main.ts';
import type { Io } from '../../src/cli/options.ts';

export async function runCli(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    stdin: async () => new TextEncoder().encode(stdin),
    color: false,
  };
  const code = await main(args, io);
  return { code, out, err };
}
