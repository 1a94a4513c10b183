/**
 * The inbox as a download: every case of the page's query (its view, filters, search and sort, the
 * viewer's scope applied), streamed through the reports slice's one export writer — no row cap,
 * never the whole list in memory. Headers in the viewer's language.
 */
import type { AppLoadContext } from '@remix-run/node';
import { parseInboxQuery, type InboxItem } from '../../server/cases/index';
import { exportRows, EXPORT_MEDIA_TYPES, type ExportColumn, type ExportFormat } from '../../server/reports/index';
import type { User } from '../../server/auth/user';
import { STREAMED_DOWNLOAD_CACHE } from './export.server';
import { translator } from './i18n.server';

export async function inboxExportResponse(request: Request, context: AppLoadContext, user: User, format: ExportFormat): Promise<Response> {
  const url = new URL(request.url);
  const defaultView = user.role === 'registry' ? 'triage' : user.role === 'clerk' ? 'department' : 'all';
  const query = parseInboxQuery(url.searchParams, defaultView);
  const translate = await translator(user.locale);
  // The same few labels (statuses, channels, kinds, languages) on every row: each looked up once.
  const labels = new Map<string, string>();
  const t = (key: string): string => {
    let label = labels.get(key);
    if (label === undefined) labels.set(key, (label = translate(key)));
    return label;
  };
  const departments = new Map((await context.services.departments.listDepartments()).map((d) => [d.id, d.names[user.locale]]));
  const columns: ExportColumn<InboxItem>[] = [
    { header: t('case.number'), value: (r) => r.number, width: 18 },
    { header: t('case.subject'), value: (r) => r.subject, width: 40 },
    { header: t('case.petitioner'), value: (r) => r.petitionerName, width: 24 },
    { header: t('case.language'), value: (r) => (r.language ? t(`language.${r.language}`) : ''), width: 12 },
    { header: t('case.department'), value: (r) => (r.departmentId ? departments.get(r.departmentId) ?? r.departmentId : t('inbox.triage')), width: 24 },
    { header: t('case.status'), value: (r) => t(`status.${r.status}`), width: 18 },
    { header: t('inbox.filters.channel'), value: (r) => t(`channel.${r.channel}`), width: 12 },
    { header: t('inbox.filters.kind'), value: (r) => t(`kind.${r.kind}`), width: 16 },
    { header: t('case.assignee'), value: (r) => r.assigneeName ?? '', width: 20 },
    { header: t('inbox.received'), value: (r) => r.receivedAt, width: 22 },
    { header: t('inbox.filters.registered'), value: (r) => r.registeredOn ?? '', width: 12 },
    { header: t('case.dueOn'), value: (r) => r.dueOn ?? '', width: 12 },
    { header: t('inbox.filters.deadline'), value: (r) => (r.deadline ? t(`inbox.deadline.${r.deadline.state}`) : ''), width: 18 },
  ];
  // The web server's responseDrained holds the next batch until the socket has taken the last.
  const stream = exportRows(format, columns, context.services.cases.streamInbox(user, query), { sheetName: t('inbox.title'), drained: context.responseDrained });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      'Content-Type': EXPORT_MEDIA_TYPES[format],
      'Content-Disposition': `attachment; filename="inbox-${query.view}-${day}.${format}"`,
      'Cache-Control': STREAMED_DOWNLOAD_CACHE,
    },
  });
}
