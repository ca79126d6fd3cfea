/** What the card knows about the person in the current tab. */
export type PersonCardModel =
  | { kind: 'unsaved'; name: string; handle: string; platform: string; saving: boolean; error: string | null }
  | { kind: 'lead'; name: string; handle: string; platform: string; stage: string; cadence: string };

interface Props {
  model: PersonCardModel;
  onSave: () => void;
  onOpen: () => void;
}

/** The person on the page the rep is looking at: save them, or see and touch the lead they are. */
export function PersonCard({ model, onSave, onOpen }: Props) {
  return (
    <section className="person" aria-label="On this page" data-testid="tab-person">
      <div className="person-who">
        <span className="name">{model.name}</span>
        <span className="sub">
          <span className="handle">{model.handle}</span> · {model.platform}
        </span>
      </div>
      {model.kind === 'unsaved' ? (
        <div className="person-act">
          <button type="button" className="primary" onClick={onSave} disabled={model.saving} data-testid="save-lead">
            {model.saving ? 'Saving…' : 'Save as lead'}
          </button>
          <span className="error" role="alert">
            {model.error ?? ''}
          </span>
        </div>
      ) : (
        <div className="person-act">
          <span className="sub" data-testid="tab-person-cadence">
            <span className="stage">{model.stage}</span> · {model.cadence}
          </span>
          <button type="button" onClick={onOpen} data-testid="open-tab-lead">
            Log touch
          </button>
        </div>
      )}
    </section>
  );
}
