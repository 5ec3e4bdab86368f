import { z } from 'zod';
import { methode, type Role } from './core';
import { codeInsee, dateLocale, id, optionnel, texte, texteOptionnel } from './champs';
import { ACCOMPAGNENT } from './dossier';
import { NIVEAUX } from './referentielsParcours';
import { codeRome } from './entreprises';
import {
  DECISIONS_COMMISSION,
  DOMAINES_FORMATION,
  FINANCEURS,
  MOTIFS_NON_RETENU_FORMATION,
  RAISONS_BESOIN,
  STATUTS_ACTION,
  STATUTS_POSITIONNEMENT,
  TYPES_BILAN_ACTION,
  TYPES_FORMATION,
} from './referentielsFormation';

/**
 * Training actions and their référents (issue 7). Every accompanying role reads the actions (a
 * conseiller looks them up in front of a jeune) and positions its jeunes; the référent formation
 * and direction keep the programme (create, import); the référent d'action of an action — a
 * conseiller — also edits it, holds its commissions and writes its bilans (checked in the
 * handlers, since it depends on the action).
 */
export const SUIVENT_LES_FORMATIONS: readonly Role[] = ACCOMPAGNENT;
export const PROGRAMMENT_LES_FORMATIONS: readonly Role[] = ['referent_formation', 'direction'];

const entier = (libelle: string, min: number, max: number) =>
  z
    .number({ error: `${libelle} : un nombre.` })
    .int({ error: `${libelle} : un nombre entier.` })
    .min(min, { error: `${libelle} : ${min} au moins.` })
    .max(max, { error: `${libelle} : ${max} au plus.` });

export const actionSaisieSchema = z
  .object({
    intitule: texte("Intitulé de l'action", 200),
    /** As the funder names it ("Programme régional de formation 2026 — parcours qualifiants"). */
    programme: texte('Programme', 200),
    financeur: z.enum(FINANCEURS, { error: 'Financeur : choisissez dans la liste.' }),
    /** The training body: a partner of the directory. */
    organismeId: id,
    typeFormation: z.enum(TYPES_FORMATION, {
      error: 'Type de formation : qualifiante, pré-qualifiante ou remise à niveau.',
    }),
    domaine: z.enum(DOMAINES_FORMATION, { error: 'Domaine : choisissez dans la liste.' }),
    /** The diploma or title prepared, if any ("CAP Cuisine"). */
    certification: texteOptionnel('Certification visée', 200),
    lieu: texteOptionnel('Lieu', 200),
    codeInsee: codeInsee.nullable().default(null),
    commune: texteOptionnel('Commune', 120),
    debut: dateLocale,
    fin: dateLocale,
    places: entier('Places', 1, 500),
    prerequis: texteOptionnel('Pré-requis', 2000),
    /** The lowest level of education admitted; null: no level required. */
    niveauMinimum: z.enum(NIVEAUX, { error: 'Niveau minimum : choisissez dans la liste.' }).nullable().default(null),
    ageMinimum: entier('Âge minimum', 14, 99).nullable().default(null),
    ageMaximum: entier('Âge maximum', 14, 99).nullable().default(null),
    description: texteOptionnel('Description', 8000),
    /** The conseiller who follows the action, from recruitment to the final bilan. */
    referentId: id.nullable().default(null),
    statut: z.enum(STATUTS_ACTION, { error: 'Statut : choisissez dans la liste.' }).default('programmee'),
    /** The funder's own number of the action; the CSV import matches on it. */
    reference: texteOptionnel('Référence de l’action', 60),
  })
  .refine((a) => a.debut <= a.fin, { error: 'Fin : l’action ne peut pas finir avant de commencer.', path: ['fin'] })
  .refine((a) => a.ageMinimum === null || a.ageMaximum === null || a.ageMinimum <= a.ageMaximum, {
    error: 'Âge maximum : il ne peut pas être inférieur à l’âge minimum.',
    path: ['ageMaximum'],
  });
export type ActionSaisie = z.input<typeof actionSaisieSchema>;

const comptesParStatut = z.array(z.object({ statut: z.enum(STATUTS_POSITIONNEMENT), nombre: z.number() }));

