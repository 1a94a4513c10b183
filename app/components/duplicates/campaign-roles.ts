/** Who may open the campaigns (server/routing/campaigns.ts: canSeeCampaigns): managers and admins. */
export const CAMPAIGN_ROLES = ['manager', 'admin'] as const;
