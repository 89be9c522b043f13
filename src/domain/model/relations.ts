/** What group-relation features need from storage. */

/** Kinds of ties between groups (enum RelationKind): formal (MoU/SK) or informal. */
export const RELATION_KINDS = ['formal_mou', 'formal_sk', 'shared_meetings', 'shared_fund', 'shared_members'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** A declared relation waiting for the other group's confirmation. */
export interface RelationRequest {
  readonly relationId: string;
  readonly kind: RelationKind;
  /** The group asked to confirm. */
  readonly groupId: string;
  readonly groupName: string;
  /** The group that declared it. */
  readonly fromGroupName: string;
  /** Its id: that group's leaders hear the answer. */
  readonly fromGroupId: string;
}

/** The relation of a kind a pair already has, as found when it is declared again. */
export interface ExistingRelation {
  readonly status: 'pending' | 'confirmed';
  /** When it was confirmed, or (pending) declared. */
  readonly since: Date;
  /** Pending only: whether the group declaring it now is the one asked to confirm it (the other group declared it). */
  readonly askedOfDeclarer: boolean;
}

/** Storage of relations. */
export interface RelationRepository {
  /**
   * Declares a relation from `fromGroupId` to `toGroupId`; `exists` when the pair already
   * has one of that kind (pending or confirmed).
   */
  declare(
    fromGroupId: string,
    toGroupId: string,
    kind: RelationKind,
    declaredById: string,
    now: Date,
  ): Promise<{ readonly kind: 'created'; readonly id: string } | ({ readonly kind: 'exists' } & ExistingRelation)>;
  /**
   * Confirms (recording `deciderId` as who confirmed it) or declines; false when it was not
   * pending. The caller checks that the decider leads the group asked.
   */
  decide(relationId: string, confirm: boolean, deciderId: string, now: Date): Promise<boolean>;
  /** The group a relation asks to confirm (the side that did not declare it), or null. */
  targetGroup(relationId: string): Promise<{ readonly groupId: string; readonly villageCode: string } | null>;
}
