import { createRootRouteWithContext, Outlet } from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import type { SessionStore } from '@/features/auth/session-store.ts';
import { RouteError } from '@/components/route-error.tsx';
import { NotFound } from '@/components/not-found.tsx';

export interface RouterContext {
  queryClient: QueryClient;
  sessions: SessionStore;
}

export const Route = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  errorComponent: RouteError,
  notFoundComponent: NotFound,
});
