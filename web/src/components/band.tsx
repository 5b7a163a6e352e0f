/** A risk band as a coloured badge with its name (colour is never the only cue). */
import { useI18n, type MessageKey } from '../i18n/i18n.tsx';

const BAND_KEYS: Record<string, MessageKey> = {
  high: 'band.high',
  medium: 'band.medium',
  low: 'band.low',
};

export function Band({ band }: { readonly band: string }) {
  const { t } = useI18n();
  const key = BAND_KEYS[band];
  return <span className={`band band-${band}`}>{key ? t(key) : band}</span>;
}
