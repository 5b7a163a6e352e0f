/**
 * The HTTP application: Fastify with the OpenAPI document, the one error handler and every
 * route plugin. Built without listening, so tests use `inject()`.
 */
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { Config } from '../services/config.ts';
import { ErrorEnvelope, errorBody, handleError } from './error-envelope.ts';
import { registerHardening, type HardeningOptions } from './hardening.ts';
import { registerJsonBodies } from './json-body.ts';
import { loggerOptions, type LogStream } from './logger.ts';
import { healthRoutes } from './routes/health.routes.ts';
import { intakeRoutes } from './routes/intake.routes.ts';
import { targetingRoutes } from './routes/targeting.routes.ts';
import { outcomesRoutes } from './routes/outcomes.routes.ts';
import { exchangeRoutes } from './routes/exchange.routes.ts';
import { entitiesRoutes } from './routes/entities.routes.ts';
import { sessionRoutes } from './routes/session.routes.ts';
import { routeGuard } from './auth/route-guard.ts';
import { auditRoutes } from './routes/audit.routes.ts';
import { webRoutes } from './routes/web.routes.ts';
import { cargoRoutes } from './routes/cargo.routes.ts';
import { usersRoutes } from './routes/users.routes.ts';
import type { ServerDeps } from './server-deps.ts';
import { requestValidatorFactory, validationError } from './request-validation.ts';
import { AppError } from '../core/app-error.ts';

export const API_VERSION = '0.1.0';
const MAX_PATH_PARAMETER_LENGTH = 1000;

export async function buildServer(
  deps: ServerDeps,
  config: Pick<Config, 'logLevel' | 'bodyLimitBytes'> &
    HardeningOptions & { readonly logStream?: LogStream },
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config.logLevel, config.logStream),
    bodyLimit: config.bodyLimitBytes,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    schemaController: { compilersFactory: { buildValidator: requestValidatorFactory() } },
    schemaErrorFormatter: validationError,
    // Longer than any declared path parameter, so its own schema names one that is too long.
    routerOptions: { maxParamLength: MAX_PATH_PARAMETER_LENGTH },
    frameworkErrors: (error, request, reply) => {
      handleError(error, request, reply);
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Portcullis API',
        version: API_VERSION,
        description:
          'Cargo intake, container targeting, outcomes, intelligence exchange and audit.',
      },
      components: {
        securitySchemes: {
          apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
          session: { type: 'apiKey', in: 'cookie', name: 'portcullis_session' },
          partnerToken: { type: 'http', scheme: 'bearer', description: 'TAXII partner token' },
        },
      },
    },
  });
  app.addSchema(ErrorEnvelope);
  app.setErrorHandler(handleError);
  registerJsonBodies(app);
  await registerHardening(app, config);
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const shown = path.length > 200 ? `${path.slice(0, 200)}…` : path;
    const error = AppError.notFound(`${request.method} ${shown}`);
    return reply.status(404).send(errorBody(error, request.id));
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  if (deps.session) app.addHook('onRequest', routeGuard(deps.session.actorOf));
  await app.register(healthRoutes(deps));
  if (deps.intake) await app.register(intakeRoutes(deps.intake, config.bodyLimitBytes));
  if (deps.targeting) await app.register(targetingRoutes(deps.targeting));
  if (deps.outcomes) await app.register(outcomesRoutes(deps.outcomes));
  if (deps.exchange) await app.register(exchangeRoutes(deps.exchange));
  if (deps.entities) await app.register(entitiesRoutes(deps.entities));
  if (deps.session) await app.register(sessionRoutes(deps.session));
  if (deps.audit) await app.register(auditRoutes(deps.audit));
  if (deps.cargo) await app.register(cargoRoutes(deps.cargo));
  if (deps.users) await app.register(usersRoutes(deps.users));
  if (deps.web) await app.register(webRoutes(deps.web));
  app.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, () =>
    Promise.resolve(app.swagger()),
  );
  return app;
}
