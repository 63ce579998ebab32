import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui';
import { Layout } from '@/components/Layout';
import { useMe } from '@/features/auth/api/me';
import { LoginPage } from '@/features/auth/components/LoginPage';
import { CampaignDetailPage } from '@/features/campaigns/components/CampaignDetailPage';
import { CampaignCreatePage, CampaignEditPage } from '@/features/campaigns/components/CampaignEditorPages';
import { CampaignsListPage } from '@/features/campaigns/components/CampaignsListPage';
import { ContactsPage } from '@/features/contacts/components/ContactsPage';

function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="space-y-2">
      <p>{t('app.notFound')}</p>
      <Link to="/" className="text-indigo-700 underline">
        {t('app.backToCampaigns')}
      </Link>
    </div>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<CampaignsListPage />} />
      <Route path="/campaigns/new" element={<CampaignCreatePage />} />
      <Route path="/campaigns/:id" element={<CampaignDetailPage tab="overview" />} />
      <Route path="/campaigns/:id/messages" element={<CampaignDetailPage tab="messages" />} />
      <Route path="/campaigns/:id/edit" element={<CampaignEditPage />} />
      <Route path="/contacts" element={<ContactsPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

export function App() {
  const me = useMe();
  if (me.isPending) return <LoadingState />;
  if (me.isError) {
    return (
      <div className="p-6">
        <ErrorState error={me.error} onRetry={() => void me.refetch()} />
      </div>
    );
  }
  if (!me.data) return <LoginPage />;
  return (
    <Layout username={me.data.username}>
      <AppRoutes />
    </Layout>
  );
}
