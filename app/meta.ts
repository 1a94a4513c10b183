import type { MetaFunction } from '@remix-run/node';

/** Page titles come from the loader, translated on the server in the page's language. */
export const titleFromLoader: MetaFunction = ({ data }) => {
  const title = (data as { title?: string } | undefined)?.title;
  return [{ title: title ? `${title} · Petition Desk` : 'Petition Desk' }];
};
