/**
 * Writes service points (with their weekly hours and closures) and bookable services, by slug: a
 * second run updates what is there and adds nothing. The demo seed uses it; an admin screen would too.
 */
import { inTransaction } from '../db/transaction.js';
import { newId } from '../ids.js';
import type { Lang } from '../languages.js';
import { upsertBookableService, upsertClosure, upsertServicePoint } from './catalogue.repository.js';
import type { VisitDeps } from './deps.js';
import { minutesOf } from './local-time.js';
import type { BookableService, ServicePoint } from './visit.js';

export interface ServicePointSpec extends Pick<ServicePoint, 'slug' | 'departmentId' | 'names' | 'address' | 'counters' | 'hours'> {
  closures?: { date: string; reason: string }[];
}
export interface BookableServiceSpec extends Omit<BookableService, 'servicePointIds' | 'active'> {
  /** Slugs of the points that offer it. */
  servicePoints: string[];
}

export async function saveVisitCatalogue(deps: VisitDeps, catalogue: { servicePoints: ServicePointSpec[]; services: BookableServiceSpec[] }): Promise<{ servicePoints: number; services: number }> {
  for (const p of catalogue.servicePoints) {
    for (const h of Object.values(p.hours)) {
      if (minutesOf(h!.closes) <= minutesOf(h!.opens) || minutesOf(h!.opens) % 15 !== 0) throw new Error(`bad hours for ${p.slug}: ${h!.opens}–${h!.closes}`);
    }
  }
  const at = deps.clock.now().toISOString();
  return inTransaction(deps.db, async (trx) => {
    const ids = new Map<string, string>();
    for (const p of catalogue.servicePoints) {
      const id = await upsertServicePoint(trx, { id: newId(), ...p, names: p.names as Record<Lang, string> }, at);
      ids.set(p.slug, id);
      for (const c of p.closures ?? []) await upsertClosure(trx, { servicePointId: id, ...c });
    }
    for (const s of catalogue.services) {
      const servicePointIds = s.servicePoints.map((slug) => {
        const id = ids.get(slug);
        if (!id) throw new Error(`${s.slug}: unknown service point ${slug}`);
        return id;
      });
      const { servicePoints: _slugs, ...service } = s;
      await upsertBookableService(trx, { id: newId(), ...service, servicePointIds, active: true }, at);
    }
    return { servicePoints: catalogue.servicePoints.length, services: catalogue.services.length };
  });
}
