/** Sign-in with a local account (and its second factor when one is enrolled). */
import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../api/client.ts';
import type { Session } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../lib/session.tsx';

export function SignInPage() {
  const { t } = useI18n();
  const { signedIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needTotp, setNeedTotp] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const body = { username, password, ...(needTotp ? { totp } : {}) };
      signedIn(await api<Session>('POST', '/api/v1/session', body));
    } catch (err) {
      if (err instanceof ApiError && err.details?.totpRequired === true) {
        setNeedTotp(true);
        setError(t('signIn.totpNeeded'));
      } else if (err instanceof ApiError && err.status === 401) setError(t('signIn.wrong'));
      else if (err instanceof ApiError && err.status === 429) setError(t('signIn.locked'));
      else if (err instanceof ApiError && err.status === 404) setError(t('signIn.unavailable'));
      else setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" className="sign-in">
      <form onSubmit={(e) => void submit(e)} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">{t('signIn.title')}</h1>
        <label>
          {t('signIn.username')}
          <input
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label>
          {t('signIn.password')}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {needTotp && (
          <label>
            {t('signIn.totp')}
            <input
              name="totp"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]{6}"
              required
              value={totp}
              onChange={(e) => setTotp(e.target.value)}
            />
          </label>
        )}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t('signIn.submit')}
        </button>
      </form>
    </main>
  );
}
