import type { LoaderFunctionArgs } from '@remix-run/node';
import { requireUser } from '../.server/auth.server';
import { orHttpError } from '../.server/errors.server';

const POLL_MS = 1000;
const MAX_STREAM_MS = 10 * 60_000;

/**
 * Live progress of text extraction for a case's documents (server-sent events). It reads the
 * database, so it shows the work of any worker process on any machine.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const view = await orHttpError(() => context.services.cases.getCaseForStaff(user, params.number ?? ''));
  const caseId = view.kase.id;
  const encoder = new TextEncoder();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const started = Date.now();
      let last = '';
      const tick = async () => {
        try {
          const progress = await context.services.cases.documentProgress(user, caseId);
          const json = JSON.stringify(progress);
          if (json !== last) {
            controller.enqueue(encoder.encode(`event: progress\ndata: ${json}\n\n`));
            last = json;
          } else {
            controller.enqueue(encoder.encode(': keep-alive\n\n'));
          }
          const settled = progress.documents.every((d) => d.status !== 'stored' && d.status !== 'extracting') && progress.caseStatus !== 'received';
          if (settled || Date.now() - started > MAX_STREAM_MS || request.signal.aborted) {
            controller.enqueue(encoder.encode('event: done\ndata: {}\n\n'));
            controller.close();
            return;
          }
          timer = setTimeout(tick, POLL_MS);
        } catch {
          controller.close();
        }
      };
      void tick();
    },
    cancel() {
      clearTimeout(timer);
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      // no-transform: the compression middleware must not buffer the stream.
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
    },
  });
}
