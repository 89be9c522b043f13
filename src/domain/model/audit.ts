/**
 * The audit log: every officer and admin action (verifications, overrides, invites, exports,
 * resets) and every resident's request on their own data, for accountability under UU PDP
 * 27/2022. Entries name people by id only, never by name or phone number.
 */

/** Who acted: the ADMIN_TOKEN holder, an officer, a resident on their own data, or a job. */
export type AuditActorKind = 'admin' | 'officer' | 'person' | 'system';

/** One audited action. */
export interface AuditEntry {
  readonly actorKind: AuditActorKind;
  /** The acting person's id; absent for the ADMIN_TOKEN holder and jobs. */
  readonly actorId?: string | null;
  /** A dotted verb: "group.verify", "activity.reject", "export.groups", "person.erase". */
  readonly action: string;
  readonly targetType?: string | null;
  readonly targetId?: string | null;
  /** Small, non-personal details: filters, reasons, counts. */
  readonly details?: Readonly<Record<string, unknown>> | null;
  /** Where it came from: "api", "dashboard", "chat:telegram", "job". */
  readonly via: string;
}

/** When an action was audited and by whom, with its details. */
export interface AuditedAction {
  readonly at: Date;
  readonly actorKind: AuditActorKind;
  /** The acting person's id; null for the ADMIN_TOKEN holder and jobs. */
  readonly actorId: string | null;
  readonly details: Readonly<Record<string, unknown>> | null;
}

/** Appends audit entries inside the caller's transaction, so an action and its entry commit together. */
export interface AuditLog {
  record(entry: AuditEntry, at: Date): Promise<void>;
  /**
   * The latest entry of `action` on the target, or null: what happened to a record that is
   * gone (a withdrawn activity leaves only its entry).
   */
  latest(action: string, targetType: string, targetId: string): Promise<AuditedAction | null>;
}
