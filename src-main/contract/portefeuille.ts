import { z } from 'zod';
import { methode } from './core';
import { id } from './champs';
import { DESIGNENT_LES_REFERENTS } from './accueil';
import { SUIVENT_LES_PARCOURS } from './dossier';
import { ALERTES, TYPES_SEQUENCE, TYPES_SITUATION } from './referentielsParcours';

export const lignePortefeuilleSchema = z.object({
  jeuneId: id,
  nomNaissance: z.string(),
  nomUsage: z.string().nullable(),
  prenoms: z.string(),
  dateNaissance: z.string(),
  age: z.number(),
  premierAccueilDate: z.string().nullable(),
  dernierContactDate: z.string().nullable(),
  /** The open parcours (the most recent if several types are open), or null. */
  parcours: z
    .object({
      id,
      typeCode: z.string(),
      typeLibelle: z.string(),
      debut: z.string(),
      finPrevue: z.string(),
      signe: z.boolean(),
    })
    .nullable(),
  /** The séquence in progress of that parcours. */
  sequence: z.object({ type: z.enum(TYPES_SEQUENCE), debut: z.string() }).nullable(),
  prochainRendezVous: z.object({ date: z.string(), heure: z.string() }).nullable(),
  /** The situation in progress today (the latest started if several). */
  situation: z.object({ type: z.enum(TYPES_SITUATION), sousType: z.string().nullable(), debut: z.string() }).nullable(),
  /** Active: an open parcours, or a contact in the last 12 months. */
  actif: z.boolean(),
  /** Each alert raised on this jeune, with what makes it (e.g. "9 semaines sans contact"). */
  alertes: z.array(z.object({ code: z.enum(ALERTES), detail: z.string(), echue: z.boolean() })),
});
export type LignePortefeuille = z.infer<typeof lignePortefeuilleSchema>;

export const portefeuilleContract = {
  'portefeuille.lister': methode({
    resume:
      'Mes jeunes : parcours et séquence en cours, dernier contact, prochain rendez-vous, situation, alertes. La direction voit le portefeuille de chaque conseiller.',
    roles: SUIVENT_LES_PARCOURS,
    mode: 'lecture',
    input: z
      .object({
        /** Omitted: the caller's own portfolio. Another conseiller's, or null ("sans référent"): direction. */
        conseillerId: id.nullable().optional(),
      })
      .default({}),
    output: z.object({
      conseillerId: z.number().nullable(),
      semainesSansContact: z.number(),
      jeunes: z.array(lignePortefeuilleSchema),
      alertes: z.array(z.object({ code: z.enum(ALERTES), nombre: z.number() })),
    }),
  }),
  'portefeuille.conseillers': methode({
    resume: 'Pour la direction : chaque conseiller, son nombre de jeunes, de jeunes en parcours et d’alertes.',
    roles: ['direction'],
    mode: 'lecture',
    input: z.object({}).default({}),
    output: z.array(
      z.object({
        conseillerId: z.number().nullable(),
        nom: z.string(),
        jeunes: z.number(),
        actifs: z.number(),
        enParcours: z.number(),
        alertes: z.number(),
      }),
    ),
  }),
  'portefeuille.reaffecter': methode({
    resume: 'La direction confie des jeunes à un autre conseiller (le référent de leurs parcours ouverts suit).',
    roles: DESIGNENT_LES_REFERENTS,
    mode: 'ecriture',
    dossier: 'modification',
    input: z.object({
      jeuneIds: z.array(id).min(1, { error: 'Choisissez au moins un jeune.' }).max(5000),
      conseillerId: id,
    }),
    output: z.object({ reaffectes: z.number() }),
  }),
} as const;
