/**
 * The route of a consignment on a world map: MapLibre over an offline outline of the world's
 * countries (Natural Earth 110m via world-atlas, bundled; no tile server). Needs WebGL; without
 * it the places stay listed next to the map and a note says why the map is missing.
 */
import { useEffect, useRef, useState } from 'react';
import type { RoutePlace } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';

export function RouteMap({ places }: { readonly places: readonly RoutePlace[] }) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const located = places.filter(
    (p): p is RoutePlace & { lat: number; lon: number } =>
      p.lat !== undefined && p.lon !== undefined,
  );
  const key = located.map((p) => p.locode).join('>');
  useEffect(() => {
    const el = box.current;
    if (!el || located.length === 0) return;
    let disposed = false;
    let remove: (() => void) | undefined;
    import('./route-map-draw.ts')
      .then(({ drawRouteMap }) => {
        if (disposed) return;
        remove = drawRouteMap(el, located);
      })
      .catch(() => setFailed(true));
    return () => {
      disposed = true;
      remove?.();
    };
    // The places are compared by their codes: a new array with the same route draws nothing new.
  }, [key]);
  return (
    <figure className="route-map">
      <div
        ref={box}
        className="map"
        role="img"
        aria-label={t('consignment.mapLabel', {
          route: located.map((p) => p.name ?? p.locode).join(' → '),
        })}
        data-testid="route-map"
      />
      {failed && <figcaption className="muted">{t('consignment.mapUnavailable')}</figcaption>}
    </figure>
  );
}
