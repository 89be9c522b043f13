// A download client in its own process, so that its buffers never count as the server's
// memory (see export-100k.test.ts). Usage: fork(this, [url, token, saveTo | '']).
// Messages to the parent: {type:'first'} after the first chunk, then it waits for 'resume';
// {type:'done', status, bytes, lineFeeds} at the end.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

const [url, token, saveTo] = process.argv.slice(2);
const resumed = new Promise((resolve) => process.once('message', resolve));
const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
const file = saveTo ? createWriteStream(saveTo) : undefined;
let bytes = 0;
let lineFeeds = 0;
let first = true;
for await (const chunk of response.body) {
  bytes += chunk.byteLength;
  for (const byte of chunk) if (byte === 0x0a) lineFeeds++;
  if (file && !file.write(chunk)) await once(file, 'drain');
  if (first) {
    first = false;
    process.send({ type: 'first' });
    await resumed;
  }
}
if (file) await new Promise((resolve, reject) => file.end((error) => (error ? reject(error) : resolve())));
process.send({ type: 'done', status: response.status, bytes, lineFeeds }, () => process.exit(0));
