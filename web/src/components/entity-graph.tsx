/**
 * The network around an entity, drawn with sigma (loaded on demand); a click on a node adds its
 * neighbours, a double click opens it. Beside the drawing, the same nodes as a list with the same
 * actions, for keyboards and screen readers (a canvas offers them nothing).
 */
import { useEffect, useRef, useState } from 'react';
import type { EntityGraph, GraphNode } from '../api/types.ts';
import { useI18n, type MessageKey } from '../i18n/i18n.tsx';
import { Link } from '../lib/router.tsx';
import type { DrawnGraph, DrawnNode } from './entity-graph-draw.ts';

interface Props {
  readonly initial: EntityGraph;
  readonly expand: (nodeId: string) => Promise<EntityGraph>;
  readonly open: (nodeId: string, kind: string) => void;
}

/** The entity a graph node stands for: company nodes are resolved entities (`company:E-…`). */
export function entityIdOf(node: Pick<GraphNode, 'id' | 'kind'>): string | undefined {
  const prefix = 'company:';
  return node.kind === 'company' && node.id.startsWith(prefix)
    ? node.id.slice(prefix.length)
    : undefined;
}

const KINDS = [
  'company',
  'person',
  'address',
  'phone',
  'email',
  'consignment',
  'container',
  'vessel',
  'seizure',
] as const;
const kindKey = (kind: string): MessageKey | undefined =>
  (KINDS as readonly string[]).includes(kind) ? (`entities.kind.${kind}` as MessageKey) : undefined;

export function EntityGraphView({ initial, expand, open }: Props) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const drawn = useRef<DrawnGraph>(undefined);
  // The parent's callbacks change on each of its renders; redrawing for that would drop expansions.
  const hooks = useRef({ expand, open });
  hooks.current = { expand, open };
  const [nodes, setNodes] = useState<readonly (GraphNode & Partial<DrawnNode>)[]>(initial.nodes);
  const [failed, setFailed] = useState(false);
  const [error, setError] = useState<string>();
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let live = true;
    import('./entity-graph-draw.ts')
      .then(({ drawEntityGraph }) => {
        if (!live) return;
        drawn.current = drawEntityGraph(el, initial, {
          expand: (node) => hooks.current.expand(node),
          open: (node, kind) => hooks.current.open(node, kind),
          onChange: setNodes,
        });
      })
      .catch(() => setFailed(true));
    return () => {
      live = false;
      drawn.current?.dispose();
      drawn.current = undefined;
    };
  }, [initial]);
  const expandFromList = (id: string) => {
    setError(undefined);
    drawn.current?.expand(id).catch((e: unknown) => setError(String(e)));
  };
  const label = t('entities.graphLabel', { n: nodes.length });
  return (
    <figure className="graph">
      <div
        ref={box}
        className="graph-canvas"
        data-testid="entity-graph"
        data-nodes={nodes.length}
        aria-label={label}
        role="img"
      />
      <figcaption className="muted">{failed ? t('entities.graphUnavailable') : label}</figcaption>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <details className="graph-nodes">
        <summary>{t('entities.graphList', { n: nodes.length })}</summary>
        <ul data-testid="graph-nodes">
          {nodes.map((n) => {
            const kind = kindKey(n.kind);
            const entity = entityIdOf(n);
            return (
              <li
                key={n.id}
                data-node={n.id}
                data-x={n.x}
                data-y={n.y}
                data-expanded={n.expanded ?? false}
              >
                <span className="tag">{kind ? t(kind) : n.kind}</span> {n.label}{' '}
                {!failed && !n.expanded && (
                  <button
                    type="button"
                    className="link"
                    aria-label={t('entities.expandNode', { label: n.label })}
                    onClick={() => expandFromList(n.id)}
                  >
                    {t('entities.expand')}
                  </button>
                )}{' '}
                {entity && (
                  <Link
                    href={`/entities/${encodeURIComponent(entity)}`}
                    aria-label={t('entities.openNode', { label: n.label })}
                  >
                    {t('entities.open')}
                  </Link>
                )}
              </li>
            );
          })}
        </ul>
      </details>
    </figure>
  );
}
