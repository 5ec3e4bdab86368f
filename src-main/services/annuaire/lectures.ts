import type { Permanence, ServicePartenaire } from '../../contract/annuaire';
import type { Sqlite } from '../../db/open';
import type { Contexte } from '../commun/contexte';
import { introuvable, regle } from '../commun/erreurs';
import { instruction } from '../commun/instructions';

/**
 * Reads of the partner directory shared by its handlers, its exports and other areas (the
 * orientation dialog, the data·inclusion export). Pure reads: no rule, no trail.
 */

/** The partner row as stored (JSON arrays still as text), for handlers that check then write. */
export interface PartenaireLigne {
  id: number;
  nom: string;
  type: string;
  siret: string | null;
  codeInsee: string | null;
  commune: string | null;
  actif: number;
  modifieLe: string;
  modifiePar: number | null;
}

export function partenaireExistant(ctx: Pick<Contexte, 'sqlite'>, id: number): PartenaireLigne {
  const p = instruction(
    ctx.sqlite,
    `SELECT id, nom, type, siret, code_insee AS codeInsee, commune, actif, modifie_le AS modifieLe,
            modifie_par AS modifiePar
     FROM partenaire WHERE id = ?`,
  ).get(id) as PartenaireLigne | undefined;
  if (!p) throw introuvable('Partenaire');
  return p;
}

/** A service, permanence or convention is edited from its own partner's page only. */
export function verifierPartenaire(reel: number, attendu: number, quoi: string): void {
  if (reel !== attendu) {
    throw regle(`${quoi} appartient à un autre partenaire : rechargez la fiche, elle n'est plus à jour.`);
  }
}

/** A JSON array column read back; a damaged value reads as empty rather than failing the page. */
export function liste<T = string>(json: string | null): T[] {
  if (!json) return [];
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
}

const SELECT_SERVICE = `
  SELECT s.id, s.partenaire_id AS partenaireId, s.nom, s.description, s.type, s.thematiques, s.publics,
         s.publics_precisions AS publicsPrecisions, s.conditions_acces AS conditionsAcces, s.frais,
         s.frais_precisions AS fraisPrecisions, s.modes_accueil AS modesAccueil, s.zone_eligibilite AS zoneEligibilite,
         s.modes_mobilisation AS modesMobilisation, s.mobilisable_par AS mobilisablePar,
         s.mobilisation_precisions AS mobilisationPrecisions, s.lien_mobilisation AS lienMobilisation, s.telephone,
         s.email, s.contact_nom AS contactNom, s.horaires, s.actif, s.source, s.modifie_le AS modifieLe
  FROM service_partenaire s`;

type LigneService = Omit<
  ServicePartenaire,
  'thematiques' | 'publics' | 'modesAccueil' | 'zoneEligibilite' | 'modesMobilisation' | 'mobilisablePar' | 'actif'
> & {
  thematiques: string;
  publics: string;
  modesAccueil: string;
  zoneEligibilite: string;
  modesMobilisation: string;
  mobilisablePar: string;
  actif: number;
};

/**
 * Services matching `where` (on alias `s`), as the contract gives them: active ones first, then
 * by name.
 */
export function servicesOu(sqlite: Sqlite, where: string, params: unknown[]): ServicePartenaire[] {
  const lignes = instruction(
    sqlite,
    `${SELECT_SERVICE} WHERE ${where} ORDER BY s.actif DESC, s.nom COLLATE NOCASE, s.id`,
  ).all(...params) as LigneService[];
  return lignes.map((l) => ({
    ...l,
    thematiques: liste(l.thematiques),
    publics: liste(l.publics),
    modesAccueil: liste(l.modesAccueil),
    zoneEligibilite: liste(l.zoneEligibilite),
    modesMobilisation: liste(l.modesMobilisation),
    mobilisablePar: liste(l.mobilisablePar),
    actif: l.actif === 1,
  })) as ServicePartenaire[];
}

/** Every service of a partner, inactive ones last. */
export function servicesDuPartenaire(sqlite: Sqlite, partenaireId: number): ServicePartenaire[] {
  return servicesOu(sqlite, 's.partenaire_id = ?', [partenaireId]);
}

/** Permanences matching `where` (aliases `pp` permanence, `p` partner), by day, hour, site. */
export function permanencesOu(
  sqlite: Sqlite,
  where: string,
  params: unknown[],
): (Permanence & { partenaireNom: string })[] {
  return instruction(
    sqlite,
    `SELECT pp.id, pp.partenaire_id AS partenaireId, p.nom AS partenaireNom, pp.site_id AS siteId, si.nom AS siteNom,
            pp.jour, pp.heure_debut AS heureDebut, pp.heure_fin AS heureFin, pp.frequence, pp.note
     FROM permanence_partenaire pp
     JOIN partenaire p ON p.id = pp.partenaire_id
     JOIN site si ON si.id = pp.site_id
     WHERE ${where}
     ORDER BY pp.jour, pp.heure_debut, si.nom, p.nom COLLATE NOCASE, pp.id`,
  ).all(...params) as (Permanence & { partenaireNom: string })[];
}
