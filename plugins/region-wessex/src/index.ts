export { regionWessexPlugin, REGION_WESSEX_PLUGIN_VERSION } from './region-wessex-plugin.js';
export {
  wessexPriorityEntity,
  wessexWorkstreamEntity,
  wessexMetricValueEntity,
  wessexMemberEntity,
  wessexEngagementEntity,
} from './wessex-entities.js';
export { wessexTrusts, WESSEX_LOCAL_OFFICE, type WessexTrust } from './wessex-trusts.js';
