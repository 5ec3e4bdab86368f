import { z } from 'zod';
import { estDateValide, siretValide } from './champs';
import {
  CODE_ZONE_RE,
  FRAIS,
  MOBILISABLE_PAR,
  MODES_ACCUEIL,
  MODES_MOBILISATION,
  PUBLICS,
  THEMATIQUES,
  TYPES_SERVICE,
} from './referentielsAnnuaire';

/**
 * One record of a data·inclusion file (schema v1), as the import reads it and the export writes
 * it. The constraints are the schema's (required fields, lengths, formats, enumerations), plus
 * the SIRET key, so that what the import accepts is what the export may produce. Messages say
 * which field to fix, in French.
 */

const optionnel = <T extends z.ZodType>(s: T) =>
  s
    .nullable()
    .optional()
    .transform((v) => v ?? null);
const chaine = (champ: string) =>
  optionnel(z.string({ error: `${champ} : texte attendu.` }).transform((v) => (v.trim() === '' ? null : v.trim())));

const nomDi = (quoi: string) =>
  z
    .string({ error: `nom : le nom ${quoi} est obligatoire.` })
    .trim()
    .min(3, { error: 'nom : 3 caractères au moins.' })
    .max(150, { error: 'nom : 150 caractères au plus.' })
    .refine((v) => !v.endsWith('.'), { error: 'nom : ne doit pas se terminer par un point.' });

const descriptionDi = z
  .string({ error: 'description : obligatoire (50 à 2 000 caractères).' })
  .trim()
  .min(50, { error: 'description : 50 caractères au moins.' })
  .max(2000, { error: 'description : 2 000 caractères au plus.' });

/** `date_maj`: a date; a published date-time is read as its date. */
const dateMaj = z
  .string({ error: 'date_maj : date de mise à jour obligatoire (AAAA-MM-JJ).' })
  .transform((v) => v.trim().slice(0, 10))
  .refine(estDateValide, { error: 'date_maj : date invalide, format AAAA-MM-JJ attendu.' });

const identifiant = (champ: string) =>
  z
    .string({ error: `${champ} : identifiant obligatoire.` })
    .trim()
    .min(1, { error: `${champ} : identifiant obligatoire.` })
    .max(200, { error: `${champ} : 200 caractères au plus.` });

// Built once: a departmental file holds thousands of addresses.
const adresseCourriel = z.email();
const courriel = optionnel(
  z
    .string()
    .trim()
    .refine((v) => v === '' || adresseCourriel.safeParse(v).success, {
      error: 'courriel : adresse invalide, forme nom@domaine.fr attendue.',
    })
    .transform((v) => (v === '' ? null : v.toLowerCase())),
);

const uri = (champ: string) =>
  optionnel(
    z
      .string()
      .trim()
      .max(2083, { error: `${champ} : 2 083 caractères au plus.` })
      .refine((v) => v === '' || /^https?:\/\/\S+$/i.test(v), {
        error: `${champ} : adresse web invalide (http:// ou https://).`,
      })
      .transform((v) => (v === '' ? null : v)),
  );

const codePostalDi = optionnel(
  z
    .string()
    .trim()
    .regex(/^\d{5}$/, { error: 'code_postal : 5 chiffres attendus.' }),
);
const codeInseeDi = optionnel(
  z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^(\d{5}|2[AB]\d{3})$/, { error: 'code_insee : code commune de 5 caractères attendu (ex. 26281).' }),
);
const coordonnee = (champ: string) => optionnel(z.number({ error: `${champ} : nombre attendu.` }));

/** An array of codes of a referential: each unknown code is named. Empty arrays are read as null. */
function codes<T extends readonly [string, ...string[]]>(champ: string, valeurs: T, quoi: string) {
  return optionnel(
    z
      .array(z.string({ error: `${champ} : liste de codes attendue.` }), {
        error: `${champ} : liste de codes attendue.`,
      })
      .superRefine((liste, ctx) => {
        for (const v of liste) {
          if (!(valeurs as readonly string[]).includes(v)) {
            ctx.addIssue({ code: 'custom', message: `${champ} : ${quoi} inconnu « ${v} ».` });
          }
        }
      })
      .transform((liste) => {
        const uniques = [...new Set(liste)] as T[number][];
        return uniques.length === 0 ? null : uniques;
      }),
  );
}