export const ligneActionSchema = z.object({
  id,
  intitule: z.string(),
  programme: z.string(),
  financeur: z.enum(FINANCEURS),
  organismeId: id,
  organismeNom: z.string(),
  typeFormation: z.enum(TYPES_FORMATION),
  domaine: z.enum(DOMAINES_FORMATION),
  certification: z.string().nullable(),
  commune: z.string().nullable(),
  codeInsee: z.string().nullable(),
  debut: z.string(),
  fin: z.string(),
  places: z.number(),
  /** Places minus the candidacies holding one (retained, entered, ended or abandoned after entry). */
  placesRestantes: z.number(),
  niveauMinimum: z.enum(NIVEAUX).nullable(),
  ageMinimum: z.number().nullable(),
  ageMaximum: z.number().nullable(),
  prerequis: z.string().nullable(),
  referentId: z.number().nullable(),
  referentNom: z.string().nullable(),
  statut: z.enum(STATUTS_ACTION),
  positionnements: z.number(),
  entres: z.number(),
  reference: z.string().nullable(),
});
export type LigneAction = z.infer<typeof ligneActionSchema>;

export const etapePositionnementSchema = z.object({
  id,
  statut: z.enum(STATUTS_POSITIONNEMENT),
  date: z.string(),
  motifNonRetenu: z.enum(MOTIFS_NON_RETENU_FORMATION).nullable(),
  commentaire: z.string().nullable(),
  commissionId: z.number().nullable(),
  parNom: z.string().nullable(),
});

export const positionnementSchema = z.object({
  id,
  actionId: id,
  actionIntitule: z.string(),
  organismeNom: z.string(),
  jeuneId: id,
  jeuneNom: z.string(),
  /** The day the jeune was proposed. */
  date: z.string(),
  statut: z.enum(STATUTS_POSITIONNEMENT),
  /** The day of the current status. */
  statutLe: z.string(),
  motifNonRetenu: z.enum(MOTIFS_NON_RETENU_FORMATION).nullable(),
  /** For "termine": whether the certification was obtained. */
  certificationObtenue: z.boolean().nullable(),
  commentaire: z.string().nullable(),
  /** The jeune's "formation" situation, from entry on. */
  situationId: z.number().nullable(),
  /** Where it may go next (TRANSITIONS_POSITIONNEMENT), for the page's buttons. */
  suivants: z.array(z.enum(STATUTS_POSITIONNEMENT)),
  etapes: z.array(etapePositionnementSchema),
  /** What the action brought the jeune (the individual bilan). */
  bilan: z.object({ date: z.string(), apports: z.string(), suite: z.string().nullable() }).nullable(),
  auteurNom: z.string(),
  modifieLe: z.string(),
});
export type Positionnement = z.infer<typeof positionnementSchema>;

export const commissionSchema = z.object({
  id,
  actionId: id,
  date: z.string(),
  participants: z.string().nullable(),
  note: z.string().nullable(),
  decisions: z.array(
    z.object({
      positionnementId: id,
      jeuneId: id,
      jeuneNom: z.string(),
      decision: z.enum(DECISIONS_COMMISSION),
      motifNonRetenu: z.enum(MOTIFS_NON_RETENU_FORMATION).nullable(),
      commentaire: z.string().nullable(),
    }),
  ),
  auteurNom: z.string(),
});
export type Commission = z.infer<typeof commissionSchema>;

/** The figures of a bilan, computed from the candidacies when it is written (a snapshot). */
export const chiffresBilanSchema = z.object({
  places: z.number(),
  positionnements: z.number(),
  entres: z.number(),
  enCours: z.number(),
  abandons: z.number(),
  termines: z.number(),
  certifies: z.number(),
  /** Jeunes entered whose emploi/alternance (or another formation) situation started after the action began. */
  sortiesEmploi: z.number(),
  sortiesFormation: z.number(),
  tauxRemplissage: z.number().nullable(),
});

export const bilanActionSchema = z.object({
  id,
  actionId: id,
  type: z.enum(TYPES_BILAN_ACTION),
  date: z.string(),
  chiffres: chiffresBilanSchema,
  pointsForts: z.string().nullable(),
  difficultes: z.string().nullable(),
  note: z.string().nullable(),
  auteurNom: z.string(),
  modifieLe: z.string(),
});
export type BilanAction = z.infer<typeof bilanActionSchema>;

