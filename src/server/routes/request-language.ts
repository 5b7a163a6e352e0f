/**
 * The language a reader asks an assessment's explanation in: the `lang` query parameter (en,
 * fr or nl) first, then the Accept-Language header (the supported language the reader ranks
 * highest, by its primary subtag: `nl-BE` is Dutch), English otherwise. The answer says which
 * (Content-Language) and that it depends on the header (Vary).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { isLanguage, LANGUAGES, SOURCE_LANGUAGE, type Language } from '../../core/language.ts';

export const LanguageQuery = Type.Object({
  lang: Type.Optional(
    Type.Union(
      LANGUAGES.map((l) => Type.Literal(l)),
      {
        description:
          'Language of the explanations (reasons and sentence): en, fr or nl. Wins over ' +
          'Accept-Language; English when neither asks for a language this node speaks.',
      },
    ),
  ),
});

export const LanguageHeaders = Type.Object({
  'accept-language': Type.Optional(
    Type.String({
      description:
        'Languages the reader prefers (RFC 9110), e.g. "nl-BE, fr;q=0.8": explanations come in ' +
        'the first of en, fr, nl by quality. The lang parameter wins over it.',
    }),
  ),
});

/** The language of the answer to `request`, set on `reply` as its Content-Language. */
export function requestLanguage(request: FastifyRequest, reply: FastifyReply): Language {
  const { lang } = (request.query ?? {}) as { lang?: unknown };
  const header = request.headers['accept-language'];
  const language = isLanguage(lang) ? lang : preferredLanguage(header);
  void reply.header('content-language', language).header('vary', 'Accept-Language');
  return language;
}

/** The supported language an Accept-Language value ranks highest; English without one. */
export function preferredLanguage(header: string | undefined): Language {
  let best: Language = SOURCE_LANGUAGE;
  let bestQ = 0;
  for (const part of (header ?? '').split(',')) {
    const [range = '', ...params] = part.trim().toLowerCase().split(';');
    const q = qualityOf(params);
    const primary = range.trim().split('-')[0];
    const language = primary === '*' ? SOURCE_LANGUAGE : primary;
    // Equal qualities keep the order written: the first wins.
    if (isLanguage(language) && q > bestQ) {
      best = language;
      bestQ = q;
    }
  }
  return best;
}

function qualityOf(params: readonly string[]): number {
  for (const p of params) {
    const [key, value] = p.trim().split('=');
    if (key === 'q') {
      const q = Number(value);
      return Number.isFinite(q) && q >= 0 && q <= 1 ? q : 0;
    }
  }
  return 1;
}
