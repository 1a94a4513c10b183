import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { isServedLanguage } from '../../server/languages';
import { requireUser } from '../.server/auth.server';
import { orHttpError } from '../.server/errors.server';
import { readForm } from '../.server/forms.server';

/** A staff member's UI language. */
export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const formData = await orHttpError(() => readForm(request, context));
  const locale = formData.get('locale');
  if (isServedLanguage(locale)) await context.services.auth.setOwnLocale(user, locale);
  const back = request.headers.get('referer');
  // A Referer that is not a URL (or names another site) sends the user home, never a 500.
  const path = back && URL.canParse(back) ? new URL(back).pathname : '/staff';
  return redirect(path.startsWith('/staff') && !path.startsWith('//') ? path : '/staff');
}

export async function loader() {
  return redirect('/staff');
}
