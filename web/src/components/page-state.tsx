/** What a page shows instead of its content: loading, an error from the server, a capability this node does not serve, or a page the user's roles do not open. */
import type { ReactNode } from 'react';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';

export function NotAvailable({ what }: { readonly what: string }) {
  const { t } = useI18n();
  return (
    <section className="notice" role="status" data-testid="not-available">
      <h2>{t('state.notAvailable.title')}</h2>
      <p>{t('state.notAvailable.body', { what })}</p>
    </section>
  );
}

/** A page the user's roles do not open: said plainly, with where to ask. */
export function Refused({ what }: { readonly what: string }) {
  const { t } = useI18n();
  return (
    <section className="notice" role="alert" data-testid="refused">
      <h1>{t('state.refused.title')}</h1>
      <p>{t('state.refused.body', { what })}</p>
    </section>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="muted" role="status" aria-live="polite">
      {t('state.loading')}
    </p>
  );
}

export function ErrorNotice({ error }: { readonly error: Error }) {
  const { t } = useI18n();
  const message =
    error instanceof ApiError && error.status === 404 ? t('state.notFound') : error.message;
  return (
    <p className="error" role="alert">
      {message}
    </p>
  );
}

/** Loading, error or content. */
export function Loaded<T>({
  state,
  children,
}: {
  readonly state: { data: T | undefined; error: Error | undefined; loading: boolean };
  readonly children: (data: T) => ReactNode;
}) {
  if (state.error) return <ErrorNotice error={state.error} />;
  if (state.data === undefined) return state.loading ? <Loading /> : null;
  return <>{children(state.data)}</>;
}
