import { describe, expect, test } from 'vitest';
import type { LignePortefeuille } from '../../src-main/contract';
import {
  depuis,
  filtrer,
  FILTRES_PAR_DEFAUT,
  nomJeune,
  SANS_PARCOURS,
  trier,
  typesPresents,
} from '../../src-renderer/screens/portefeuille/liste';

let suivant = 1;
function ligne(p: Partial<LignePortefeuille> & { nomNaissance: string }): LignePortefeuille {
  return {
    jeuneId: suivant++,
    nomUsage: null,
    prenoms: 'Camille',
    dateNaissance: '2005-01-01',
    age: 21,
    premierAccueilDate: null,
    dernierContactDate: null,
    parcours: null,
    sequence: null,
    prochainRendezVous: null,
    situation: null,
    actif: true,
    alertes: [],
    ...p,
  };
}

const parcours = (typeCode: string, typeLibelle: string, debut: string) => ({
  id: suivant++,
  typeCode,
  typeLibelle,
  debut,
  finPrevue: '2027-01-01',
  signe: true,
});

const noms = (l: LignePortefeuille[]) => l.map((x) => x.nomNaissance);

describe('« Mes jeunes » : le nom et le temps écoulé', () => {
  test("le nom de naissance d'abord, en capitales, le nom d'usage entre parenthèses", () => {
    expect(nomJeune({ nomNaissance: 'Dupont', nomUsage: 'Martin', prenoms: 'Élodie' })).toBe('DUPONT (Martin) Élodie');
    expect(nomJeune({ nomNaissance: 'Diallo', nomUsage: null, prenoms: 'Awa' })).toBe('DIALLO Awa');
  });

  test('se dit en jours, puis en semaines (le seuil « sans contact »), puis en mois et en années', () => {
    const auj = '2026-03-10';
    expect(depuis('2026-03-10', auj)).toBe("aujourd'hui");
    expect(depuis('2026-03-09', auj)).toBe('hier');
    expect(depuis('2026-03-01', auj)).toBe('il y a 9 jours');
    expect(depuis('2026-01-06', auj)).toBe('il y a 9 semaines');
    expect(depuis('2025-11-10', auj)).toBe('il y a 4 mois');
    expect(depuis('2023-02-10', auj)).toBe('il y a 3 ans');
    // A date to come (a correction typed ahead) says nothing rather than a negative delay.
    expect(depuis('2026-03-12', auj)).toBe('');
  });
});

describe('« Mes jeunes » : le tri des colonnes', () => {
  const a = ligne({ nomNaissance: 'Bernard', dernierContactDate: '2026-01-05', age: 19 });
  const b = ligne({ nomNaissance: 'Àubert', dernierContactDate: '2026-03-01', age: 24 });
  const c = ligne({ nomNaissance: 'Colin', dernierContactDate: null, age: 19 });

  test('par nom, accents ignorés, dans les deux sens', () => {
    expect(noms(trier([a, c, b], 'nom', 'asc'))).toEqual(['Àubert', 'Bernard', 'Colin']);
    expect(noms(trier([a, c, b], 'nom', 'desc'))).toEqual(['Colin', 'Bernard', 'Àubert']);
  });

  test('un jeune jamais contacté reste en fin de liste dans les deux sens', () => {
    expect(noms(trier([c, b, a], 'dernierContact', 'asc'))).toEqual(['Bernard', 'Àubert', 'Colin']);
    expect(noms(trier([c, a, b], 'dernierContact', 'desc'))).toEqual(['Àubert', 'Bernard', 'Colin']);
  });

  test('à valeur égale, les jeunes restent dans l’ordre des noms', () => {
    expect(noms(trier([c, b, a], 'age', 'asc'))).toEqual(['Bernard', 'Colin', 'Àubert']);
  });

  test("la liste d'une alerte : échéances dépassées d'abord, puis selon ce que compte le détail", () => {
    const alerte = (detail: string, echue: boolean) => [{ code: 'sans_contact' as const, detail, echue }];
    const x = ligne({ nomNaissance: 'X', alertes: alerte('7 semaines sans contact', false) });
    const y = ligne({ nomNaissance: 'Y', alertes: alerte('12 semaines sans contact', false) });
    const z = ligne({ nomNaissance: 'Z', alertes: alerte('8 semaines sans contact', true) });
    expect(noms(trier([x, y, z], 'alertes', 'desc', 'sans_contact'))).toEqual(['Z', 'Y', 'X']);
  });

  test('la séquence se trie dans son ordre du parcours, pas dans celui de l’alphabet', () => {
    const s1 = ligne({ nomNaissance: 'Suivi', sequence: { type: 'suivi_emploi', debut: '2026-01-01' } });
    const s2 = ligne({ nomNaissance: 'Orientation', sequence: { type: 'orientation', debut: '2026-01-01' } });
    const s3 = ligne({ nomNaissance: 'Accompagnement', sequence: { type: 'accompagnement', debut: '2026-01-01' } });
    expect(noms(trier([s1, s3, s2], 'sequence', 'asc'))).toEqual(['Orientation', 'Accompagnement', 'Suivi']);
  });
});

