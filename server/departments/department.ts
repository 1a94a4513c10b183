/** Departments and the service catalogue that describes what each handles. Pure types. */
import type { Lang } from '../languages.js';

export interface Department {
  id: string;
  legalName: string;
  names: Record<Lang, string>;
  email: string;
  active: boolean;
  /** A manager approves replies before they are signed (the optional four-eyes rule). */
  fourEyes: boolean;
}

export interface ServiceText {
  name: string;
  description: string;
  keywords: string[];
}

export interface CatalogueService {
  id: string;
  slug: string;
  departmentId: string;
  texts: Record<Lang, ServiceText>;
}

export function departmentName(d: Pick<Department, 'names'>, lang: Lang): string {
  return d.names[lang];
}
