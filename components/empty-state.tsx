/** What a new user sees before any lead: where leads come from, in two sentences. */
export function EmptyState() {
  return (
    <section className="empty" data-testid="empty-state">
      <h2>No leads yet</h2>
      <p>
        Open your followers or notifications on X, or “Who viewed your profile” on LinkedIn. The people there appear
        here as leads, with no extra click.
      </p>
      <p>On anyone’s profile page, this popup can also save that person as a lead.</p>
    </section>
  );
}
