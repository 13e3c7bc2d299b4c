import { createFileRoute, redirect } from '@tanstack/react-router';
import { credentialsQuery } from '@/features/auth/queries.ts';
import { decodePermissions } from '@/lib/permissions.ts';

/** Moderators start on Accounts; a user without a moderating role has only the profile page. */
export const Route = createFileRoute('/_app/')({
  beforeLoad: async ({ context }) => {
    const account = await context.queryClient.ensureQueryData(credentialsQuery(context.session));
    const permissions = decodePermissions(account.role?.permissions);
    const moderates = permissions.has('manage_users') || permissions.has('manage_reports');
    throw redirect({ to: moderates ? '/accounts' : '/profile', replace: true });
  },
});
