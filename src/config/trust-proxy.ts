/**
 * TRUST_PROXY: which reverse proxies' X-Forwarded-For the app believes. Off by default: the
 * client address is the socket's, so no request can choose its own (the rate limit counts
 * per address). Behind a proxy set a hop count (`1` = one proxy in front) or the proxies'
 * addresses or CIDR ranges (`10.0.0.5, 10.1.0.0/16`). `true` (believe anyone) is refused.
 */
import { isIP } from 'node:net';
import { z } from 'zod';

/** The parsed setting: false, a hop count, or proxy addresses/ranges. */
export type TrustProxy = false | number | readonly string[];

function isAddressOrRange(value: string): boolean {
  const [address, bits, ...rest] = value.split('/');
  if (rest.length > 0 || address === undefined) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (bits === undefined) return true;
  if (!/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (family === 4 ? 32 : 128);
}

/** The zod schema of TRUST_PROXY (unset, "", "false", "0" = off). */
export const trustProxySchema = z
  .string()
  .optional()
  .transform((raw, ctx): TrustProxy => {
    const value = (raw ?? '').trim();
    if (value === '' || value === 'false' || value === '0') return false;
    if (/^\d+$/.test(value)) {
      const hops = Number(value);
      if (hops > 10) {
        ctx.addIssue({ code: 'custom', message: 'expected at most 10 proxy hops' });
        return z.NEVER;
      }
      return hops;
    }
    if (value === 'true') {
      ctx.addIssue({
        code: 'custom',
        message: 'trusting every X-Forwarded-For lets clients pick their own address: give the number of proxies in front (e.g. 1) or their addresses',
      });
      return z.NEVER;
    }
    const list = value.split(',').map((part) => part.trim()).filter((part) => part !== '');
    const bad = list.filter((part) => !isAddressOrRange(part));
    if (bad.length > 0) {
      ctx.addIssue({ code: 'custom', message: `expected a hop count or IP addresses/CIDR ranges separated by commas; not an address: ${bad.join(', ')}` });
      return z.NEVER;
    }
    return list;
  });
