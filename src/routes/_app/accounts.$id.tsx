import { createFileRoute } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { accountQuery } from '@/features/account-detail/queries.ts';
import { useActiveSession } from '@/features/auth/session-context.tsx';
import { accountKey, findListedAccount } from '@/lib/account-cache.ts';

export const Route = createFileRoute('/_app/accounts/$id')({
  loader: async ({ context, params }) => {
    const { queryClient, session } = context;
    // A row from a loaded list shows at once; the request still runs and replaces it.
    const listed = findListedAccount(queryClient, session, params.id);
    if (listed && !queryClient.getQueryData(accountKey(session, params.id))) queryClient.setQueryData(accountKey(session, params.id), listed, { updatedAt: 0 });
    await queryClient.ensureQueryData({ ...accountQuery(session, params.id), revalidateIfStale: true });
  },
  component: function AccountPage() {
    const { id } = Route.useParams();
    const session = useActiveSession();
    const { data } = useQuery(accountQuery(session, id));
    return (
      <div className="page">
        <h1>{data?.account?.display_name || data?.username}</h1>
      </div>
    );
  },
});
