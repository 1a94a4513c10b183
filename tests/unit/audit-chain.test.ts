import { describe, expect, it } from 'vitest';
import { eventHash, GENESIS_HASH, verifyChain, type ChainedEventContent } from '../../server/cases/audit-chain';

function chain(n: number) {
  const events: (ChainedEventContent & { prevHash: string; hash: string })[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq += 1) {
    const content = { caseId: 'c1', seq, type: 'note_added', actorType: 'user', actorId: 'u1', visibility: 'internal', data: JSON.stringify({ i: seq }), createdAt: `2026-03-0${seq}T10:00:00.000Z` };
    const hash = eventHash(prev, content);
    events.push({ ...content, prevHash: prev, hash });
    prev = hash;
  }
  return { events, head: { hash: prev, seq: n } };
}

describe('audit hash chain', () => {
  it('verifies an intact chain', () => {
    const { events, head } = chain(4);
    expect(verifyChain(events, head)).toEqual([]);
  });

  it('hashes deterministically and depends on every field', () => {
    const { events } = chain(1);
    const e = events[0];
    expect(eventHash(GENESIS_HASH, e)).toBe(e.hash);
    for (const field of ['caseId', 'type', 'actorType', 'actorId', 'visibility', 'data', 'createdAt'] as const) {
      expect(eventHash(GENESIS_HASH, { ...e, [field]: 'changed' })).not.toBe(e.hash);
    }
    expect(eventHash(GENESIS_HASH, { ...e, seq: 2 })).not.toBe(e.hash);
  });

  it.each([
    ['an edited event', (c: ReturnType<typeof chain>) => { c.events[1] = { ...c.events[1], data: '{"i":99}' }; }, 'hash_mismatch'],
    ['a removed middle event', (c: ReturnType<typeof chain>) => { c.events.splice(1, 1); }, 'broken_link'],
    ['a removed last event', (c: ReturnType<typeof chain>) => { c.events.pop(); }, 'head_mismatch'],
    ['re-ordered events', (c: ReturnType<typeof chain>) => { [c.events[1], c.events[2]] = [c.events[2], c.events[1]]; }, 'sequence_gap'],
  ])('detects %s', (_name, tamper, reason) => {
    const c = chain(4);
    tamper(c);
    expect(verifyChain(c.events, c.head).map((p) => p.reason)).toContain(reason);
  });
});
