import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, InlineError, Spinner, TextField } from '@/components/ui';
import { ApiError, NetworkError, errorMessage } from '@/lib/api-client';
import { useLogin } from '../api/login';

export function LoginForm() {
  const { t } = useTranslation();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  const error = login.error;
  const fieldErrors = error instanceof ApiError ? error.fieldErrors : {};
  const general =
    error instanceof ApiError
      ? error.generalErrors.length
        ? error.generalErrors
        : Object.keys(fieldErrors).length
          ? []
          : [errorMessage(error)]
      : error instanceof NetworkError
        ? [t('errors.network')]
        : error
          ? [errorMessage(error)]
          : [];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ username, password });
  };

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label={t('auth.title')}>
      <InlineError messages={general} />
      <TextField
        label={t('auth.username')}
        name="username"
        autoComplete="username"
        required
        autoFocus
        value={username}
        onChange={(e) => setUsername(e.target.value)}
        errors={fieldErrors.username}
      />
      <TextField
        label={t('auth.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        errors={fieldErrors.password}
      />
      <Button type="submit" className="w-full" disabled={login.isPending}>
        {login.isPending ? <Spinner /> : null}
        {login.isPending ? t('auth.signingIn') : t('auth.signIn')}
      </Button>
    </form>
  );
}
