/**
 * 📒 Kegiatan saya as other features open it. On the floor because 👥 Kelompok saya opens it
 * for the group on screen ("lihat kegiatan kelompok ini"), and Kegiatan saya itself reads
 * Kelompok saya (a rejected group to send back): neither feature may import the other.
 */

/** The flow id of 📒 Kegiatan saya. */
export const MY_ACTIVITIES_FLOW_ID = 'activity.mine';

/** Its start input for one group's activities: those it reported or took part in. */
export interface GroupActivitiesInput {
  readonly group: { readonly id: string; readonly name: string };
}
