import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider, createRouter } from '@tanstack/react-router';
import { isApiError } from '@/api/errors.ts';
import { onUnauthorized } from '@/api/http.ts';
import { setupI18n } from '@/lib/i18n.ts';
import { parseSearch, stringifySearch } from '@/lib/search-params.ts';
import { SessionStore } from '@/features/auth/session-store.ts';
import { SessionsProvider } from '@/features/auth/session-context.tsx';
import { RouteError } from '@/components/route-error.tsx';
import { ToastProvider } from '@/components/toast.tsx';
import { routeTree } from './routeTree.gen.ts';
import './styles.css';

setupI18n();
const sessions = new SessionStore();
onUnauthorized((_error, credentials) => credentials && sessions.markExpired(credentials.token));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Retry once on a dropped connection or a 5xx; a 4xx will not change by asking again.
      retry: (count, error) => count < 1 && isApiError(error) && (error.kind === 'network' || error.kind === 'server'),
      refetchOnWindowFocus: false,
    },
  },
});

const router = createRouter({
  routeTree,
  context: { queryClient, sessions },
  // Each route catches its own errors, so the root (and its session prompt) stays mounted.
  defaultErrorComponent: RouteError,
  defaultPreload: 'intent',
  defaultPreloadStaleTime: 0,
  scrollRestoration: true,
  parseSearch,
  stringifySearch,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <SessionsProvider store={sessions}>
        <ToastProvider>
          <RouterProvider router={router} />
        </ToastProvider>
      </SessionsProvider>
    </QueryClientProvider>
  </StrictMode>,
);
