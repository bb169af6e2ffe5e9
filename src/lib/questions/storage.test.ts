import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyProgress, record } from './leitner.ts';
import { parseProgress, serializeProgress } from './storage.ts';

describe('parseProgress', () => {
  it('round-trips what it stores', () => {
    const progress = record(emptyProgress(), 'namespaces-pid1-sigterm', true);
    expect(parseProgress(serializeProgress(progress))).toEqual({ progress });
  });

  it('starts empty with no message when nothing is stored', () => {
    expect(parseProgress(null)).toEqual({ progress: emptyProgress() });
  });

  it.each(['{not json', '[]', '"text"', 'null', '42'])('survives %s with a message', (raw) => {
    const result = parseProgress(raw);
    expect(result.progress).toEqual(emptyProgress());
    expect(result.message).toBe('Your saved progress could not be read, so it starts afresh.');
  });

  it('keeps good cards and drops bad ones, including a prototype key', () => {
    const raw =
      '{"session":3,"cards":{"ok":{"box":2,"due":5,"seen":2,"right":1},"bad":{"box":9,"due":1,"seen":1,"right":0},"__proto__":{"box":1,"due":1,"seen":1,"right":1},"neg":{"box":1,"due":-1,"seen":1,"right":0}}}';
    const result = parseProgress(raw);
    expect(result.progress).toEqual({ session: 3, cards: { ok: { box: 2, due: 5, seen: 2, right: 1 } } });
    expect(result.message).toBe('Part of your saved progress could not be read (3 items) and was left out.');
    expect(Object.getPrototypeOf(result.progress.cards)).toBe(Object.prototype);
  });

  it.each(['-5', '3.5', '"7"', '1e400'])('resets a session count of %s and says so', (session) => {
    const result = parseProgress(`{"session":${session},"cards":{}}`);
    expect(result.progress).toEqual(emptyProgress());
    expect(result.message).toBe('Part of your saved progress could not be read (1 item) and was left out.');
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const { progress } = parseProgress(raw);
        expect(progress.session).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
