// Pure views over leads held in memory (the dashboard's table and side cards): filter, sort,
// funnel, speed to lead, capture-health warnings, "forget this person". No storage, no clock.
export { cadenceOf, cadenceStates, filterLeads, groupTouches, type CadenceStates, type LeadFilter } from './filter';
export { SORT_KEYS, sortLeads, type Sort, type SortKey } from './sort';
export { FORMAT_WARNING_MS, funnel, mayHaveChangedFormat, medianOf, SPEED_WINDOW_DAYS, speedToLead } from './metrics';
export { findPerson } from './find-person';
export { changedAtOf, changedSince } from './changed';
export { icpPreview, parseWords, type IcpPreview } from './icp-preview';