export const tableauActionSchema = z.object({
  places: z.number(),
  parStatut: comptesParStatut,
  positionnements: z.number(),
  entres: z.number(),
  /** Entries / places (DOMAIN.md taux_remplissage_formation); null without places. */
  tauxRemplissage: z.number().nullable(),
  /** Days from proposal to entry, over those entered; null without any entry. */
  delaiMoyenJours: z.number().nullable(),
  delaiMedianJours: z.number().nullable(),
  abandons: z.number(),
  /** Abandons / entries; null without any entry. */
  tauxAbandon: z.number().nullable(),
});
export type TableauAction = z.infer<typeof tableauActionSchema>;

export const actionSchema = ligneActionSchema.extend({
  lieu: z.string().nullable(),
  description: z.string().nullable(),
  positionnementsListe: z.array(positionnementSchema),
  commissions: z.array(commissionSchema),
  bilans: z.array(bilanActionSchema),
  tableau: tableauActionSchema,
  /** Unmet needs recorded against this action (no place left, dates…). */
  besoins: z.number(),
  modifieLe: z.string(),
});
export type ActionFormation = z.infer<typeof actionSchema>;

export const besoinSaisieSchema = z.object({
  jeuneId: id,
  /** Today when omitted. */
  date: dateLocale.optional(),
  domaine: z.enum(DOMAINES_FORMATION, { error: 'Domaine : choisissez dans la liste.' }),
  /** The target training or job, in words ("CAP petite enfance"). */
  objet: texte('Formation ou métier visé', 200),
  codeRome: optionnel(codeRome),
  raison: z.enum(RAISONS_BESOIN, { error: 'Raison : choisissez dans la liste.' }),
  /** The action that could not take the jeune, if any (no place left, dates). */
  actionId: id.nullable().default(null),
  commentaire: texteOptionnel('Commentaire', 2000),
});

export const besoinSchema = z.object({
  id,
  jeuneId: id,
  jeuneNom: z.string(),
  date: z.string(),
  domaine: z.enum(DOMAINES_FORMATION),
  objet: z.string(),
  codeRome: z.string().nullable(),
  raison: z.enum(RAISONS_BESOIN),
  actionId: z.number().nullable(),
  actionIntitule: z.string().nullable(),
  commentaire: z.string().nullable(),
  auteurNom: z.string(),
});
export type Besoin = z.infer<typeof besoinSchema>;

const fichierCsv = z.object({
  contenu: z
    .string({ error: 'Fichier : contenu attendu.' })
    .max(50_000_000, { error: 'Fichier trop volumineux (50 Mo au plus).' }),
  /** Write nothing at all if a single line is refused. */
  toutOuRien: z.boolean().default(false),
});
export const rapportImportActionsSchema = z.object({
  lignes: z.number(),
  creees: z.number(),
  misesAJour: z.number(),
  inchangees: z.number(),
  /** Training bodies not found in the directory, added to it (type « organisme de formation »). */
  organismesCrees: z.array(z.string()),
  refus: z.array(z.object({ ligne: z.number(), reference: z.string().nullable(), raisons: z.array(z.string()) })),
  ecrit: z.boolean(),
});
export type RapportImportActions = z.infer<typeof rapportImportActionsSchema>;

const periode = z
  .object({ du: dateLocale, au: dateLocale })
  .refine((p) => p.du <= p.au, { error: 'Période : la fin précède le début.', path: ['au'] });

