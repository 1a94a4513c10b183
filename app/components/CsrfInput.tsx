import { useRouteLoaderData } from '@remix-run/react';
import type { RootData } from '../root';

/** Every form that changes something carries this token (checked by app/.server/forms.server.ts). */
export function CsrfInput() {
  const root = useRouteLoaderData('root') as RootData | undefined;
  return <input type="hidden" name="csrf" value={root?.csrf ?? ''} />;
}
