/** The signed-in user: read from `GET /api/v1/session`, set by sign-in, cleared by sign-out. */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { api, setCsrfToken } from '../api/client.ts';
import type { Session, SessionUser } from '../api/types.ts';

interface SessionState {
  /** undefined while loading, null when signed out. */
  readonly user: SessionUser | null | undefined;
  readonly can: (permission: string) => boolean;
  readonly signedIn: (session: Session) => void;
  readonly signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionState | undefined>(undefined);

export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  useEffect(() => {
    api<Session>('GET', '/api/v1/session').then(
      (s) => {
        setCsrfToken(s.csrfToken);
        setUser(s.user);
      },
      // 401 means signed out; any other failure also shows the sign-in page, which reports it.
      () => setUser(null),
    );
  }, []);
  const signedIn = useCallback((s: Session) => {
    setCsrfToken(s.csrfToken);
    setUser(s.user);
  }, []);
  const signOut = useCallback(async () => {
    try {
      await api('DELETE', '/api/v1/session');
    } finally {
      setCsrfToken(undefined);
      setUser(null);
    }
  }, []);
  const value = useMemo<SessionState>(
    () => ({
      user,
      can: (p) => user?.permissions.includes(p) ?? false,
      signedIn,
      signOut,
    }),
    [user, signedIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
