import type { z } from 'zod';
import type { RapportImport } from '../../contract/annuaire';
import { serviceDiSchema, structureDiSchema, type ServiceDi, type StructureDi } from '../../contract/dataInclusion';
import {
  CATEGORIES_THEMATIQUES,
  TYPE_PAR_RESEAU,
  categorieDe,
  type TypePartenaire,
} from '../../contract/referentielsAnnuaire';
import type { Sqlite } from '../../db/open';
import type { Horloge } from '../commun/contexte';
import { instruction } from '../commun/instructions';
import { serviceBrut, serviceExporte, structureBrute, structureExportee } from './export';
import { lireFichierDi, type FicheLue, type FichierDi } from './lecture';
import { cle, lirePartenaires, lireServices, type LignePartenaire, type LigneService } from './lignes';

/** What the import needs of its caller: the dispatcher's context, or the command line's. */
export interface ContexteImport {
  sqlite: Sqlite;
  horloge: Horloge;
  /** Who imports; null from the command line, where nobody is signed in. */
  acteurId: number | null;
}

export type Progression = (fait: number, total: number, etape: string) => void;

export interface OptionsImport {
  /** False: only say what an import would do (nothing is written). */
  ecrire: boolean;
  /** Write nothing at all if a single record is refused. */
  toutOuRien: boolean;
  progression?: Progression;
}

type Refus = RapportImport['refus'][number];
type Decision = 'creer' | 'mettre_a_jour' | 'inchange';

interface StructureRetenue {
  fiche: StructureDi;
  existante: LignePartenaire | null;
  decision: Decision;
}

interface ServiceRetenu {
  fiche: ServiceDi;
  /** The identity (source, id) of the structure it belongs to, in the file or the directory. */
  structure: string;
  existant: LigneService | null;
  decision: Decision;
}

const PAS_PROGRESSION = 500;

/**
 * Reads one or more data·inclusion files as one dataset and imports it: each record is taken
 * whole or refused whole with every reason; a record equal to what our export would write for
 * the stored row changes nothing, so that importing the same file twice changes nothing. Runs
 * inside the caller's transaction: a file refused as a whole (malformed JSON) throws before
 * anything is written.
 */
