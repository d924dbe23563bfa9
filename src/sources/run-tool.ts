// Runs a renderer binary (kubectl, kustomize, helm) on content we do not trust: no shell, a time
// limit, a cap on what it may print, and its first error line kept for the user.
// node:child_process is loaded when a tool first runs: most scans run none, and loading it is a
// tenth of a small scan's start-up.
const childProcess = () => import('node:child_process');

export interface ToolRun {
  ok: boolean;
  stdout: string;
  /** The tool's first meaningful error line, or why we stopped it (time limit, output cap, not found). */
  error?: string;
}

export interface ToolLimits {
  timeoutMs: number;
  maxOutputBytes: number;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

export const DEFAULT_TOOL_LIMITS: ToolLimits = { timeoutMs: 60_000, maxOutputBytes: 64 * 1024 * 1024 };

export async function runTool(command: string, args: readonly string[], limits: ToolLimits = DEFAULT_TOOL_LIMITS): Promise<ToolRun> {
  const { spawn } = await childProcess();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: limits.cwd, env: limits.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outBytes = 0;
    let stopped: string | undefined;
    const stop = (why: string) => {
      if (stopped) return;
      stopped = why;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop(`${command} took longer than ${Math.round(limits.timeoutMs / 1000)} s and was stopped`), limits.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      outBytes += chunk.length;
      if (outBytes > limits.maxOutputBytes) stop(`${command} printed more than ${limits.maxOutputBytes} bytes and was stopped`);
      else out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (err.reduce((n, b) => n + b.length, 0) < 64 * 1024) err.push(chunk);
    });
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ ok: false, stdout: '', error: e.code === 'ENOENT' ? `${command} is not on PATH` : `${command} could not be started: ${e.message}` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      if (stopped) return resolve({ ok: false, stdout: '', error: stopped });
      if (code === 0) return resolve({ ok: true, stdout });
      resolve({ ok: false, stdout, error: firstErrorLine(Buffer.concat(err).toString('utf8')) ?? `${command} exited with code ${code}` });
    });
  });
}

/** The line a user needs from a tool's stderr: the first `Error:` line, else the first non-empty one. */
export function firstErrorLine(stderr: string): string | undefined {
  const lines = stderr.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /^error\b/i.test(l)) ?? lines[0];
}

/** Whether a command can be run at all (on PATH and executable). */
export async function toolAvailable(command: string, versionArgs: readonly string[] = ['version']): Promise<boolean> {
  const run = await runTool(command, versionArgs, { timeoutMs: 10_000, maxOutputBytes: 1024 * 1024 });
  return run.ok;
}
