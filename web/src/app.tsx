/** The shell: sign-in when signed out; otherwise the menu (shaped by the user's permissions) and the page of the address. */
import { useEffect, type ReactNode } from 'react';
import { LANGUAGES, useI18n, type Language, type MessageKey } from './i18n/i18n.tsx';
import { Refused } from './components/page-state.tsx';
import { INTAKE_PERMISSION } from './api/intake.ts';
import { PARTNER_HEADS_PERMISSIONS } from './api/partner-heads.ts';
import { usePartnerHeads } from './lib/partner-heads.tsx';
import { Link, match, navigate, usePath } from './lib/router.tsx';
import { useSession } from './lib/session.tsx';
import { AuditPage } from './pages/audit.tsx';
import { ConsignmentPage } from './pages/consignment.tsx';
import { ContainerPage } from './pages/container.tsx';
import { DashboardPage } from './pages/dashboard.tsx';
import { EntitiesPage } from './pages/entities.tsx';
import { IntakePage } from './pages/intake.tsx';
import { LookoutsPage } from './pages/lookouts.tsx';
import { OutcomesPage } from './pages/outcomes.tsx';
import { PartnerLogsPage } from './pages/partner-logs.tsx';
import { RulesPage } from './pages/rules.tsx';
import { SignInPage } from './pages/sign-in.tsx';
import { TargetingPage } from './pages/targeting.tsx';

interface MenuItem {
  readonly href: string;
  readonly label: MessageKey;
  /** The permission that opens the page, or several of which any one does. */
  readonly permission: string | readonly string[];
}

export const MENU: readonly MenuItem[] = [
  { href: '/targeting', label: 'nav.targeting', permission: 'assessment.read' },
  { href: '/outcomes', label: 'nav.outcomes', permission: 'outcome.read' },
  { href: '/lookouts', label: 'nav.lookouts', permission: 'lookout.read' },
  { href: '/entities', label: 'nav.entities', permission: 'entity.read' },
  { href: '/rules', label: 'nav.rules', permission: 'rule.read' },
  { href: '/intake', label: 'nav.intake', permission: INTAKE_PERMISSION },
  { href: '/dashboard', label: 'nav.dashboard', permission: 'stats.read' },
  { href: '/audit', label: 'nav.audit', permission: 'audit.read' },
  { href: '/partner-logs', label: 'nav.partnerLogs', permission: PARTNER_HEADS_PERMISSIONS },
];

/** Whether a user with these permissions may open the entry's pages. */
export const opens = (m: MenuItem, can: (permission: string) => boolean): boolean =>
  typeof m.permission === 'string' ? can(m.permission) : m.permission.some(can);

/** The menu entry whose pages the path is under (`/entities/E-1` is under `/entities`). */
export const sectionOf = (path: string): MenuItem | undefined =>
  MENU.find((m) => path === m.href || path.startsWith(`${m.href}/`));

function page(path: string): ReactNode {
  let m: Record<string, string> | undefined;
  if ((m = match('/targeting', path))) return <TargetingPage />;
  if ((m = match('/targeting/:callId', path))) return <TargetingPage callId={m.callId} />;
  if ((m = match('/containers/:number', path))) return <ContainerPage number={m.number ?? ''} />;
  if ((m = match('/consignments/:bill', path))) return <ConsignmentPage bill={m.bill ?? ''} />;
  if ((m = match('/outcomes', path))) return <OutcomesPage />;
  if ((m = match('/outcomes/:id', path))) return <OutcomesPage selectionId={m.id} />;
  if ((m = match('/lookouts', path))) return <LookoutsPage />;
  if ((m = match('/entities', path))) return <EntitiesPage />;
  if ((m = match('/entities/:id', path))) return <EntitiesPage entityId={m.id} />;
  if ((m = match('/rules', path))) return <RulesPage />;
  if ((m = match('/intake', path))) return <IntakePage />;
  if ((m = match('/dashboard', path))) return <DashboardPage />;
  if ((m = match('/audit', path))) return <AuditPage />;
  if ((m = match('/partner-logs', path))) return <PartnerLogsPage />;
  return undefined;
}

function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <label className="language">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        value={language}
        onChange={(e) => setLanguage(e.target.value as Language)}
        data-testid="language"
        aria-label={t('language.label')}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** How many partners' logs are in alarm, on their menu entry; nothing when none is. */
function AlarmBadge() {
  const { t } = useI18n();
  const n = usePartnerHeads().inAlarm.length;
  if (n === 0) return null;
  return (
    <span className="badge" data-testid="partner-alarm-badge">
      <span aria-hidden="true">{n}</span>
      <span className="visually-hidden">, {t('partnerLogs.navAlarms', { n })}</span>
    </span>
  );
}

export function App() {
  const { user, can, signOut } = useSession();
  const { t } = useI18n();
  const path = usePath();
  const menu = MENU.filter((m) => opens(m, can));
  const home = menu[0]?.href;
  useEffect(() => {
    if (user && (path === '/' || path === '/sign-in') && home) navigate(home, true);
  }, [user, path, home]);
  if (user === undefined) return <p className="muted">{t('state.loading')}</p>;
  if (user === null)
    return (
      <>
        <header className="topbar">
          <span className="brand">Portcullis</span>
          <LanguageSwitch />
        </header>
        <SignInPage />
      </>
    );
  // A page the user's roles do not open says so, rather than a form whose every request fails.
  const section = sectionOf(path);
  const content =
    section && !opens(section, can) ? <Refused what={t(section.label)} /> : page(path);
  return (
    <>
      <a className="skip" href="#main">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <span className="brand">Portcullis</span>
        <nav aria-label={t('nav.label')}>
          <ul>
            {menu.map((m) => (
              <li key={m.href}>
                <Link href={m.href} aria-current={path.startsWith(m.href) ? 'page' : undefined}>
                  {t(m.label)}
                  {m.href === '/partner-logs' && <AlarmBadge />}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <span className="who" data-testid="who" title={`${user.displayName} · ${user.agencyId}`}>
          {user.displayName} · {user.agencyId}
        </span>
        <LanguageSwitch />
        <button type="button" className="link" onClick={() => void signOut()}>
          {t('nav.signOut')}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {content ?? (
          <section data-testid="no-page">
            {/* A user whose roles open no page (an administrator) is not told the page is missing. */}
            <h1>{menu.length === 0 ? t('state.noPagesTitle') : t('state.pageNotFound')}</h1>
            {menu.length === 0 && <p>{t('state.noPages')}</p>}
          </section>
        )}
      </main>
    </>
  );
}
