import type { TypePartenaire } from '../../contract/referentielsAnnuaire';
import type { Sqlite } from '../../db/open';
import { instruction } from '../commun/instructions';

/**
 * The stored partners and services as the data·inclusion import and export read them: only the
 * columns the schema knows, plus what identifies and filters a row. Multi-valued fields stay as
 * their JSON text; `codes` reads them.
 */
/** Where and how to reach a partner or a service: the same columns in both tables. */
export interface LieuLigne {
  adresse: string | null;
  complement_adresse: string | null;
  code_postal: string | null;
  code_insee: string | null;
  commune: string | null;
  latitude: number | null;
  longitude: number | null;
  telephone: string | null;
  email: string | null;
  horaires: string | null;
}

export interface LignePartenaire extends LieuLigne {
  id: number;
  source: string;
  source_id: string;
  nom: string;
  type: TypePartenaire;
  siret: string | null;
  description: string | null;
  thematiques: string;
  site_web: string | null;
  accessibilite_lieu: string | null;
  reseaux_porteurs: string;
  actif: number;
  date_maj: string;
}

export interface LigneService extends LieuLigne {
  id: number;
  partenaire_id: number;
  source: string;
  source_id: string;
  nom: string;
  description: string | null;
  type: string | null;
  thematiques: string;
  publics: string;
  publics_precisions: string | null;
  conditions_acces: string | null;
  frais: string | null;
  frais_precisions: string | null;
  modes_accueil: string;
  zone_eligibilite: string;
  modes_mobilisation: string;
  mobilisable_par: string;
  mobilisation_precisions: string | null;
  lien_mobilisation: string | null;
  contact_nom: string | null;
  volume_horaire_hebdomadaire: number | null;
  nombre_semaines: number | null;
  actif: number;
  date_maj: string;
}

const COLONNES_PARTENAIRE = `id, source, source_id, nom, type, siret, description, thematiques, adresse,
  complement_adresse, code_postal, code_insee, commune, latitude, longitude, telephone, email, site_web,
  horaires, accessibilite_lieu, reseaux_porteurs, actif, date_maj`;

const COLONNES_SERVICE = `id, partenaire_id, source, source_id, nom, description, type, thematiques, publics,
  publics_precisions, conditions_acces, frais, frais_precisions, modes_accueil, zone_eligibilite,
  modes_mobilisation, mobilisable_par, mobilisation_precisions, lien_mobilisation, telephone, email,
  contact_nom, horaires, adresse, complement_adresse, code_postal, code_insee, commune, latitude, longitude,
  volume_horaire_hebdomadaire, nombre_semaines, actif, date_maj`;

export function lirePartenaires(sqlite: Sqlite): LignePartenaire[] {
  return instruction(sqlite, `SELECT ${COLONNES_PARTENAIRE} FROM partenaire`).all() as LignePartenaire[];
}

export function lireServices(sqlite: Sqlite): LigneService[] {
  return instruction(sqlite, `SELECT ${COLONNES_SERVICE} FROM service_partenaire`).all() as LigneService[];
}

/** The codes of a JSON array column; anything else reads as none. */
export function codes(json: string | null): string[] {
  if (!json) return [];
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((c): c is string => typeof c === 'string') : [];
  } catch {
    return [];
  }
}

/** The data·inclusion identity of a record, as one map key. */
export function cle(source: string, id: string): string {
  return `${source}\u0000${id}`;
}
