// One person across X and LinkedIn (issue #15), the pure part: which leads look like one person,
// one cadence over all of a person's touches, and the person shown once. Storage and the
// background import from here, never from the files behind it.
export {
  MAX_CLAIMS_PER_PROFILE,
  MAX_LINKS_PER_BIO,
  MAX_SAME_NAME,
  MIN_SHARED_WORDS,
  pairKey,
  suggestLinks,
  type SuggestOptions,
  type Suggestion,
} from './suggest';
export { checkPersonTouch, personCadenceStatus, personRestartedAt, personTouches, type PersonLead } from './cadence';
export { suggestChannel } from './channel';
export { mergeView, STAGE_PROGRESS, type PersonProfile, type PersonSignal, type PersonView } from './merge-view';
