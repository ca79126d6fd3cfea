import { paintSnapshot } from './snapshot';

const app = () => void import('./mount');

// The app (React, Dexie: most of the popup's scripts) loads once the snapshot is on screen:
// imported at once, its evaluation could land between the snapshot's read and its paint (issue
// #17). Without a snapshot, or if reading it failed, it loads at once.
void paintSnapshot(document.getElementById('root') as HTMLElement).then(
  (painted) => (painted ? requestAnimationFrame(() => setTimeout(app)) : app()),
  app,
);
