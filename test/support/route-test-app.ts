/**
 * A bare Fastify app for testing a route plugin on its own: the OpenAPI document's security
 * schemes (routes name them), the error envelope schema and the server's error handler; with
 * `serverValidation`, the server's request validation too (its coercion and its messages naming
 * each faulty parameter).
 */
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { ErrorEnvelope, handleError } from '../../src/server/error-envelope.ts';
import { requestValidatorFactory, validationError } from '../../src/server/request-validation.ts';

export async function routeTestApp(
  options: { serverValidation?: boolean } = {},
): Promise<FastifyInstance> {
  const app = Fastify(
    options.serverValidation
      ? {
          schemaController: { compilersFactory: { buildValidator: requestValidatorFactory() } },
          schemaErrorFormatter: validationError,
        }
      : {},
  );
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 't', version: '0' },
      components: {
        securitySchemes: {
          apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
          session: { type: 'apiKey', in: 'cookie', name: 'portcullis_session' },
        },
      },
    },
  });
  app.addSchema(ErrorEnvelope);
  app.setErrorHandler(handleError);
  return app;
}
