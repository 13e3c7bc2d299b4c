import { createFileRoute } from '@tanstack/react-router';
import { z } from 'zod/mini';
import { LoginForm } from '@/features/auth/login-form.tsx';
import { safeReturnPath } from '@/features/auth/callback-view.tsx';
import { LanguageSwitch } from '@/features/shell/language-switch.tsx';

export const Route = createFileRoute('/login')({
  validateSearch: z.object({ redirect: z.catch(z.optional(z.string()), undefined) }),
  component: LoginPage,
});

function LoginPage() {
  const { redirect } = Route.useSearch();
  return (
    <main className="centered" id="main">
      <div className="corner">
        <LanguageSwitch />
      </div>
      <LoginForm returnTo={safeReturnPath(redirect)} />
    </main>
  );
}
