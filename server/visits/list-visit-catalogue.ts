/** The bookable services and service points, for the booking screens. */
import type { BookableService, ServicePoint } from './visit.js';
import { listBookableServiceRows, listServicePointRows } from './catalogue.repository.js';
import type { VisitDeps } from './deps.js';

function withoutId({ id: _id, ...service }: BookableService & { id: string }): BookableService {
  return service;
}

/** Active services, sorted by department then name. */
export async function listBookableServices(deps: VisitDeps): Promise<BookableService[]> {
  return (await listBookableServiceRows(deps.db, { activeOnly: true })).map(withoutId);
}

export async function findBookableService(deps: VisitDeps, slug: string): Promise<BookableService | null> {
  const [service] = await listBookableServiceRows(deps.db, { slug, activeOnly: true });
  return service ? withoutId(service) : null;
}

export async function listServicePoints(deps: VisitDeps): Promise<ServicePoint[]> {
  return listServicePointRows(deps.db, { activeOnly: true });
}
