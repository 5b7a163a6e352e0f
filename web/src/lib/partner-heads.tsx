/**
 * The partners' audit heads, read once for the whole app so that the menu's alarm badge and the
 * Partner logs page always tell the same thing. Read only for a user who may (`audit.read` or
 * `admin.partners`) on a node that serves the route, and read again at every change of page, so
 * an alarm recorded by a sync shows without reloading the app.
 */
import { createContext, useContext, type ReactNode } from 'react';
import {
  loadPartnerHeads,
  PARTNER_HEADS_PATH,
  PARTNER_HEADS_PERMISSIONS,
  type PartnerHeadStatus,
} from '../api/partner-heads.ts';
import { usePath } from './router.tsx';
import { useSession } from './session.tsx';
import { useAvailability } from './use-availability.ts';
import { useLoad, type Loaded } from './use-load.ts';

interface PartnerHeads {
  /** Whether the user may read them at all. */
  readonly allowed: boolean;
  /** undefined while reading the node's routes. */
  readonly available: boolean | undefined;
  readonly state: Loaded<PartnerHeadStatus[]>;
  /** Partners whose newest check refused their head. */
  readonly inAlarm: readonly PartnerHeadStatus[];
}

const PartnerHeadsContext = createContext<PartnerHeads | undefined>(undefined);

export function PartnerHeadsProvider({ children }: { readonly children: ReactNode }) {
  const { user, can } = useSession();
  const path = usePath();
  const allowed = PARTNER_HEADS_PERMISSIONS.some((p) => can(p));
  const available = useAvailability(PARTNER_HEADS_PATH);
  const state = useLoad(allowed && available ? loadPartnerHeads : undefined, [
    allowed,
    available,
    user?.id,
    path,
  ]);
  const inAlarm = allowed ? (state.data ?? []).filter((p) => p.state === 'alarm') : [];
  return (
    <PartnerHeadsContext.Provider value={{ allowed, available, state, inAlarm }}>
      {children}
    </PartnerHeadsContext.Provider>
  );
}

export function usePartnerHeads(): PartnerHeads {
  const value = useContext(PartnerHeadsContext);
  if (!value) throw new Error('usePartnerHeads outside PartnerHeadsProvider');
  return value;
}
