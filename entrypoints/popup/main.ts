import { paintSnapshot } from './snapshot';

// The snapshot is read while the app (React, Dexie: most of the popup's scripts) loads.
void paintSnapshot(document.getElementById('root') as HTMLElement);
void import('./mount');
