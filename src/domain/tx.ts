/**
 * The repositories domain effects may use, all bound to the transaction of the inbound
 * message being handled. Storage provides one object with all of them.
 */
import type { AccountLinks } from './accounts/ports.js';
import type { ActivityRepository } from './activities/ports.js';
import type { GroupRepository, PeopleRepository } from './groups/ports.js';
import type { RegionDirectory } from './regions/ports.js';
import type { RelationRepository } from './relations/ports.js';
import type { StatusRepository } from './status/ports.js';

export interface DomainTx {
  readonly regions: RegionDirectory;
  readonly groups: GroupRepository;
  readonly people: PeopleRepository;
  readonly activities: ActivityRepository;
  readonly relations: RelationRepository;
  readonly status: StatusRepository;
  readonly accounts: AccountLinks;
}
