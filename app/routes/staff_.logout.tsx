import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { endSession } from '../.server/auth.server';
import { rotateCsrfCookie } from '../.server/csrf.server';
import { orHttpError } from '../.server/errors.server';
import { readForm } from '../.server/forms.server';

export async function action({ request, context }: ActionFunctionArgs) {
  await orHttpError(() => readForm(request, context));
  const headers = new Headers();
  headers.append('Set-Cookie', await endSession(request, context));
  headers.append('Set-Cookie', await rotateCsrfCookie(context));
  return redirect('/staff/login', { headers });
}

export async function loader() {
  return redirect('/staff');
}
