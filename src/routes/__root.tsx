import { createRootRouteWithContext, Outlet } from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import type { SessionStore } from '@/features/auth/session-store.ts';
import { RouteError } from '@/components/route-error.tsx';
import { NotFound } from '@/components/not-found.tsx';
import { SessionExpiredDialog } from '@/features/auth/session-expired-dialog.tsx';

export interface RouterContext {
  queryClient: QueryClient;
  sessions: SessionStore;
}

export const Route = createRootRouteWithContext<RouterContext>()({
  component: Root,
  errorComponent: RouteError,
  notFoundComponent: NotFound,
});

/** The session-expired prompt sits above every route, so it also covers a route whose loader got the 401. */
function Root() {
  return (
    <>
      <Outlet />
      <SessionExpiredDialog />
    </>
  );
}
