/**
 * Content negotiation for the TAXII routes: a request whose Accept header names media types, none
 * of which is TAXII 2.1 (`application/taxii+json` with version 2.1 or no version) or a wildcard
 * over it, is answered 406 Not Acceptable (TAXII 2.1 section 1.6.8). No Accept header accepts
 * anything.
 */
import { AppError } from '../../core/app-error.ts';
import { TAXII_MEDIA_TYPE } from '../../services/exchange/exchange-vocabulary.ts';

function acceptableRange(range: string): boolean {
  const [type = '', ...params] = range.split(';').map((p) => p.trim().toLowerCase());
  const param = (name: string) =>
    params
      .find((p) => p.startsWith(`${name}=`))
      ?.slice(name.length + 1)
      .replace(/^"|"$/g, '');
  if (param('q') !== undefined && Number(param('q')) === 0) return false;
  if (type === '*/*' || type === 'application/*') return true;
  const version = param('version');
  return type === 'application/taxii+json' && (version === undefined || version === '2.1');
}

/** Throws `not_acceptable` when the Accept header rules out TAXII 2.1. */
export function requireTaxiiAccept(accept: string | undefined): void {
  if (accept === undefined || accept.trim() === '') return;
  if (accept.split(',').some(acceptableRange)) return;
  throw new AppError(
    'not_acceptable',
    `This server answers in ${TAXII_MEDIA_TYPE}; the Accept header "${accept.slice(0, 200)}" rules it out.`,
  );
}
