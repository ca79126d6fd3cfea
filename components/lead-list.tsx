import type { Lead } from '@/storage/model';

/** The stored leads as a plain list: name, handle, platform, stage, first seen. */
export function LeadList({ leads }: { leads: readonly Lead[] }) {
  return (
    <ul className="leads" data-testid="lead-list">
      {leads.map((lead) => (
        <li key={lead.id} className="lead" data-lead-id={lead.id}>
          <span className="name">{lead.displayName || lead.handle}</span>
          <span className="handle">{lead.platform === 'x' ? `@${lead.handle}` : lead.handle}</span>
          <span className={`platform ${lead.platform}`}>{lead.platform === 'x' ? 'X' : 'LinkedIn'}</span>
          <span className="stage">{lead.stage}</span>
          <time dateTime={lead.firstSeenAt}>{lead.firstSeenAt.slice(0, 10)}</time>
        </li>
      ))}
    </ul>
  );
}
