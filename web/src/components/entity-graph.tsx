/** The network around an entity, drawn with sigma (loaded on demand); a click on a node adds its neighbours, a double click opens it. */
import { useEffect, useRef, useState } from 'react';
import type { EntityGraph } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';

interface Props {
  readonly initial: EntityGraph;
  readonly expand: (nodeId: string) => Promise<EntityGraph>;
  readonly open: (nodeId: string, kind: string) => void;
}

export function EntityGraphView({ initial, expand, open }: Props) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const [count, setCount] = useState(initial.nodes.length);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let dispose: (() => void) | undefined;
    let live = true;
    import('./entity-graph-draw.ts')
      .then(({ drawEntityGraph }) => {
        if (live) dispose = drawEntityGraph(el, initial, { expand, open, onSize: setCount });
      })
      .catch(() => setFailed(true));
    return () => {
      live = false;
      dispose?.();
    };
  }, [initial, expand, open]);
  return (
    <figure className="graph">
      <div
        ref={box}
        className="graph-canvas"
        data-testid="entity-graph"
        aria-label={t('entities.graphLabel', { n: count })}
        role="img"
      />
      <figcaption className="muted">
        {failed ? t('entities.graphUnavailable') : t('entities.graphLabel', { n: count })}
      </figcaption>
    </figure>
  );
}