export function importer(ctx: ContexteImport, fichiers: FichierDi[], options: OptionsImport): RapportImport {
  const fiches = fichiers.flatMap((f) => lireFichierDi(f, fichiers.length > 1));
  const progression = options.progression ?? (() => {});
  const total = fiches.length;
  let lues = 0;
  const avancer = (etape: string) => {
    if (++lues % PAS_PROGRESSION === 0 || lues === total) progression(lues, total, etape);
  };

  const partenaires = lirePartenaires(ctx.sqlite);
  const partenaireParCle = new Map(partenaires.map((p) => [cle(p.source, p.source_id), p]));
  const partenaireParId = new Map(partenaires.map((p) => [p.id, p]));
  const partenairesParSourceId = grouper(partenaires, (p) => p.source_id);
  const serviceParCle = new Map(lireServices(ctx.sqlite).map((s) => [cle(s.source, s.source_id), s]));

  const refus: (Refus & { ordre: number })[] = [];
  const ordreDe = new Map(fiches.map((f, i) => [f, i]));
  const refuser = (f: FicheLue, raisons: string[]) => {
    const brut = estObjet(f.brut) ? f.brut : {};
    const texte = (v: unknown) =>
      typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : null;
    refus.push({
      ordre: ordreDe.get(f)!,
      position: f.position,
      genre: f.genre,
      identifiant: texte(brut.id),
      nom: texte(brut.nom),
      raisons,
    });
  };

  // Structures first: the services of the file are attached to them.
  const structures = new Map<string, StructureRetenue>();
  const structuresRefusees = new Map<string, string>();
  const vues = new Map<string, string>();
  for (const f of fiches) {
    if (f.genre !== 'structure') continue;
    avancer('Lecture des structures');
    const r = valider(f, structureDiSchema, vues);
    if (!r.ok) {
      if (r.cle) structuresRefusees.set(r.cle, f.position);
      refuser(f, r.raisons);
      continue;
    }
    const k = cle(r.fiche.source, r.fiche.id);
    const existante = partenaireParCle.get(k) ?? null;
    structures.set(k, {
      fiche: r.fiche,
      existante,
      decision: existante
        ? decider(structureBrute(existante), () => structureExportee(existante), r.fiche, structureDiSchema)
        : 'creer',
    });
  }
  const structuresParId = grouper([...structures.values()], (s) => s.fiche.id);

  const services: ServiceRetenu[] = [];
  vues.clear();
  for (const f of fiches) {
    if (f.genre !== 'service') continue;
    avancer('Lecture des services');
    const r = valider(f, serviceDiSchema, vues);
    if (!r.ok) {
      refuser(f, r.raisons);
      continue;
    }
    const structure = rattacher(r.fiche);
    if (typeof structure !== 'string') {
      refuser(f, [structure.raison]);
      continue;
    }
    const existant = serviceParCle.get(cle(r.fiche.source, r.fiche.id)) ?? null;
    const partenaireActuel = existant ? partenaireParId.get(existant.partenaire_id)! : null;
    const deplace = partenaireActuel !== null && cle(partenaireActuel.source, partenaireActuel.source_id) !== structure;
    services.push({
      fiche: r.fiche,
      structure,
      existant,
      decision: !existant
        ? 'creer'
        : deplace
          ? 'mettre_a_jour'
          : decider(
              serviceBrut(existant, partenaireActuel!),
              () => serviceExporte(existant, partenaireActuel!),
              r.fiche,
              serviceDiSchema,
            ),
    });
  }

  /**
   * The structure a service belongs to: the one of the same source and `structure_id`, in the
   * file or the directory; failing that, the only one with that id whatever its source (a
   * service added in Tremplin to an imported partner carries the source `tremplin`).
   */
  function rattacher(s: ServiceDi): string | { raison: string } {
    const k = cle(s.source, s.structure_id);
    if (structures.has(k) || partenaireParCle.has(k)) return k;
    const refusee = structuresRefusees.get(k);
    if (refusee !== undefined) {
      return {
        raison: `structure_id : la structure « ${s.structure_id} » est refusée (${refusee}) et absente de l'annuaire : corrigez-la d'abord.`,
      };
    }
    const dansLeFichier = structuresParId.get(s.structure_id) ?? [];
    if (dansLeFichier.length === 1) return cle(dansLeFichier[0]!.fiche.source, s.structure_id);
    const dansLAnnuaire = partenairesParSourceId.get(s.structure_id) ?? [];
    if (dansLeFichier.length === 0 && dansLAnnuaire.length === 1) {
      return cle(dansLAnnuaire[0]!.source, s.structure_id);
    }
    if (dansLeFichier.length + dansLAnnuaire.length > 1) {
      return {
        raison: `structure_id : aucune structure « ${s.structure_id} » de la source ${s.source}, et plusieurs d'autres sources : impossible de choisir.`,
      };
    }
    return {
      raison: `structure_id : structure « ${s.structure_id} » (source ${s.source}) absente du fichier et de l'annuaire.`,
    };
  }

  const rapport: RapportImport = {
    structures: compter([...structures.values()]),
    services: compter(services),
    refus: refus.sort((a, b) => a.ordre - b.ordre).map(({ ordre: _ordre, ...r }) => r),
    ecrit: false,
  };
  if (!options.ecrire || (options.toutOuRien && refus.length > 0)) return rapport;

  ecrire(ctx, structures, services, partenaireParCle, progression);
  return { ...rapport, ecrit: true };
}

