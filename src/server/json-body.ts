/**
 * JSON request bodies: Fastify's own parser (with its prototype-poisoning guard), but a body that
 * does not parse is refused saying where it breaks (line and column, when the parser tells the
 * offset) rather than only that it is not JSON.
 */
import type { FastifyInstance } from 'fastify';
import { AppError } from '../core/app-error.ts';

/** Why and where a text is not JSON, without echoing the text itself. */
export function jsonFault(text: string): string {
  if (text.trim() === '') return 'the body is empty';
  try {
    JSON.parse(text);
    return 'the body is not valid JSON';
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const position = /^(.*?) in JSON at position (\d+)/.exec(message);
    if (position) {
      const offset = Number(position[2]);
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      const column = offset - before.lastIndexOf('\n');
      return `${position[1]} at line ${line}, column ${column}`;
    }
    const token = /^Unexpected token '(.+?)'/.exec(message);
    if (token) return `unexpected '${token[1]}'`;
    if (/end of JSON input/.test(message)) return 'it ends before the JSON value is complete';
    return 'the body is not valid JSON';
  }
}

export function registerJsonBodies(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    void parse(request, body as string, (error, value) => {
      if (error && (error as { code?: string }).code === 'FST_ERR_CTP_INVALID_JSON_BODY')
        done(
          new AppError(
            'bad_request',
            `The request body is not valid JSON: ${jsonFault(body as string)}.`,
          ),
        );
      else done(error, value);
    });
  });
}
