import { describe, expect, test } from 'vitest';
import { aujourdhuiIso, heureMaintenant } from '../../src-renderer/components/dates';

describe("« maintenant » à l'écran", () => {
  test('est lu à Paris, quel que soit le fuseau du poste', () => {
    // 23:30 UTC on 9 March is already 00:30 on 10 March in Paris (winter time).
    const instant = new Date('2026-03-09T23:30:00Z');
    expect(aujourdhuiIso(instant)).toBe('2026-03-10');
    expect(heureMaintenant(instant)).toBe('00:30');
    // Summer time: UTC+2.
    expect(heureMaintenant(new Date('2026-07-01T06:05:00Z'))).toBe('08:05');
  });
});
