import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/storage/db';
import { LeadList } from '@/components/lead-list';
import { EmptyState } from '@/components/empty-state';

export function App() {
  const count = useLiveQuery(() => db().leads.count(), [], undefined);
  const leads = useLiveQuery(() => db().leads.orderBy('firstSeenAt').reverse().limit(500).toArray(), [], []);
  return (
    <main className="app">
      <header className="bar">
        <h1>Touchline</h1>
        <span className="count" data-testid="lead-count">
          {count === undefined ? '' : `${count} lead${count === 1 ? '' : 's'}`}
        </span>
      </header>
      {count === 0 ? <EmptyState /> : <LeadList leads={leads} />}
    </main>
  );
}