function ecrire(
  ctx: ContexteImport,
  structures: Map<string, StructureRetenue>,
  services: ServiceRetenu[],
  partenaireParCle: Map<string, LignePartenaire>,
  progression: Progression,
) {
  const instant = ctx.horloge.maintenant().toISOString();
  const trace = { cree_le: instant, cree_par: ctx.acteurId, modifie_le: instant, modifie_par: ctx.acteurId };
  const aEcrire =
    [...structures.values()].filter((s) => s.decision !== 'inchange').length +
    services.filter((s) => s.decision !== 'inchange').length;
  let ecrits = 0;
  const avancer = () => {
    if (++ecrits % PAS_PROGRESSION === 0 || ecrits === aEcrire) progression(ecrits, aEcrire, 'Écriture');
  };

  // A new partner's own themes start as the categories of its services' themes.
  const themesDe = new Map<string, Set<string>>();
  for (const s of services) {
    let t = themesDe.get(s.structure);
    if (!t) themesDe.set(s.structure, (t = new Set()));
    for (const code of s.fiche.thematiques ?? []) t.add(categorieDe(code));
  }

  const idParCle = new Map([...partenaireParCle].map(([k, p]) => [k, p.id]));
  const creerPartenaire = instruction(
    ctx.sqlite,
    `INSERT INTO partenaire (source, source_id, nom, type, siret, description, thematiques, adresse,
       complement_adresse, code_postal, code_insee, commune, latitude, longitude, telephone, email, site_web,
       horaires, accessibilite_lieu, reseaux_porteurs, actif, date_maj, cree_le, cree_par, modifie_le, modifie_par)
     VALUES (@source, @source_id, @nom, @type, @siret, @description, @thematiques, @adresse,
       @complement_adresse, @code_postal, @code_insee, @commune, @latitude, @longitude, @telephone, @email,
       @site_web, @horaires, @accessibilite_lieu, @reseaux_porteurs, 1, @date_maj, @cree_le, @cree_par,
       @modifie_le, @modifie_par)`,
  );
  // Type, themes, contacts, notes, board, permanences, conventions and `actif` are Tremplin's own.
  const modifierPartenaire = instruction(
    ctx.sqlite,
    `UPDATE partenaire SET nom = @nom, siret = @siret, description = @description, adresse = @adresse,
       complement_adresse = @complement_adresse, code_postal = @code_postal, code_insee = @code_insee,
       commune = @commune, latitude = @latitude, longitude = @longitude, telephone = @telephone, email = @email,
       site_web = @site_web, horaires = @horaires, accessibilite_lieu = @accessibilite_lieu,
       reseaux_porteurs = @reseaux_porteurs, date_maj = @date_maj, modifie_le = @modifie_le,
       modifie_par = @modifie_par
     WHERE id = @id`,
  );
  for (const [k, s] of structures) {
    if (s.decision === 'inchange') continue;
    const colonnes = colonnesStructure(s.fiche);
    if (s.existante) {
      modifierPartenaire.run({ ...colonnes, id: s.existante.id, modifie_le: instant, modifie_par: ctx.acteurId });
    } else {
      const themes = themesDe.get(k) ?? new Set();
      const r = creerPartenaire.run({
        ...colonnes,
        ...trace,
        source: s.fiche.source,
        source_id: s.fiche.id,
        type: typeDuReseau(s.fiche.reseaux_porteurs),
        thematiques: JSON.stringify(CATEGORIES_THEMATIQUES.filter((c) => themes.has(c))),
      });
      idParCle.set(k, Number(r.lastInsertRowid));
    }
    avancer();
  }

  const creerService = instruction(
    ctx.sqlite,
    `INSERT INTO service_partenaire (partenaire_id, source, source_id, nom, description, type, thematiques,
       publics, publics_precisions, conditions_acces, frais, frais_precisions, modes_accueil, zone_eligibilite,
       modes_mobilisation, mobilisable_par, mobilisation_precisions, lien_mobilisation, telephone, email,
       contact_nom, horaires, adresse, complement_adresse, code_postal, code_insee, commune, latitude, longitude,
       volume_horaire_hebdomadaire, nombre_semaines, actif, date_maj, cree_le, cree_par, modifie_le, modifie_par)
     VALUES (@partenaire_id, @source, @source_id, @nom, @description, @type, @thematiques, @publics,
       @publics_precisions, @conditions_acces, @frais, @frais_precisions, @modes_accueil, @zone_eligibilite,
       @modes_mobilisation, @mobilisable_par, @mobilisation_precisions, @lien_mobilisation, @telephone, @email,
       @contact_nom, @horaires, @adresse, @complement_adresse, @code_postal, @code_insee, @commune, @latitude,
       @longitude, @volume_horaire_hebdomadaire, @nombre_semaines, 1, @date_maj, @cree_le, @cree_par,
       @modifie_le, @modifie_par)`,
  );
  const modifierService = instruction(
    ctx.sqlite,
    `UPDATE service_partenaire SET partenaire_id = @partenaire_id, nom = @nom, description = @description,
       type = @type, thematiques = @thematiques, publics = @publics, publics_precisions = @publics_precisions,
       conditions_acces = @conditions_acces, frais = @frais, frais_precisions = @frais_precisions,
       modes_accueil = @modes_accueil, zone_eligibilite = @zone_eligibilite,
       modes_mobilisation = @modes_mobilisation, mobilisable_par = @mobilisable_par,
       mobilisation_precisions = @mobilisation_precisions, lien_mobilisation = @lien_mobilisation,
       telephone = @telephone, email = @email, contact_nom = @contact_nom, horaires = @horaires,
       adresse = @adresse, complement_adresse = @complement_adresse, code_postal = @code_postal,
       code_insee = @code_insee, commune = @commune, latitude = @latitude, longitude = @longitude,
       volume_horaire_hebdomadaire = @volume_horaire_hebdomadaire, nombre_semaines = @nombre_semaines,
       date_maj = @date_maj, modifie_le = @modifie_le, modifie_par = @modifie_par
     WHERE id = @id`,
  );
  for (const s of services) {
    if (s.decision === 'inchange') continue;
    const colonnes = { ...colonnesService(s.fiche), partenaire_id: idParCle.get(s.structure)! };
    if (s.existant) {
      modifierService.run({ ...colonnes, id: s.existant.id, modifie_le: instant, modifie_par: ctx.acteurId });
    } else {
      creerService.run({ ...colonnes, ...trace, source: s.fiche.source, source_id: s.fiche.id });
    }
    avancer();
  }
}

