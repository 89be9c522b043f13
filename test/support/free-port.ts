/**
 * A TCP port on 127.0.0.1 that nothing listens on now, for a process the test starts
 * (an app, an embedded cluster) and may restart on the same port.
 *
 * Why not `listen(0)`: the kernel hands out such ports from the ephemeral range
 * (32768–60999 here), the same range every outgoing connection of every test file running
 * beside this one takes its local port from; between closing the probe and the child's
 * bind (or across a restart) one of them could take it (seen once: EADDRINUSE). Ports
 * below that range are only ever taken by an explicit bind, so a free one stays free
 * unless another test picks the very same number: the random pick makes that rare, and
 * the check makes it visible at once rather than late.
 */
import { createServer } from 'node:net';

const LOW = 20_000;
const HIGH = 32_000;

/** A port in 20000–31999 that is free now (random, checked by binding it once). */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = LOW + Math.floor(Math.random() * (HIGH - LOW));
    if (await isFree(port)) return port;
  }
  throw new Error('free-port: no free port in 20000–31999 after 50 tries');
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