export const structureDiSchema = z.object({
  source: identifiant('source'),
  id: identifiant('id'),
  nom: nomDi('de la structure'),
  description: descriptionDi,
  date_maj: dateMaj,
  siret: optionnel(
    z
      .string()
      .transform((v) => v.replace(/\s+/g, ''))
      .refine((v) => /^\d{14}$/.test(v), { error: 'siret : 14 chiffres attendus.' })
      .refine(siretValide, { error: 'siret : la clé de contrôle ne correspond pas ; vérifiez les 14 chiffres.' }),
  ),
  commune: chaine('commune'),
  code_postal: codePostalDi,
  code_insee: codeInseeDi,
  adresse: chaine('adresse'),
  complement_adresse: chaine('complement_adresse'),
  longitude: coordonnee('longitude'),
  latitude: coordonnee('latitude'),
  telephone: chaine('telephone'),
  courriel,
  site_web: uri('site_web'),
  horaires_accueil: chaine('horaires_accueil'),
  accessibilite_lieu: uri('accessibilite_lieu'),
  reseaux_porteurs: optionnel(
    z
      .array(z.string(), { error: 'reseaux_porteurs : liste de codes attendue.' })
      .transform((l) => (l.length === 0 ? null : [...new Set(l)])),
  ),
});
export type StructureDi = z.output<typeof structureDiSchema>;

export const serviceDiSchema = z.object({
  source: identifiant('source'),
  id: identifiant('id'),
  structure_id: identifiant('structure_id'),
  nom: nomDi('du service'),
  description: descriptionDi,
  date_maj: dateMaj,
  type: optionnel(z.enum(TYPES_SERVICE, { error: 'type : type de service inconnu.' })),
  thematiques: codes('thematiques', THEMATIQUES, 'code de thématique'),
  frais: optionnel(z.enum(FRAIS, { error: 'frais : « gratuit » ou « payant » attendu.' })),
  frais_precisions: chaine('frais_precisions'),
  publics: codes('publics', PUBLICS, 'public'),
  publics_precisions: chaine('publics_precisions'),
  conditions_acces: chaine('conditions_acces'),
  commune: chaine('commune'),
  code_postal: codePostalDi,
  code_insee: codeInseeDi,
  adresse: chaine('adresse'),
  complement_adresse: chaine('complement_adresse'),
  longitude: coordonnee('longitude'),
  latitude: coordonnee('latitude'),
  telephone: chaine('telephone'),
  courriel,
  contact_nom_prenom: chaine('contact_nom_prenom'),
  horaires_accueil: chaine('horaires_accueil'),
  modes_accueil: codes('modes_accueil', MODES_ACCUEIL, "mode d'accueil"),
  zone_eligibilite: optionnel(
    z
      .array(z.string(), { error: 'zone_eligibilite : liste de codes attendue.' })
      .superRefine((liste, ctx) => {
        for (const v of liste) {
          if (!CODE_ZONE_RE.test(v)) {
            ctx.addIssue({
              code: 'custom',
              message: `zone_eligibilite : code « ${v} » inconnu (commune, département, EPCI ou « france »).`,
            });
          }
        }
      })
      .transform((l) => (l.length === 0 ? null : [...new Set(l)])),
  ),
  lien_mobilisation: uri('lien_mobilisation'),
  modes_mobilisation: codes('modes_mobilisation', MODES_MOBILISATION, 'mode de mobilisation'),
  mobilisable_par: codes('mobilisable_par', MOBILISABLE_PAR, 'valeur'),
  mobilisation_precisions: chaine('mobilisation_precisions'),
  volume_horaire_hebdomadaire: optionnel(
    z.number({ error: 'volume_horaire_hebdomadaire : nombre attendu.' }).min(0, {
      error: 'volume_horaire_hebdomadaire : 0 au moins.',
    }),
  ),
  nombre_semaines: optionnel(
    z
      .number({ error: 'nombre_semaines : nombre entier attendu.' })
      .int({ error: 'nombre_semaines : nombre entier attendu.' })
      .min(1, { error: 'nombre_semaines : 1 au moins.' }),
  ),
});
export type ServiceDi = z.output<typeof serviceDiSchema>;

/** What the export writes and the import reads first: both lists in one file. */
export const jeuDiSchema = z.object({
  structures: z.array(z.unknown()).default([]),
  services: z.array(z.unknown()).default([]),
});
