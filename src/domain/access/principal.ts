/**
 * Who is calling the admin API or the dashboard, and which areas they may see. The admin
 * (the ADMIN_TOKEN, or a person marked admin with a personal token) sees everything and
 * every phone number unmasked; an officer sees only the areas they cover, and of phone
 * numbers only the ketua's of groups in those areas unmasked.
 */
import { prefixCovers } from '../model/officers.js';

/** An authenticated caller. */
export type Principal =
  | { readonly kind: 'admin'; readonly personId: string | null }
  | {
      readonly kind: 'officer';
      readonly personId: string;
      readonly officerId: string;
      /** Kemendagri code prefixes the officer covers ("34.02", "34.02.15", "34.02.15.2004"). */
      readonly areaPrefixes: readonly string[];
    };

/** True when the principal may see a region (a desa, or a kecamatan/kabupaten wholly inside their areas). */
export function principalCovers(principal: Principal, regionCode: string): boolean {
  if (principal.kind === 'admin') return true;
  return principal.areaPrefixes.some((prefix) => prefixCovers(prefix, regionCode));
}

/** True when the principal may see unmasked phone numbers (only the admin). */
export function seesPhoneNumbers(principal: Principal): boolean {
  return principal.kind === 'admin';
}

/**
 * The code prefixes a query must be limited to: `'all'` for the admin without a filter;
 * otherwise the prefixes of the requested filter that the principal may see. An empty list
 * means the filter lies wholly outside the officer's areas (answer 403).
 *
 * An officer of "34.02.15" asking for "34.02" gets ["34.02.15"] (the part of the kabupaten
 * they cover); asking for "34.02.15.2004" gets that desa; asking for "35" gets [].
 */
export function scopePrefixes(principal: Principal, requested: string | undefined): readonly string[] | 'all' {
  if (principal.kind === 'admin') return requested === undefined || requested === '' ? 'all' : [requested];
  if (requested === undefined || requested === '') return principal.areaPrefixes;
  if (principal.areaPrefixes.some((prefix) => prefixCovers(prefix, requested))) return [requested];
  return principal.areaPrefixes.filter((prefix) => prefixCovers(requested, prefix));
}

/** Masks a phone number for everyone but the admin: "+6281234567890" → "+62812•••••890". */
export function maskPhone(phone: string | null | undefined): string | null {
  if (phone === null || phone === undefined || phone === '') return null;
  const visibleStart = Math.min(6, Math.max(0, phone.length - 7));
  const visibleEnd = phone.length > 8 ? 3 : 0;
  const hidden = phone.length - visibleStart - visibleEnd;
  return `${phone.slice(0, visibleStart)}${'•'.repeat(Math.max(hidden, 0))}${phone.slice(phone.length - visibleEnd)}`;
}

/**
 * A group ketua's phone as the principal may see it: whole for the admin and for an officer
 * covering the group's desa (verifying the group is the purpose the ketua gave it for),
 * masked for everyone else.
 */
export function ketuaPhoneFor(principal: Principal, villageCode: string, phone: string | null | undefined): string | null {
  return seesPhoneNumbers(principal) || principalCovers(principal, villageCode) ? (phone ?? null) : maskPhone(phone);
}

/** The phone number as the principal may see it. */
export function phoneFor(principal: Principal, phone: string | null | undefined): string | null {
  return seesPhoneNumbers(principal) ? (phone ?? null) : maskPhone(phone);
}
