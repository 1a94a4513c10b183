import type { LoaderFunctionArgs } from '@remix-run/node';
import { requireUser } from '../.server/auth.server';

const POLL_MS = 3000;
const MAX_STREAM_MS = 30 * 60_000;

/**
 * The inbox's live mark (server-sent events): the instant of the newest change among the cases this
 * person may see, sent whenever it moves. It reads the database, so every web process on every machine
 * sees every intake; the page reloads its own data (and its rules) when the mark moves. No case data
 * travels on this stream.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const encoder = new TextEncoder();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const started = Date.now();
      let last: string | null = null;
      const tick = async () => {
        try {
          if (request.signal.aborted || Date.now() - started > MAX_STREAM_MS) {
            controller.close();
            return;
          }
          const mark = await context.services.cases.inboxChangeMark(user);
          controller.enqueue(encoder.encode(mark !== last ? `event: change\ndata: ${mark}\n\n` : ': keep-alive\n\n'));
          last = mark;
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
    headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache, no-transform', Connection: 'keep-alive' },
  });
}
