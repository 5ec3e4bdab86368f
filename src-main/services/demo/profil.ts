/**
 * The profile part of a demo jeune's file (issue 4): level, situation at first accueil, housing,
 * resources, mobility, rights. Distributions are those of a Mission Locale's public (about a
 * quarter without a diploma, most NEET when first received), shaped by age.
 */
import type { Logement, Niveau, Ressource, SituationPremierAccueil } from '../../contract/referentielsParcours';
import type { Alea } from './alea';
import { DIPLOMES, RUES } from './donneesParcours';

export interface ProfilDemo {
  adresse: string;
  /** Address-level QPV mark, only where the commune has a QPV (part of it); null: the commune's. */
  qpv: boolean | null;
  niveau: Niveau;
  diplome: string | null;
  situationPremierAccueil: SituationPremierAccueil;
  logement: Logement;
  ressources: Ressource;
  permisB: boolean;
  vehicule: boolean;
  inscritFranceTravail: boolean;
  identifiantFranceTravail: string | null;
  ase: boolean;
  rsa: boolean;
}

export function genererProfil(
  alea: Alea,
  j: { age: number; rqth: boolean; communeQpv: boolean; communeZrr: boolean },
): ProfilDemo {
  // About a quarter without a diploma, a tenth at Bac+2 or more; nobody holds a Bac at 16.
  const niveau: Niveau =
    j.age < 18
      ? alea.pondere([
          ['infra_3', 50],
          ['niveau_3', 50],
        ] as const)
      : j.age < 20
        ? alea.pondere([
            ['infra_3', 25],
            ['niveau_3', 32],
            ['niveau_4', 43],
          ] as const)
        : alea.pondere([
            ['infra_3', 18],
            ['niveau_3', 25],
            ['niveau_4', 40],
            ['niveau_5_plus', 17],
          ] as const);
  const situationPremierAccueil = alea.pondere([
    ['neet', 82],
    ['scolaire', j.age < 21 ? 9 : 3],
    ['emploi', 6],
    ['formation', 4],
  ] as const);
  const ase = alea.chance(0.03);
  const logement: Logement = ase
    ? alea.pondere([
        ['foyer', 5],
        ['heberge_tiers', 3],
        ['autonome', 2],
      ] as const)
    : alea.pondere([
        ['parents', j.age < 20 ? 75 : 55],
        ['autonome', j.age < 20 ? 4 : 16],
        ['heberge_tiers', 11],
        ['foyer', 6],
        ['hebergement_urgence', 2],
        ['sans_domicile', 1],
        ['autre', 2],
      ] as const);
  // RSA opens at 25 (earlier with a child): a few percent of the public.
  const rsa = j.age >= 25 ? alea.chance(0.25) : alea.chance(0.015);
  const ressources: Ressource = rsa
    ? 'rsa'
    : j.rqth && alea.chance(0.3)
      ? 'aah'
      : situationPremierAccueil === 'emploi'
        ? 'salaire'
        : alea.pondere([
            ['aucune', 50],
            ['famille', 30],
            ['chomage', j.age >= 18 ? 7 : 0],
            ['autre', 5],
          ] as const);
  const permisB = j.age >= 18 && alea.chance(j.age < 21 ? 0.22 : 0.42);
  const vehicule = permisB && alea.chance(j.communeZrr ? 0.7 : 0.45);
  const inscritFranceTravail = j.age >= 18 && alea.chance(situationPremierAccueil === 'neet' ? 0.5 : 0.1);
  return {
    adresse: `${alea.entier(1, 120)} ${alea.choix(RUES)}`,
    qpv: j.communeQpv ? alea.chance(0.45) : null,
    niveau,
    diplome: alea.choix(DIPLOMES[niveau]),
    situationPremierAccueil,
    logement,
    ressources,
    permisB,
    vehicule,
    inscritFranceTravail,
    identifiantFranceTravail: inscritFranceTravail && alea.chance(0.8) ? identifiantFT(alea) : null,
    ase,
    rsa,
  };
}

/** Seven digits and a letter, the shape of a France Travail number. */
function identifiantFT(alea: Alea): string {
  let n = '';
  for (let i = 0; i < 7; i++) n += String(alea.entier(0, 9));
  return n + 'ABCDEFGHJKLMNPRSTUVWXYZ'[alea.entier(0, 22)]!;
}
