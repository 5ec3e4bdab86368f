import { describe, expect, test } from 'vitest';
import {
  emargementOuvert,
  heureDeFin,
  messageEmargement,
  semaineDe,
} from '../../src-renderer/screens/ateliers/periode';

describe('Ateliers : la période et la liste d’émargement', () => {
  test('la semaine va du lundi au dimanche, quel que soit le jour choisi', () => {
    expect(semaineDe('2026-03-10')).toEqual({ du: '2026-03-09', au: '2026-03-15' }); // a Tuesday
    expect(semaineDe('2026-03-09')).toEqual({ du: '2026-03-09', au: '2026-03-15' }); // the Monday
    expect(semaineDe('2026-03-15')).toEqual({ du: '2026-03-09', au: '2026-03-15' }); // the Sunday
    // Across a month and a year.
    expect(semaineDe('2026-01-01')).toEqual({ du: '2025-12-29', au: '2026-01-04' });
  });

  test("l'heure de fin suit la durée, sans passer minuit", () => {
    expect(heureDeFin('14:00', 90)).toBe('15:30');
    expect(heureDeFin('09:45', 120)).toBe('11:45');
    expect(heureDeFin('23:00', 120)).toBe('23:59');
  });

  test("l'émargement s'ouvre le jour de l'atelier, pas avant", () => {
    expect(emargementOuvert('2026-03-12', '2026-03-11')).toBe(false);
    expect(emargementOuvert('2026-03-12', '2026-03-12')).toBe(true);
    expect(emargementOuvert('2026-03-12', '2026-04-01')).toBe(true);
  });

  test('le message dit les présents et les absents, accordés', () => {
    expect(messageEmargement({ presents: 12, absents: 2 })).toBe(
      '12 présents, 2 absents : les événements sont sur les dossiers.',
    );
    expect(messageEmargement({ presents: 1, absents: 0 })).toBe(
      '1 présent, 0 absent : les événements sont sur les dossiers.',
    );
  });
});
