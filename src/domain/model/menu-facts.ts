/**
 * What the main menu depends on, asked of storage in one go: the menu is shown after most
 * messages, and three separate look-ups (groups, inbox, officer) cost most of such a
 * message's statements.
 */

/** The person's standing as the main menu shows it. */
export interface MenuStanding {
  /** Leads or co-leads an enabled group (as `GroupRepository.listLedBy` lists them). */
  readonly leads: boolean;
  /** Items in their inbox: as many as `loadInbox` returns. */
  readonly inbox: number;
  /** An active officer (as `OfficerRepository.byPerson` finds one). */
  readonly officer: boolean;
}

/** Reads a person's {@link MenuStanding}. */
export interface MenuFacts {
  standing(personId: string): Promise<MenuStanding>;
}
