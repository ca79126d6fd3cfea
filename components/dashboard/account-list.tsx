import { useState } from 'react';

interface Props {
  accounts: readonly string[];
  onChange: (accounts: string[]) => Promise<void>;
}

/** Accounts that are the user's own besides the signed-in one: their followers become leads. */
export function AccountList({ accounts, onChange }: Props) {
  const [next, setNext] = useState('');
  const value = next.trim();
  return (
    <section className="card" aria-labelledby="accounts-title">
      <h2 id="accounts-title">Your own accounts</h2>
      <p className="muted">X account ids (rest_id) or LinkedIn profile slugs whose followers are your leads.</p>
      <ul className="accounts" data-testid="own-accounts">
        {accounts.map((a) => (
          <li key={a}>
            <span className="text clip">{a}</span>
            <button type="button" className="link" onClick={() => void onChange(accounts.filter((x) => x !== a))}>
              Remove
            </button>
          </li>
        ))}
        {accounts.length === 0 ? <li className="muted">Only the signed-in account.</li> : null}
      </ul>
      <form
        className="inline"
        onSubmit={(e) => {
          e.preventDefault();
          if (!value || accounts.includes(value)) return;
          void onChange([...accounts, value]).then(() => setNext(''));
        }}
      >
        <input
          value={next}
          onChange={(e) => setNext(e.target.value)}
          placeholder="2244994945 or ann-lee"
          aria-label="Account to add"
          maxLength={200}
          data-testid="own-account-input"
        />
        <button type="submit" disabled={!value || accounts.includes(value)}>
          Add
        </button>
      </form>
    </section>
  );
}
