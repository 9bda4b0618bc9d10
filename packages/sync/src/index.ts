export {
  MAX_BATCH_CHANGES,
  MAX_BATCH_BYTES,
  PUSH_IN_FLIGHT,
  HUB_PUSH_BODY_LIMIT,
  MIN_SUPPORTED_SCHEMA_VERSION,
  PushBatch,
  SyncChange,
  changeKey,
  type PushResult,
  type PullPage,
  type PullChange,
  type QuarantinedChange,
  type QuarantineCode,
  REFUSAL_CODES,
  type ManifestPage,
  type ManifestEntry,
} from './protocol.js';
export { applyPush, recordPushError, storeLookup } from './hub/apply-push.js';
export {
  screenPush,
  upgrade,
  type ScreenedPush,
  type PushHead,
  type EntityLookup,
} from './hub/screen-push.js';
export { PushScreener, pushScreener, OFF_THREAD_MIN_BYTES } from './hub/push-screener.js';
export { OriginQueue } from './hub/origin-queue.js';
export { PushHandler, type PushRequest } from './hub/push-handler.js';
export { pullFeed } from './hub/pull-feed.js';
export { originRecords } from './hub/origin-records.js';
export { hubStatus } from './hub/hub-status.js';
export {
  reassignRecord,
  removeRecord,
  repairOwnerProblem,
  type RepairActor,
  type RepairOutcome,
} from './hub/repair-record.js';
export {
  HubClient,
  type HubStatus,
  type OriginStatus,
  type HubError,
  type QuarantineItem,
  type HubPlugin,
} from './local/hub-client.js';
export {
  checkHubPlugins,
  unsyncableEntities,
  describeUnsyncable,
  type UnsyncableEntity,
} from './local/check-hub-plugins.js';
export { pushAll, type PushReport, type PushProgress } from './local/push.js';
export { pullAll, type PullProgress } from './local/pull.js';
export { startNewEpoch, pullBackOwn } from './local/reconcile.js';
export { repairDivergence } from './local/repair.js';
export { syncWithHub, type SyncOptions, type SyncReport } from './local/sync-with-hub.js';
export { startBackgroundSync } from './local/background-sync.js';
export { localStatus, type LocalStatus } from './local/local-status.js';
export { readSyncState, type SyncState } from './local/sync-state.js';
export { ownedDigest } from './digest.js';
export { sharedSchema, personalFieldsIn, isPulled } from './shared-schema.js';
export { faultPoint } from './fault-point.js';
