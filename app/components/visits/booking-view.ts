/** The shapes the booking pages' loaders hand their components (plain data, client-safe). */

export interface ServiceView {
  slug: string;
  name: string;
  description: string;
  durationSlots: number;
  remote: {
    possible: boolean;
    eServiceUrl: string | null;
    petitionForm: boolean;
  };
}

export interface ServiceGroup {
  department: string;
  services: { slug: string; name: string }[];
}

/** One free start at one service point (the counter is the service's to choose: the first free one). */
export interface SlotOption {
  /** `<servicePointId>|<start>`: what the slot radio posts. */
  value: string;
  start: string;
  end: string;
}

export interface SlotGroup {
  servicePointId: string;
  name: string;
  address: string;
  slots: SlotOption[];
}

export interface DayOption {
  date: string;
  free: number;
}

export type BookingStep = 'service' | 'remote' | 'slot';

export interface BookingView {
  step: BookingStep;
  groups: ServiceGroup[];
  service: ServiceView | null;
  why: string;
  /** The visit was asked for without the reason a remote-capable matter needs. */
  whyMissing: boolean;
  days: DayOption[];
  date: string | null;
  slots: SlotGroup[];
}

/** The slot radio's value, read back. */
export function parseSlotValue(value: string): { servicePointId: string; start: string } | null {
  const m = /^([^|]{1,100})\|(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})$/.exec(value);
  return m ? { servicePointId: m[1]!, start: m[2]! } : null;
}
