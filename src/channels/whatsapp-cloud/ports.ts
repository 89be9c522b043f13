/**
 * What the Cloud API channel needs from the rest of the app, as interfaces: storage
 * implements them (src/storage/whatsapp-cloud/), tests may pass their own. They live in
 * core/channel-stores.ts, so that storage never imports a channel.
 */

export type { CloudStore, DeliveryStatus, StatusOutcome, StatusReport } from '../../core/channel-stores.js';