export const formationContract = {
  'actions.rechercher': methode({
    resume:
      'Les actions de formation : en recrutement par défaut, par domaine, commune, dates, pré-requis (niveau, âge du jeune), avec les places restantes.',
    roles: SUIVENT_LES_FORMATIONS,
    mode: 'lecture',
    input: z
      .object({
        texte: z.string().trim().max(100).default(''),
        /** Default: those a jeune can still join. */
        statuts: z.array(z.enum(STATUTS_ACTION)).max(STATUTS_ACTION.length).default(['programmee', 'en_recrutement']),
        domaines: z.array(z.enum(DOMAINES_FORMATION)).max(DOMAINES_FORMATION.length).default([]),
        codeInsee: codeInsee.nullable().default(null),
        /** Actions starting on or after / on or before. */
        debutApres: dateLocale.nullable().default(null),
        debutAvant: dateLocale.nullable().default(null),
        /** The jeune's level and age: actions whose prerequisites they meet. */
        niveau: z.enum(NIVEAUX).nullable().default(null),
        age: z.number().int().min(10).max(99).nullable().default(null),
        avecPlacesSeulement: z.boolean().default(false),
        referentId: id.nullable().default(null),
        programme: z.string().trim().max(200).nullable().default(null),
        limite: z.number().int().min(1).max(2000).default(300),
      })
      .default({
        texte: '',
        statuts: ['programmee', 'en_recrutement'],
        domaines: [],
        codeInsee: null,
        debutApres: null,
        debutAvant: null,
        niveau: null,
        age: null,
        avecPlacesSeulement: false,
        referentId: null,
        programme: null,
        limite: 300,
      }),
    output: z.object({ actions: z.array(ligneActionSchema), total: z.number() }),
  }),
  'actions.lire': methode({
    resume: 'Une action : positionnements et leurs étapes, commissions, bilans, tableau de bord.',
    roles: SUIVENT_LES_FORMATIONS,
    mode: 'lecture',
    input: z.object({ id }),
    output: actionSchema,
  }),
  'actions.enregistrer': methode({
    resume:
      'Crée (référent formation, direction) ou modifie (eux, ou le référent de l’action) une action de formation ; l’organisme est un partenaire de l’annuaire.',
    roles: SUIVENT_LES_FORMATIONS,
    mode: 'ecriture',
    input: z.object({
      id: id.nullable().default(null),
      /** Required to change an action: refused if someone changed it meanwhile. */
      modifieLeLu: z.string().nullable().default(null),
      action: actionSaisieSchema,
    }),
    output: z.object({ id, avertissements: z.array(z.string()) }),
  }),
  'actions.supprimer': methode({
    resume: 'Supprime une action saisie par erreur, tant qu’aucun jeune n’y est positionné (sinon : l’annuler).',
    roles: PROGRAMMENT_LES_FORMATIONS,
    mode: 'ecriture',
    input: z.object({ id }),
    output: z.object({ id }),
  }),
  'actions.analyserCsv': methode({
    resume:
      'Lit la liste des actions d’un programme (CSV publié par le financeur) et dit ce qu’un import créerait, mettrait à jour et refuserait, sans rien écrire.',
    roles: PROGRAMMENT_LES_FORMATIONS,
    mode: 'lecture',
    input: fichierCsv,
    output: rapportImportActionsSchema,
  }),
  'actions.importerCsv': methode({
    resume:
      'Importe la liste des actions d’un programme (CSV) ; chaque ligne est reprise entière ou refusée avec ses raisons ; réimporter le même fichier ne change rien.',
    roles: PROGRAMMENT_LES_FORMATIONS,
    mode: 'ecriture',
    input: fichierCsv,
    output: rapportImportActionsSchema,
  }),
  'formation.tableauDeBord': methode({
    resume:
      'Le tableau de bord du référent formation sur une période : par programme (actions, places, entrées, remplissage), entrées par mois, « mes actions » d’un référent d’action.',
    roles: SUIVENT_LES_FORMATIONS,
    mode: 'lecture',
    input: periode.and(
      z.object({
        /** Only the actions this conseiller follows. */
        referentId: id.nullable().default(null),
        programme: z.string().trim().max(200).nullable().default(null),
      }),
    ),
    output: z.object({
      du: z.string(),
      au: z.string(),
      /** Actions starting in the period (DOMAIN.md taux_remplissage_formation). */
      total: tableauActionSchema.extend({ actions: z.number() }),
      parProgramme: z.array(
        tableauActionSchema.extend({ programme: z.string(), financeur: z.enum(FINANCEURS), actions: z.number() }),
      ),
      /** Per month of the period (YYYY-MM): entries, candidacies proposed, across actions. */
      parMois: z.array(z.object({ mois: z.string(), entrees: z.number(), positionnements: z.number() })),
      /** Every action of the selection (starting in the period, or running during it), with its figures. */
      actions: z.array(
        z.object({
          id,
          intitule: z.string(),
          programme: z.string(),
          referentNom: z.string().nullable(),
          debut: z.string(),
          fin: z.string(),
          statut: z.enum(STATUTS_ACTION),
          tableau: tableauActionSchema,
        }),
      ),
    }),
  }),
  'positionnements.proposer': methode({
    resume: 'Positionne un ou plusieurs jeunes sur une action (depuis l’action ou le dossier du jeune).',
    roles: SUIVENT_LES_FORMATIONS,
    mode: 'ecriture',
    dossier: 'modification',
    input: z.object({
      actionId: id,
      jeuneIds: z
        .array(id)
        .min(1, { error: 'Choisissez au moins un jeune.' })
        .max(50, { error: '50 jeunes au plus à la fois.' })
        .transform((l) => [...new Set(l)]),
      /** Today when omitted. */
      date: dateLocale.optional(),
      commentaire: texteOptionnel('Commentaire', 2000),
    }),
    output: z.object({ ids: z.array(id), avertissements: z.array(z.string()) }),
  }),
  'positionnements.changerStatut': methode({
    resume:
      'Fait avancer un positionnement (transition permise seulement) ; « entré » crée la situation de formation du jeune, « abandon » et « terminé » la clôturent.',
    roles: SUIVENT_LES_FORMATIONS,
    mode: 'ecriture',
    dossier: 'modification',
    input: z
      .object({
        id,
        statut: z.enum(STATUTS_POSITIONNEMENT, { error: 'Statut : choisissez dans la liste.' }),
        /** Today when omitted. */
        date: dateLocale.optional(),
        motifNonRetenu: z
          .enum(MOTIFS_NON_RETENU_FORMATION, { error: 'Motif : choisissez dans la liste.' })
          .nullable()
          .default(null),
        certificationObtenue: z.boolean().nullable().default(null),
        commentaire: texteOptionnel('Commentaire', 2000),
        modifieLeLu: z.string(),
      })
      .refine((s) => s.statut !== 'non_retenu' || s.motifNonRetenu !== null, {
        error: 'Non retenu : indiquez le motif.',
        path: ['motifNonRetenu'],
      })
      .refine((s) => s.motifNonRetenu !== 'autre' || s.commentaire !== null, {
        error: 'Motif « autre » : précisez-le dans le commentaire.',
        path: ['commentaire'],
      })
      .refine((s) => s.statut !== 'termine' || s.certificationObtenue !== null, {
        error: 'Terminé : indiquez si la certification a été obtenue.',
        path: ['certificationObtenue'],
      }),
    output: z.object({ id, situationId: z.number().nullable(), avertissements: z.array(z.string()) }),
  }),
  'positionnements.annulerEtape': methode({
    resume:
      'Annule la dernière étape d’un positionnement saisie par erreur (la situation créée à l’entrée part avec elle).',
    roles: SUIVENT_LES_FORMATIONS,
    mode: 'ecriture',
    dossier: 'modification',
    input: z.object({ id, modifieLeLu: z.string() }),
    output: z.object({ id, statut: z.enum(STATUTS_POSITIONNEMENT) }),
  }),
  'positionnements.supprimer': methode({
    resume: 'Supprime un positionnement saisi par erreur, tant qu’il est seulement « proposé ».',
    roles: SUIVENT_LES_FORMATIONS,
    mode: 'ecriture',
    dossier: 'modification',
    input: z.object({ id }),
    output: z.object({ id }),
  }),
  'positionnements.enregistrerBilan': methode({
    resume: 'Le bilan individuel : ce que l’action a apporté au jeune, et la suite.',
    roles: SUIVENT_LES_FORMATIONS,
    mode: 'ecriture',
    dossier: 'modification',
    input: z.object({
      id,
      /** Today when omitted. */
      date: dateLocale.optional(),
      apports: texte('Ce que l’action a apporté', 4000),
      suite: texteOptionnel('Suite de parcours', 2000),
    }),
    output: z.object({ id }),
  }),
  'positionnements.duJeune': methode({
    resume: 'Les positionnements d’un jeune sur les actions de formation, avec leurs étapes.',
    roles: SUIVENT_LES_FORMATIONS,
    mode: 'lecture',
    dossier: 'lecture',
    input: z.object({ jeuneId: id }),
    output: z.array(positionnementSchema),
  }),
  'commissions.enregistrer': methode({
    resume:
      'Tient une commission d’entrée : date, participants, et une décision par candidature examinée (retenu, non retenu avec le motif, ajourné).',
    roles: SUIVENT_LES_FORMATIONS,
    mode: 'ecriture',
    dossier: 'modification',
    input: z.object({
      actionId: id,
      date: dateLocale,
      participants: texteOptionnel('Participants', 2000),
      note: texteOptionnel('Note', 4000),
      decisions: z
        .array(
          z
            .object({
              positionnementId: id,
              decision: z.enum(DECISIONS_COMMISSION, { error: 'Décision : retenu, non retenu ou ajourné.' }),
              motifNonRetenu: z.enum(MOTIFS_NON_RETENU_FORMATION).nullable().default(null),
              commentaire: texteOptionnel('Commentaire', 2000),
            })
            .refine((d) => d.decision !== 'non_retenu' || d.motifNonRetenu !== null, {
              error: 'Non retenu : indiquez le motif.',
              path: ['motifNonRetenu'],
            })
            .refine((d) => d.motifNonRetenu !== 'autre' || d.commentaire !== null, {
              error: 'Motif « autre » : précisez-le dans le commentaire.',
              path: ['commentaire'],
            }),
        )
        .min(1, { error: 'Commission : examinez au moins une candidature.' })
        .max(200),
    }),
    output: z.object({ id }),
  }),
  'commissions.procesVerbal': methode({
    resume: 'Le procès-verbal d’une commission d’entrée, à imprimer (PDF) : chaque jeune examiné y est nommé.',
    roles: SUIVENT_LES_FORMATIONS,
    mode: 'lecture',
    // The minutes name each jeune and the decision: a print of their files, traced as such.
    dossier: 'export',
    input: z.object({ id }),
    output: z.object({ nomFichier: z.string(), pdfBase64: z.string() }),
  }),
  'bilansAction.enregistrer': methode({
    resume:
      'Écrit le bilan intermédiaire ou final d’une action (les chiffres sont relevés à cet instant, la note qualitative est saisie).',
    roles: SUIVENT_LES_FORMATIONS,
    mode: 'ecriture',
    input: z.object({
      actionId: id,
      id: id.nullable().default(null),
      type: z.enum(TYPES_BILAN_ACTION, { error: 'Bilan : intermédiaire ou final.' }),
      /** Today when omitted. */
      date: dateLocale.optional(),
      pointsForts: texteOptionnel('Points forts', 4000),
      difficultes: texteOptionnel('Difficultés', 4000),
      note: texteOptionnel('Note qualitative', 8000),
    }),
    output: z.object({ id }),
  }),
  'besoins.enregistrer': methode({
    resume: 'Note un besoin de formation validé resté sans réponse (domaine, formation ou métier visé, raison).',
    roles: SUIVENT_LES_FORMATIONS,
    mode: 'ecriture',
    dossier: 'modification',
    input: z.object({ id: id.nullable().default(null), besoin: besoinSaisieSchema }),
    output: z.object({ id }),
  }),
  'besoins.supprimer': methode({
    resume: 'Supprime un besoin non satisfait saisi par erreur.',
    roles: SUIVENT_LES_FORMATIONS,
    mode: 'ecriture',
    dossier: 'modification',
    input: z.object({ id }),
    output: z.object({ id }),
  }),
  'besoins.duJeune': methode({
    resume: 'Les besoins de formation non satisfaits d’un jeune.',
    roles: SUIVENT_LES_FORMATIONS,
    mode: 'lecture',
    dossier: 'lecture',
    input: z.object({ jeuneId: id }),
    output: z.array(besoinSchema),
  }),
  'besoins.synthese': methode({
    resume:
      'Pour le diagnostic territorial : les besoins non satisfaits d’une période par domaine et par raison (jeunes distincts), sans nom.',
    roles: SUIVENT_LES_FORMATIONS,
    mode: 'lecture',
    input: periode,
    output: z.object({
      du: z.string(),
      au: z.string(),
      total: z.number(),
      jeunes: z.number(),
      parDomaine: z.array(
        z.object({
          domaine: z.enum(DOMAINES_FORMATION),
          total: z.number(),
          jeunes: z.number(),
          parRaison: z.array(z.object({ raison: z.enum(RAISONS_BESOIN), nombre: z.number() })),
        }),
      ),
      parRaison: z.array(z.object({ raison: z.enum(RAISONS_BESOIN), nombre: z.number() })),
      /** The targets most often named (folded text), for the diagnosis. */
      objetsFrequents: z.array(
        z.object({ objet: z.string(), domaine: z.enum(DOMAINES_FORMATION), nombre: z.number() }),
      ),
    }),
  }),
} as const;
