// The cadence rules' public API: pure functions of (policy, touches, now). The background and the
// popup import from here, never from the files behind it.
export { cadenceStatus, type CadenceState, type CadenceStatus } from './status';
export {
  checkTouch,
  type CheckTouchOptions,
  type ProposedTouch,
  type TouchCheck,
  type TouchRefusalCode,
} from './check-touch';
export { findUsedValueProp, isRepeatValueProp, usedValueProps, VALUE_PROP_STARTERS } from './value-props';
export { describeCadence, waitingFor } from './describe';
export type { CadenceTouch } from './timeline';
export { cadenceFacts, restartedAt, type CadenceFacts } from './sync';
