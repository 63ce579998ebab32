import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui';
import { useLogout } from '../api/logout';

export function SignOutButton() {
  const { t } = useTranslation();
  const logout = useLogout();
  return (
    <Button variant="ghost" size="sm" onClick={() => logout.mutate()} disabled={logout.isPending}>
      {t('auth.signOut')}
    </Button>
  );
}
