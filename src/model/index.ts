/**
 * The model layer: what is neither HTTP nor React. Section ids, view states and status
 * tones; hooks, widgets, the portal and host routers all read them from here.
 */
export { CONNECTION_SECTIONS, isConnectionSection, sectionLabel, type ConnectionSection } from './sections';
export { listView, resourceView, type ListLike, type ResourceLike, type ResourceView } from './resourceView';
export { STATUS_TONES, type StatusTone } from './statusTones';
export {
  ALL_FEATURES,
  featureDisabledError,
  resolveFeatures,
  type FeatureName,
  type Features,
} from './features';
