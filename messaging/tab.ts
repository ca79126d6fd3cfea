/**
 * The one message an extension page sends a tab's content script (`tabs.sendMessage`): whose
 * profile does this page show? Its reply schema is `tabTable` in table.ts; this file holds only the
 * name, so that content scripts can answer it without bundling zod.
 */
export const TAB_PERSON = 'tab.person';