/** Where and how to reach: the same fields, and columns, for a structure and a service. */
function lieu(f: StructureDi | ServiceDi) {
  return {
    adresse: f.adresse,
    complement_adresse: f.complement_adresse,
    code_postal: f.code_postal,
    code_insee: f.code_insee,
    commune: f.commune,
    latitude: f.latitude,
    longitude: f.longitude,
    telephone: f.telephone,
    email: f.courriel,
    horaires: f.horaires_accueil,
  };
}

/** The columns of a partner the import owns (type and the rest are Tremplin's). */
function colonnesStructure(f: StructureDi) {
  return {
    nom: f.nom,
    siret: f.siret,
    description: f.description,
    ...lieu(f),
    site_web: f.site_web,
    accessibilite_lieu: f.accessibilite_lieu,
    reseaux_porteurs: JSON.stringify(f.reseaux_porteurs ?? []),
    date_maj: f.date_maj,
  };
}

function colonnesService(f: ServiceDi) {
  const liste = (l: readonly string[] | null) => JSON.stringify(l ?? []);
  return {
    nom: f.nom,
    description: f.description,
    type: f.type,
    thematiques: liste(f.thematiques),
    publics: liste(f.publics),
    publics_precisions: f.publics_precisions,
    conditions_acces: f.conditions_acces,
    frais: f.frais,
    frais_precisions: f.frais_precisions,
    modes_accueil: liste(f.modes_accueil),
    zone_eligibilite: liste(f.zone_eligibilite),
    modes_mobilisation: liste(f.modes_mobilisation),
    mobilisable_par: liste(f.mobilisable_par),
    mobilisation_precisions: f.mobilisation_precisions,
    lien_mobilisation: f.lien_mobilisation,
    ...lieu(f),
    contact_nom: f.contact_nom_prenom,
    volume_horaire_hebdomadaire: f.volume_horaire_hebdomadaire,
    nombre_semaines: f.nombre_semaines,
    date_maj: f.date_maj,
  };
}