describe('« Mes jeunes » : les filtres', () => {
  const eloise = ligne({
    nomNaissance: 'Lefèvre',
    nomUsage: 'Morin',
    prenoms: 'Éloïse Marie',
    parcours: parcours('cej', "Contrat d'engagement jeune (CEJ)", '2026-01-10'),
    sequence: { type: 'orientation', debut: '2026-01-10' },
    alertes: [{ code: 'sequence_orientation', detail: 'Orientation depuis 4 mois', echue: true }],
  });
  const ancien = ligne({ nomNaissance: 'Petit', prenoms: 'Hugo', actif: false });
  const inactifAlerte = ligne({
    nomNaissance: 'Roux',
    actif: false,
    alertes: [{ code: 'sequence_orientation', detail: 'Orientation depuis 5 mois', echue: true }],
  });
  const pacea = ligne({ nomNaissance: 'Garcia', parcours: parcours('pacea', 'PACEA', '2025-06-01') });
  const tous = [eloise, ancien, inactifAlerte, pacea];

  test('« actifs seulement », par défaut, écarte les jeunes inactifs', () => {
    expect(noms(filtrer(tous, FILTRES_PAR_DEFAUT))).toEqual(['Lefèvre', 'Garcia']);
    expect(filtrer(tous, { ...FILTRES_PAR_DEFAUT, actifsSeulement: false })).toHaveLength(4);
  });

  test('le nom se filtre sans accents, par début de mot, sur tous les noms', () => {
    const f = (texte: string) => noms(filtrer(tous, { ...FILTRES_PAR_DEFAUT, texte }));
    expect(f('eloise')).toEqual(['Lefèvre']);
    expect(f('morin')).toEqual(['Lefèvre']);
    expect(f('lef mar')).toEqual(['Lefèvre']);
    expect(f('vre')).toEqual([]);
    // Folded as the desk search folds names: ligatures opened, punctuation ignored.
    const laetitia = ligne({ nomNaissance: "N'Diaye-Müller", prenoms: 'Lætitia' });
    expect(noms(filtrer([laetitia], { ...FILTRES_PAR_DEFAUT, texte: 'laetitia diaye' }))).toEqual(["N'Diaye-Müller"]);
    expect(noms(filtrer([laetitia], { ...FILTRES_PAR_DEFAUT, texte: 'muller' }))).toEqual(["N'Diaye-Müller"]);
    expect(f('hugo')).toEqual([]); // inactive, hidden by the default filter
  });

  test('par type de parcours, ou sans parcours', () => {
    expect(noms(filtrer(tous, { ...FILTRES_PAR_DEFAUT, typeParcours: 'pacea' }))).toEqual(['Garcia']);
    expect(noms(filtrer(tous, { ...FILTRES_PAR_DEFAUT, typeParcours: SANS_PARCOURS, actifsSeulement: false }))).toEqual(
      ['Petit', 'Roux'],
    );
  });

  test('par séquence, ou sans séquence', () => {
    expect(noms(filtrer(tous, { ...FILTRES_PAR_DEFAUT, sequence: 'orientation' }))).toEqual(['Lefèvre']);
    expect(noms(filtrer(tous, { ...FILTRES_PAR_DEFAUT, sequence: 'aucune' }))).toEqual(['Garcia']);
  });

  test("la liste d'une alerte montre tous ses jeunes, même inactifs, pour tomber juste avec son compte", () => {
    expect(noms(filtrer(tous, { ...FILTRES_PAR_DEFAUT, alerte: 'sequence_orientation' }))).toEqual(['Lefèvre', 'Roux']);
    expect(filtrer(tous, { ...FILTRES_PAR_DEFAUT, alerte: 'sans_contact' })).toEqual([]);
  });

  test('les types de parcours proposés au filtre sont ceux du portefeuille, par libellé', () => {
    expect(typesPresents(tous)).toEqual([
      { code: 'cej', libelle: "Contrat d'engagement jeune (CEJ)" },
      { code: 'pacea', libelle: 'PACEA' },
    ]);
  });

  test("filtrer la liste triée garde l'ordre du tri (l'écran trie une fois, puis filtre à la frappe)", () => {
    const grand = Array.from({ length: 2000 }, (_, i) =>
      ligne({
        nomNaissance: `Nom${i % 97}`,
        prenoms: `Prénom${i}`,
        dernierContactDate: i % 5 === 0 ? null : `2025-${String((i % 12) + 1).padStart(2, '0')}-15`,
        actif: i % 7 !== 0,
      }),
    );
    const filtres = { ...FILTRES_PAR_DEFAUT, texte: 'nom1' };
    const r = filtrer(trier(grand, 'dernierContact', 'desc'), filtres);
    expect(r).toEqual(trier(filtrer(grand, filtres), 'dernierContact', 'desc'));
    expect(r.length).toBeGreaterThan(100);
    expect(r.every((l) => l.actif && l.nomNaissance.startsWith('Nom1'))).toBe(true);
    const dates = r.map((l) => l.dernierContactDate);
    const premierVide = dates.indexOf(null);
    expect(premierVide).toBeGreaterThan(0);
    expect(dates.slice(premierVide).every((d) => d === null)).toBe(true);
    expect(dates.slice(0, premierVide)).toEqual([...dates.slice(0, premierVide)].sort().reverse());
  });
});
