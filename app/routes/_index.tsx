import { redirect, type LoaderFunctionArgs } from '@remix-run/node';
import { resolveLocale } from '../.server/i18n.server';

/** The bare address sends residents to their browser's language (Lithuanian by default). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  return redirect(`/${await resolveLocale(request, context)}`);
}
