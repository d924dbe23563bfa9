// A real Redis for tests: Debian's redis-server on a free loopback port, no persistence, stopped
// afterwards. `.ci/run` installs redis-server when it is missing.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { freePort } from './free-port.ts';

export interface RedisServer {
  url: string;
  port: number;
  /** A client for looking at what the App stored. */
  client: Redis;
  stop(): Promise<void>;
}

export function redisServerInstalled(): boolean {
  return spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).status === 0;
}

export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  const server: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout!.on('data', (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start on port ${port}:\n${output}`)), 10_000);
    server.once('exit', (code) => reject(new Error(`redis-server exited with ${code}:\n${output}`)));
    server.stdout!.on('data', () => {
      if (/Ready to accept connections/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  const url = `redis://127.0.0.1:${port}`;
  const client = new Redis(url);
  return {
    url,
    port,
    client,
    async stop() {
      client.disconnect();
      if (server.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        server.once('exit', () => resolve());
        server.kill('SIGTERM');
      });
    },
  };
}
