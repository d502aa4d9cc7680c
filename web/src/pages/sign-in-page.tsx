import { useState, type FormEvent } from 'react';
import { sentenceFor } from '../api-client/error-sentences';
import { useSessionState } from '../session';

export function SignInPage() {
  const { signIn } = useSessionState();
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!key.trim()) {
      setError('Enter your API key to sign in.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await signIn(key);
    } catch (err) {
      setError(sentenceFor(err));
      setBusy(false);
    }
  };

  return (
    <main id="main" className="page narrow">
      <h1>Sign in to Hirehound</h1>
      <p>Hirehound reads your resume and finds the job postings that fit it, with the reasons for each match.</p>
      <form onSubmit={(e) => void submit(e)} className="card stack" noValidate>
        <label htmlFor="api-key">API key</label>
        <input
          id="api-key"
          name="api-key"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={key}
          onChange={(e) => setKey(e.target.value)}
          aria-describedby="api-key-help"
          aria-invalid={error ? true : undefined}
        />
        <p id="api-key-help" className="muted">
          Your key starts with <code>hh_</code>. Running Hirehound locally? <code>npm start</code> prints keys for a
          free user, a paid user and an admin.
        </p>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
