import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';
import { meQueryKey } from '@/features/auth/api/me';

/** Signed out elsewhere (session expired): any 401/403 sends the operator back to sign-in. */
function onAuthError(client: () => QueryClient) {
  return (error: unknown) => {
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
      const c = client();
      if (c.getQueryData(meQueryKey)) c.setQueryData(meQueryKey, null);
    }
  };
}

export function createQueryClient(): QueryClient {
  // eslint-disable-next-line prefer-const
  let queryClient: QueryClient;
  const handler = onAuthError(() => queryClient);
  queryClient = new QueryClient({
    queryCache: new QueryCache({ onError: handler }),
    mutationCache: new MutationCache({
      onError: (error, _vars, _ctx, mutation) => {
        // A failed login is a form error, not a lost session.
        if (mutation.options.mutationKey?.[0] === 'login') return;
        handler(error);
      },
    }),
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => {
          if (error instanceof ApiError && error.status < 500) return false;
          return failureCount < 2;
        },
        refetchOnWindowFocus: false,
      },
    },
  });
  return queryClient;
}
