/** Ids are UUIDv7 strings: unique, and sortable by creation time. */
import { uuidv7 } from 'uuidv7';

export function newId(): string {
  return uuidv7();
}
