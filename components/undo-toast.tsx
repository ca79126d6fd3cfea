interface Props {
  message: string;
  kind: 'info' | 'error';
  onUndo?: () => void;
  onDismiss: () => void;
}

/** A short-lived notice at the bottom of the page; deletions carry an Undo button. */
export function Toast({ message, kind, onUndo, onDismiss }: Props) {
  return (
    <div className={`toast ${kind}`} role={kind === 'error' ? 'alert' : 'status'} data-testid="toast">
      <span className="text">{message}</span>
      {onUndo ? (
        <button type="button" className="primary" onClick={onUndo} data-testid="undo">
          Undo
        </button>
      ) : null}
      <button type="button" className="link" onClick={onDismiss} aria-label="Dismiss">
        ✕
      </button>
    </div>
  );
}
