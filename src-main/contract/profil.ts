import { z } from 'zod';
import { instant } from './champs';
import { LOGEMENTS, NIVEAUX, RESSOURCES, SITUATIONS_PREMIER_ACCUEIL } from './referentielsParcours';

/** The profile as read back (what `jeunes.lire` adds to the desk's view). */
export const profilSchema = z.object({
  adresse: z.string().nullable(),
  /** As recorded (null: from the commune); the effective mark is `qpv` of the file. */
  qpvAdresse: z.boolean().nullable(),
  niveau: z.enum(NIVEAUX).nullable(),
  diplome: z.string().nullable(),
  situationPremierAccueil: z.enum(SITUATIONS_PREMIER_ACCUEIL).nullable(),
  logement: z.enum(LOGEMENTS).nullable(),
  ressources: z.enum(RESSOURCES).nullable(),
  permisB: z.boolean(),
  vehicule: z.boolean(),
  inscritFranceTravail: z.boolean(),
  identifiantFranceTravail: z.string().nullable(),
  ase: z.boolean(),
  rsa: z.boolean(),
  informationDonneesLe: z.string().nullable(),
  consentementTransmissionLe: z.string().nullable(),
  /** Version read: sent back by `jeunes.modifier` so that a concurrent change is not overwritten. */
  modifieLe: instant,
});
export type Profil = z.infer<typeof profilSchema>;
