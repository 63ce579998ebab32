import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Me } from '@/lib/api-types';
import { ensureCsrfCookie } from './csrf';
import { meQueryKey } from './me';

export interface LoginInput {
  username: string;
  password: string;
}

export async function login(input: LoginInput): Promise<Me> {
  await ensureCsrfCookie();
  return api.post<Me>('/api/auth/login/', input);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['login'],
    mutationFn: login,
    onSuccess: (me) => {
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}
