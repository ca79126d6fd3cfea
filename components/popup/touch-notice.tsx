/** What the form has to say before or after sending; `confirm` offers "Log anyway". */
export interface Notice {
  tone: 'error' | 'warn' | 'ok';
  text: string;
  confirm?: boolean;
}

/**
 * One reserved box under the touch form (fixed height in popup.css), so a refusal or a warning
 * appearing never pushes the Log button away from under the pointer.
 */
export function TouchNotice({ notice, onConfirm }: { notice: Notice | null; onConfirm: () => void }) {
  return (
    <div className={`notice ${notice?.tone ?? ''}`} data-testid="touch-notice" role="status" aria-live="polite">
      {notice?.text ?? ''}
      {notice?.confirm && (
        <button type="button" onClick={onConfirm} data-testid="log-anyway">
          Log anyway
        </button>
      )}
    </div>
  );
}
