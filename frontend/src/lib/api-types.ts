// The one place that maps the generated OpenAPI schema (src/lib/api-schema.d.ts, written by
// `npm run gen:api`) to the names the app uses.
import type { components } from './api-schema';

type S = components['schemas'];

export type Campaign = S['Campaign'];
export type CampaignStatus = S['CampaignStatusEnum'];
export type CampaignInput = Pick<S['CampaignRequest'], 'name' | 'template'> & { segment_rule: string };
export type CampaignList = S['PaginatedCampaignList'];
export type CampaignPreview = S['Preview'];
export type PreviewTarget = S['PreviewTarget'];
// The schema types these `status` fields as plain strings; they hold the campaign status.
export type CampaignSendResult = Omit<S['SendResult'], 'status'> & { status: CampaignStatus };
export type CampaignStats = Omit<S['Stats'], 'status'> & { status: CampaignStatus };
export type LatencyBucket = S['LatencyBin'];
export type Message = S['Message'];
export type MessageStatus = S['MessageStatusEnum'];
export type MessageList = S['PaginatedMessageList'];
export type RetryFailedResult = S['RetryResult'];
export type Contact = S['Contact'];
export type ContactList = S['PaginatedContactList'];
export type Audience = S['Audience'];
export type Tag = S['Tag'];
export type Me = S['Me'];

export const CAMPAIGN_STATUSES = ['draft', 'scheduled', 'sending', 'sent', 'paused', 'cancelled'] as const satisfies readonly CampaignStatus[];
export const MESSAGE_STATUSES = ['queued', 'sending', 'retrying', 'sent', 'failed'] as const satisfies readonly MessageStatus[];
