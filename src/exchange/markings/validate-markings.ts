/**
 * Checks that a set of markings is coherent before an object is stored or released: H0 needs a
 * crime-prevention or investigation purpose, H3 needs its restriction text, H2 cannot allow onward
 * sharing, and an expiry must be a real instant.
 */
import { diagnostic, type Diagnostic } from '../../core/diagnostic.ts';
import type { Markings } from './markings.ts';
import { H0_PURPOSES } from './purpose.ts';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

export function validateMarkings(m: Markings): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (field: string) => ({ field });
  if (m.handling.code === 'H0' && !H0_PURPOSES.includes(m.purpose))
    out.push(
      diagnostic(
        'markings.h0-purpose',
        `H0 allows crime prevention or investigation only, not "${m.purpose}".`,
        at('purpose'),
      ),
    );
  if (m.handling.code === 'H3' && m.handling.restriction.trim() === '')
    out.push(
      diagnostic(
        'markings.h3-restriction',
        'H3 needs the restriction written out.',
        at('handling'),
      ),
    );
  if (m.handling.code === 'H2' && m.onwardSharing)
    out.push(
      diagnostic(
        'markings.h2-onward',
        'H2 forbids onward dissemination; onward sharing must be off.',
        at('onwardSharing'),
      ),
    );
  if (
    m.expiresAt !== undefined &&
    !(ISO_INSTANT.test(m.expiresAt) && !Number.isNaN(Date.parse(m.expiresAt)))
  )
    out.push(
      diagnostic(
        'markings.expiry',
        `"${m.expiresAt}" is not an ISO 8601 UTC instant.`,
        at('expiresAt'),
      ),
    );
  if (m.releasability.agencies.length + m.releasability.communities.length === 0 && m.tlp !== 'red')
    out.push(
      diagnostic(
        'markings.no-audience',
        'No agency or community is named: the object can reach no partner.',
        at('releasability'),
        'warning',
      ),
    );
  return out;
}
