// An HTTP front for the nock-mocked GitHub, for App replicas running as separate processes: they
// talk to it as to a GitHub Enterprise Server (GHE_HOST=127.0.0.1:<port>, GHE_PROTOCOL=http), and
// it replays each request in this process, where MockGitHub (with that enterpriseHost) answers.
import { createServer, type Server } from 'node:http';
import { freePort } from './free-port.ts';

export const MOCK_HOST = 'ghe.example.com';

export interface ProxiedRequest { method: string; path: string; at: number }

export interface ApiProxy {
  host: string;
  requests: ProxiedRequest[];
  /** Delay every answer by this many milliseconds (a slow GitHub). */
  delayMs: number;
  close(): Promise<void>;
}

export async function startApiProxy(): Promise<ApiProxy> {
  const port = await freePort();
  const proxy: ApiProxy = { host: `127.0.0.1:${port}`, requests: [], delayMs: 0, close: async () => undefined };
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    proxy.requests.push({ method: req.method!, path: req.url!, at: Date.now() });
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string' && name !== 'host' && name !== 'connection' && name !== 'content-length') headers.set(name, value);
    const answer = await fetch(`https://${MOCK_HOST}${req.url}`, { method: req.method, headers, ...(chunks.length ? { body: Buffer.concat(chunks) } : {}) });
    const body = Buffer.from(await answer.arrayBuffer());
    if (proxy.delayMs) await new Promise((resolve) => setTimeout(resolve, proxy.delayMs));
    const out: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      if (!['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(name)) out[name] = value;
    });
    res.writeHead(answer.status, out).end(body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  proxy.close = () => new Promise((resolve) => server.close(() => resolve()));
  return proxy;
}
