// Reading the CLI's inputs. Which files the paths hold is decided by the sources pipeline
// (src/sources/discover.ts); here only stdin and the shared manifest reader.
export { readManifestFile } from '../sources/read.ts';

export async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
