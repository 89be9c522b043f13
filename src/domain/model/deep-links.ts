/**
 * Deep-link keys of flows that proactive messages open with a button (`go:<key>:<arg>`,
 * see core/engine/flow.ts). They live on the floor because the message that carries the
 * button (an alert, a leader notice) and the flow it opens sit in different features.
 */

/** Opens the leader's confirmation inbox. */
export const INBOX_DEEP_LINK = 'c';

/** Opens "Kegiatan saya" (a rejection notice asks the leader to correct an activity). */
export const MY_ACTIVITIES_DEEP_LINK = 'ka';

/** Opens the officer's panel. */
export const OFFICER_PANEL_DEEP_LINK = 'p';

/** Opens "Kelompok saya" at one group (a rejection notice asks the leader to fix it). */
export const MY_GROUPS_DEEP_LINK = 'kg';

/** Opens the desa counts of an area (a count asked while another flow waits for its answer). */
export const AREA_COUNTS_DEEP_LINK = 'ac';

/** Opens 🔗 Hubungan antarkelompok with a tie said (offered while another flow waits for its answer). */
export const RELATION_DEEP_LINK = 'hk';
