/**
 * CPU profiles of a child's steady state (start and stop on request, unlike --cpu-prof,
 * which also records start-up): `profile-start`, then `profile-stop` with a file path.
 * The .cpuprofile opens in Chrome DevTools or speedscope.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

/** Request handlers for {@link serveParent}. */
export function profilerOps(): Record<string, (args: unknown) => unknown> {
  let session: Session | undefined;
  return {
    'profile-start': async () => {
      session = new Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 500 });
      await session.post('Profiler.start');
    },
    'profile-stop': async (args) => {
      if (!session) throw new Error('profiler not started');
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      session = undefined;
      writeFileSync(String(args), JSON.stringify(profile));
      return String(args);
    },
  };
}
