/**
 * A bare Fastify app for testing a route plugin on its own: the OpenAPI document's security
 * schemes (routes name them), the error envelope schema and the server's error handler.
 */
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { ErrorEnvelope, handleError } from '../../src/server/error-envelope.ts';

export async function routeTestApp(): Promise<FastifyInstance> {
  const app = Fastify();
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
