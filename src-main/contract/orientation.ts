import { z } from 'zod';
import { id, texte } from './champs';
import { STATUTS_ORIENTATION } from './referentielsAnnuaire';

/**
 * What an orientation says, wherever it is made (file, accueil, diagnostic). Kept apart from
 * the directory's contract so that the accueil and the diagnostic can name it without cycles.
 */
export const orientationSaisieSchema = z.object({
  partenaireId: id,
  serviceId: id.nullable().default(null),
  motif: texte("Motif de l'orientation", 1000),
  /** Only with the jeune's recorded consent (DOMAIN.md "Personal data"). */
  transmissionDiagnostic: z.boolean().default(false),
});
export type OrientationSaisie = z.input<typeof orientationSaisieSchema>;

/** An orientation as an accueil or a diagnostic shows it. */
export const orientationResumeSchema = z.object({
  id,
  partenaireId: id,
  partenaireNom: z.string(),
  serviceNom: z.string().nullable(),
  motif: z.string(),
  transmissionDiagnostic: z.boolean(),
  statut: z.enum(STATUTS_ORIENTATION),
});
export type OrientationResume = z.infer<typeof orientationResumeSchema>;
