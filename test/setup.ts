// Unit tests run in node with an in-memory IndexedDB; times are pinned to UTC by vitest.config.ts.
import 'fake-indexeddb/auto';
