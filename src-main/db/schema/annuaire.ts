import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  COLLEGES,
  FRAIS,
  ORIGINES_ORIENTATION,
  STATUTS_ORIENTATION,
  TYPES_PARTENAIRE,
  TYPES_SERVICE,
} from '../../contract/referentielsAnnuaire';
import { tracabilite } from './commun';
import { accueil } from './accueil';
import { jeune } from './jeunes';
import { diagnostic } from './parcours';
import { site } from './structure';

/**
 * The partner directory (issue 5). Multi-valued data·inclusion fields (thématiques, publics,
 * zones, modes) are JSON arrays of codes: they are read whole with their record, and searched
 * with `json_each` over a directory of a few thousand rows.
 */
export const partenaire = sqliteTable(
  'partenaire',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** data·inclusion identity: `tremplin` and a generated id for a partner created here. */
    source: text('source').notNull(),
    sourceId: text('source_id').notNull(),
    nom: text('nom').notNull(),
    type: text('type', { enum: TYPES_PARTENAIRE }).notNull(),
    siret: text('siret'),
    description: text('description'),
    thematiques: text('thematiques').notNull().default('[]'),
    adresse: text('adresse'),
    complementAdresse: text('complement_adresse'),
    codePostal: text('code_postal'),
    codeInsee: text('code_insee'),
    commune: text('commune'),
    latitude: real('latitude'),
    longitude: real('longitude'),
    telephone: text('telephone'),
    email: text('email'),
    siteWeb: text('site_web'),
    horaires: text('horaires'),
    accessibiliteLieu: text('accessibilite_lieu'),
    /** data·inclusion networks, kept as imported so that the export gives them back. */
    reseauxPorteurs: text('reseaux_porteurs').notNull().default('[]'),
    college: text('college', { enum: COLLEGES }),
    representant: text('representant'),
    notes: text('notes'),
    actif: integer('actif', { mode: 'boolean' }).notNull().default(true),
    /** data·inclusion `date_maj`: the producer's last change (the import's, or ours). */
    dateMaj: text('date_maj').notNull(),
    ...tracabilite(),
  },
  (t) => [
    uniqueIndex('partenaire_source').on(t.source, t.sourceId),
    index('partenaire_nom').on(t.nom),
    index('partenaire_commune').on(t.codeInsee),
    index('partenaire_siret').on(t.siret),
  ],
);

export const partenaireContact = sqliteTable(
  'partenaire_contact',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partenaireId: integer('partenaire_id')
      .notNull()
      .references(() => partenaire.id, { onDelete: 'cascade' }),
    ordre: integer('ordre').notNull().default(0),
    nom: text('nom').notNull(),
    fonction: text('fonction'),
    telephone: text('telephone'),
    email: text('email'),
  },
  (t) => [index('partenaire_contact_partenaire').on(t.partenaireId, t.ordre)],
);

export const servicePartenaire = sqliteTable(
  'service_partenaire',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partenaireId: integer('partenaire_id')
      .notNull()
      .references(() => partenaire.id),
    source: text('source').notNull(),
    sourceId: text('source_id').notNull(),
    nom: text('nom').notNull(),
    description: text('description'),
    type: text('type', { enum: TYPES_SERVICE }),
    thematiques: text('thematiques').notNull().default('[]'),
    publics: text('publics').notNull().default('[]'),
    publicsPrecisions: text('publics_precisions'),
    conditionsAcces: text('conditions_acces'),
    frais: text('frais', { enum: FRAIS }),
    fraisPrecisions: text('frais_precisions'),
    modesAccueil: text('modes_accueil').notNull().default('[]'),
    zoneEligibilite: text('zone_eligibilite').notNull().default('[]'),
    modesMobilisation: text('modes_mobilisation').notNull().default('[]'),
    mobilisablePar: text('mobilisable_par').notNull().default('[]'),
    mobilisationPrecisions: text('mobilisation_precisions'),
    lienMobilisation: text('lien_mobilisation'),
    telephone: text('telephone'),
    email: text('email'),
    contactNom: text('contact_nom'),
    horaires: text('horaires'),
    /** Where the service is given, when not at the partner's address (data·inclusion fields). */
    adresse: text('adresse'),
    complementAdresse: text('complement_adresse'),
    codePostal: text('code_postal'),
    codeInsee: text('code_insee'),
    commune: text('commune'),
    latitude: real('latitude'),
    longitude: real('longitude'),
    volumeHoraireHebdomadaire: real('volume_horaire_hebdomadaire'),
    nombreSemaines: integer('nombre_semaines'),
    actif: integer('actif', { mode: 'boolean' }).notNull().default(true),
    dateMaj: text('date_maj').notNull(),
    ...tracabilite(),
  },
  (t) => [
    uniqueIndex('service_partenaire_source').on(t.source, t.sourceId),
    index('service_partenaire_partenaire').on(t.partenaireId),
  ],
);

/** A partner's regular presence in one of the ML's sites. */
export const permanencePartenaire = sqliteTable(
  'permanence_partenaire',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partenaireId: integer('partenaire_id')
      .notNull()
      .references(() => partenaire.id),
    siteId: integer('site_id')
      .notNull()
      .references(() => site.id),
    /** ISO weekday, 1 = lundi. */
    jour: integer('jour').notNull(),
    heureDebut: text('heure_debut').notNull(),
    heureFin: text('heure_fin').notNull(),
    frequence: text('frequence'),
    note: text('note'),
    ...tracabilite(),
  },
  (t) => [
    index('permanence_partenaire_partenaire').on(t.partenaireId),
    index('permanence_partenaire_site').on(t.siteId, t.jour),
  ],
);

export const conventionPartenaire = sqliteTable(
  'convention_partenaire',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partenaireId: integer('partenaire_id')
      .notNull()
      .references(() => partenaire.id),
    objet: text('objet').notNull(),
    signeeLe: text('signee_le'),
    expireLe: text('expire_le'),
    note: text('note'),
    ...tracabilite(),
  },
  (t) => [
    index('convention_partenaire_partenaire').on(t.partenaireId),
    index('convention_partenaire_echeance').on(t.expireLe),
  ],
);

/** A jeune sent to a partner (or one of its services) for a specific answer. */
export const orientation = sqliteTable(
  'orientation',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    jeuneId: integer('jeune_id')
      .notNull()
      .references(() => jeune.id),
    partenaireId: integer('partenaire_id')
      .notNull()
      .references(() => partenaire.id),
    serviceId: integer('service_id').references(() => servicePartenaire.id),
    date: text('date').notNull(),
    motif: text('motif').notNull(),
    transmissionDiagnostic: integer('transmission_diagnostic', { mode: 'boolean' }).notNull().default(false),
    /** The diagnostic transmitted, or the one that concluded on this orientation. */
    diagnosticId: integer('diagnostic_id').references(() => diagnostic.id),
    origine: text('origine', { enum: ORIGINES_ORIENTATION }).notNull(),
    accueilId: integer('accueil_id').references(() => accueil.id),
    statut: text('statut', { enum: STATUTS_ORIENTATION }).notNull().default('proposee'),
    retourLe: text('retour_le'),
    motifRefus: text('motif_refus'),
    commentaire: text('commentaire'),
    ...tracabilite(),
  },
  (t) => [
    index('orientation_jeune').on(t.jeuneId, t.date),
    index('orientation_partenaire').on(t.partenaireId, t.date),
    index('orientation_statut').on(t.statut, t.date),
    index('orientation_accueil').on(t.accueilId),
    index('orientation_diagnostic').on(t.diagnosticId),
  ],
);
