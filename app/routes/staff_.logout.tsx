import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { endSession } from '../.server/auth.server';
import { orHttpError } from '../.server/errors.server';
import { readForm } from '../.server/forms.server';

export async function action({ request, context }: ActionFunctionArgs) {
  await orHttpError(() => readForm(request, context));
  return redirect('/staff/login', { headers: { 'Set-Cookie': await endSession(request, context) } });
}

export async function loader() {
  return redirect('/staff');
}