/** A new partner's type: the first network that says one, else « autre ». */
function typeDuReseau(reseaux: string[] | null): TypePartenaire {
  for (const r of reseaux ?? []) if (Object.hasOwn(TYPE_PAR_RESEAU, r)) return TYPE_PAR_RESEAU[r]!;
  return 'autre';
}

/**
 * A known record is updated only if it differs from what we would export for the stored row. The record built from the row is compared first: for a row the import wrote it is
 * already in the schema's form, and the schema's normalisation (the costly part) is skipped.
 */
function decider<S extends z.ZodObject>(
  brut: Record<string, unknown>,
  normalise: () => z.output<S>,
  fiche: z.output<S>,
  schema: S,
): Decision {
  const b = fiche as Record<string, unknown>;
  const pareil = (a: Record<string, unknown>) => Object.keys(schema.shape).every((k) => memeValeur(a[k], b[k]));
  return pareil(brut) || pareil(normalise() as Record<string, unknown>) ? 'inchange' : 'mettre_a_jour';
}

/** Values of a record: text, numbers, null, or lists of codes. */
function memeValeur(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return (a ?? null) === (b ?? null);
}

function compter(retenues: { decision: Decision }[]): RapportImport['structures'] {
  const n = (d: Decision) => retenues.filter((r) => r.decision === d).length;
  return { crees: n('creer'), misAJour: n('mettre_a_jour'), inchanges: n('inchange') };
}

type Validation<T> = { ok: true; fiche: T } | { ok: false; raisons: string[]; cle: string | null };

/**
 * Validates one record against its schema and refuses a second record of the same identity in
 * the dataset. Every reason is given, each naming its field, in French.
 */
function valider<S extends z.ZodObject>(f: FicheLue, schema: S, vues: Map<string, string>): Validation<z.output<S>> {
  if (!estObjet(f.brut)) {
    return { ok: false, raisons: ['fiche illisible : un objet JSON { … } est attendu.'], cle: null };
  }
  const source = typeof f.brut.source === 'string' ? f.brut.source.trim() : null;
  const id = typeof f.brut.id === 'string' ? f.brut.id.trim() : null;
  const k = source && id ? cle(source, id) : null;
  const raisons: string[] = [];
  if (k !== null) {
    const premiere = vues.get(k);
    if (premiere === undefined) vues.set(k, f.position);
    else
      raisons.push(
        `id : ${f.genre === 'structure' ? 'structure « ' + id + ' » (source ' + source + ') déjà présente' : 'service « ' + id + ' » (source ' + source + ') déjà présent'} dans le fichier (${premiere}) : seule la première fiche est reprise.`,
      );
  }
  const r = schema.safeParse(f.brut);
  if (!r.success) raisons.push(...r.error.issues.map(raisonDe));
  if (raisons.length > 0) return { ok: false, raisons: [...new Set(raisons)], cle: k };
  return { ok: true, fiche: r.data as z.output<S> };
}

const ATTENDU: Record<string, string> = {
  string: 'texte attendu',
  number: 'nombre attendu',
  array: 'liste attendue',
  object: 'objet attendu',
  boolean: 'vrai ou faux attendu',
};

/** The schema's messages already name the field; the few generic ones are put in French. */
function raisonDe(issue: z.core.$ZodIssue): string {
  const champ = issue.path.map(String).join('.') || 'fiche';
  const premier = String(issue.path[0] ?? '');
  if (premier !== '' && issue.message.startsWith(`${premier} :`)) return issue.message;
  const quoi =
    issue.code === 'invalid_type' ? (ATTENDU[issue.expected] ?? 'type de valeur inattendu') : 'valeur invalide';
  return `${champ} : ${quoi}.`;
}

function estObjet(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function grouper<T>(liste: T[], cleDe: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of liste) {
    const k = cleDe(t);
    const l = m.get(k);
    if (l) l.push(t);
    else m.set(k, [t]);
  }
  return m;
}
