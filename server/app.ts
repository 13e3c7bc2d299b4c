import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { HttpBindings } from '@hono/node-server';
import type { Instance } from './context.ts';
import { bearerToken, loadCaller, type Env } from './auth.ts';
import { ApiError, errorResponse, MESSAGES } from './errors.ts';
import { apiThrottles, isoMicros } from './rate-limit.ts';
import { redact } from './dev/request-log.ts';
import { page, html, routeNotFound } from './html.ts';
import { oauthRoutes } from './routes/oauth.ts';
import { credentialsRoutes } from './routes/credentials.ts';
import { instanceRoutes } from './routes/instance.ts';
import { adminAccountsRoutes } from './routes/admin-accounts.ts';
import { adminReportsRoutes } from './routes/admin-reports.ts';
import { mediaRoutes } from './routes/media.ts';
import { devRoutes } from './routes/dev.ts';

type AppEnv = Env & { Bindings: Partial<HttpBindings> };

const EXPOSED = ['Link', 'X-RateLimit-Reset', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-Request-Id'];
const PAGING_PARAMS = ['max_id', 'min_id', 'since_id', 'page'];

export function createApp(inst: Instance) {
  const app = new Hono<AppEnv>();

  // Only /_dev/requests reads the log, so only --dev-routes pays for it.
  if (inst.options.devRoutes) {
    app.use('*', async (c, next) => {
      const started = performance.now();
      const url = new URL(c.req.url);
      const body = ['GET', 'HEAD', 'OPTIONS'].includes(c.req.method) ? null : await c.req.raw.clone().text().catch(() => null);
      await next();
      if (url.pathname.startsWith('/_dev/')) return;
      inst.requests.add({
        at: new Date().toISOString(),
        method: c.req.method,
        url: url.pathname + url.search,
        status: c.res.status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        body: body === null ? null : redact(body),
        contentType: c.req.header('content-type') ?? null,
      });
    });
  }

  // config/initializers/cors.rb: outermost, so errors and 429s carry the headers too.
  const apiCors = cors({
    origin: '*',
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    exposeHeaders: EXPOSED,
    maxAge: 7200,
  });
  app.use('/api/*', apiCors);
  app.use('/oauth/token', cors({ origin: '*', allowMethods: ['POST'], exposeHeaders: EXPOSED }));
  app.use('/oauth/revoke', cors({ origin: '*', allowMethods: ['POST'], exposeHeaders: EXPOSED }));
  app.use('/.well-known/*', cors({ origin: '*', allowMethods: ['GET'] }));
  if (inst.options.devRoutes) app.use('/_dev/*', cors({ origin: '*' }));

  if (inst.options.devRoutes) {
    app.use('*', async (c, next) => {
      if (c.req.method === 'OPTIONS' || c.req.path.startsWith('/_dev/')) return next();
      const fault = inst.faults.take(c.req.method, c.req.path);
      if (!fault) return next();
      if (fault.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, fault.latencyMs));
      if (fault.drop) {
        c.env?.incoming?.socket.destroy();
        return new Response(null, { status: 499 });
      }
      if (fault.malformed) return c.body('{"id": "1", "username": ', 200, { 'Content-Type': 'application/json; charset=utf-8' });
      if (fault.status !== null) {
        return c.json((fault.body ?? { error: defaultFaultMessage(fault.status) }) as object, fault.status as 500);
      }
      return next();
    });
  }

  app.use('/api/*', async (c, next) => {
    const token = bearerToken(c);
    const caller = await loadCaller(inst, token);
    c.set('caller', caller);
    if (inst.options.rateLimit) {
      const url = new URL(c.req.url);
      const result = inst.limiter.hit(
        apiThrottles({
          token: caller ? token : null,
          userId: caller?.user?.id ?? null,
          ip: c.env?.incoming?.socket.remoteAddress ?? 'unknown',
          paging: PAGING_PARAMS.some((key) => url.searchParams.has(key)),
        }),
        inst.clock.now(),
      );
      if (result) {
        c.header('X-RateLimit-Limit', String(result.limit));
        c.header('X-RateLimit-Remaining', String(result.remaining));
        c.header('X-RateLimit-Reset', isoMicros(result.reset));
        if (result.limited) return c.json({ error: MESSAGES.tooMany }, 429);
      }
    }
    c.header('Cache-Control', 'private, no-store');
    c.header('Vary', 'Authorization, Origin');
    await next();
    if (c.res.headers.get('content-type') === 'application/json') c.res.headers.set('Content-Type', 'application/json; charset=utf-8');
  });

  app.route('/', oauthRoutes(inst));
  app.route('/', credentialsRoutes(inst));
  app.route('/', instanceRoutes(inst));
  app.route('/', adminAccountsRoutes(inst));
  app.route('/', adminReportsRoutes(inst));
  app.route('/', mediaRoutes(inst));
  if (inst.options.devRoutes) app.route('/', devRoutes(inst));

  app.get('/', (c) =>
    c.html(page('Modboard local instance', html`<h1>Modboard local instance</h1><p>A Mastodon-compatible API for developing Modboard.</p>`)),
  );
  app.notFound(routeNotFound);
  app.onError((error, c) => {
    if (error instanceof ApiError) {
      if (error.status === 500) return c.html(page('Error', html`<h1>We're sorry, but something went wrong.</h1>`), 500);
      return errorResponse(c, error);
    }
    console.error(error);
    return c.html(page('Error', html`<h1>We're sorry, but something went wrong.</h1>`), 500);
  });
  return app;
}

function defaultFaultMessage(status: number): string {
  if (status === 401) return MESSAGES.invalidToken;
  if (status === 403) return MESSAGES.notAllowed;
  if (status === 404) return MESSAGES.notFound;
  if (status === 429) return MESSAGES.tooMany;
  if (status === 503) return 'There was a temporary problem serving your request, please try again';
  return 'Internal Server Error';
}
