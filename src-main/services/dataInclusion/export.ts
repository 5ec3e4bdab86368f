import type { z } from 'zod';
import { serviceDiSchema, structureDiSchema, type ServiceDi, type StructureDi } from '../../contract/dataInclusion';
import {
  PUBLICS_DI,
  RESEAU_PAR_TYPE,
  SOURCE_TREMPLIN,
  THEMATIQUES_DI,
  TYPE_PARTENAIRE_LIBELLES,
  TYPE_SERVICE_LIBELLES,
} from '../../contract/referentielsAnnuaire';
import type { Sqlite } from '../../db/open';
import {
  codes,
  lirePartenaires,
  lireServices,
  type LieuLigne,
  type LignePartenaire,
  type LigneService,
} from './lignes';

/**
 * A stored partner or service written as a data·inclusion v1 record. The result is the schema's
 * own output (trimmed, codes deduplicated, empty lists as null, every field present in the
 * schema's order), so that the import compares a file's record with it field for field: a record
 * equal to what we would export changes nothing.
 */

const DESCRIPTION_MIN = 50;
const DESCRIPTION_MAX = 2000;
const NOM_MAX = 150;
const COMPLEMENT_STRUCTURE = 'Renseignements auprès de la Mission Locale.';

/** data·inclusion refuses a name under 3 characters or ending with a full stop. */
function nomDi(nom: string, quoi: string): string {
  let n = nom.trim().replace(/[.\s]+$/, '');
  if (n.length > NOM_MAX) n = n.slice(0, NOM_MAX).replace(/[.\s]+$/, '');
  return n.length >= 3 ? n : `${n} (${quoi})`.trim();
}

function phrase(texte: string): string {
  return /[.!?…]$/.test(texte) ? texte : `${texte}.`;
}

/** The stored description when long enough; otherwise one built from what is known, padded. */
function description(stockee: string | null, morceaux: (string | null)[], complement: string): string {
  const propre = stockee?.trim() ?? '';
  let texte =
    propre.length >= DESCRIPTION_MIN
      ? propre
      : [...morceaux.slice(0, 1), propre === '' ? null : phrase(propre), ...morceaux.slice(1)]
          .filter((m): m is string => m !== null)
          .join(' ');
  while (texte.length < DESCRIPTION_MIN) texte = `${texte} ${complement}`;
  return texte.length > DESCRIPTION_MAX ? `${texte.slice(0, DESCRIPTION_MAX - 1).trimEnd()}…` : texte;
}

function libelles(liste: string[], table: Record<string, string>): string | null {
  const connus = liste.filter((c) => Object.hasOwn(table, c)).map((c) => table[c]!);
  return connus.length === 0 ? null : connus.join(', ');
}

/**
 * Validates a built record; an optional field whose stored value the schema refuses (an old
 * entry) is left out rather than making the whole file invalid. Required fields are built valid.
 */
function conforme<S extends z.ZodObject>(schema: S, brut: Record<string, unknown>): z.output<S> {
  for (let essai = 0; essai < 2; essai++) {
    const r = schema.safeParse(brut);
    if (r.success) {
      const sortie = r.data as Record<string, unknown>;
      return Object.fromEntries(Object.keys(schema.shape).map((k) => [k, sortie[k] ?? null])) as z.output<S>;
    }
    for (const issue of r.error.issues) brut[String(issue.path[0])] = null;
  }
  throw new Error(`Export data·inclusion : fiche non conforme (${String(brut.source)}/${String(brut.id)}).`);
}

/** Where and how to reach, for a partner and a service alike (key order comes from the schema). */
function lieuDi(l: LieuLigne) {
  return {
    commune: l.commune,
    code_postal: l.code_postal,
    code_insee: l.code_insee,
    adresse: l.adresse,
    complement_adresse: l.complement_adresse,
    longitude: l.longitude,
    latitude: l.latitude,
    telephone: l.telephone,
    courriel: l.email,
    horaires_accueil: l.horaires,
  };
}

export function structureExportee(p: LignePartenaire): StructureDi {
  return conforme(structureDiSchema, structureBrute(p));
}

/** The record before the schema's normalisation: equal to it for a row the import wrote. */
export function structureBrute(p: LignePartenaire): Record<string, unknown> {
  const nom = nomDi(p.nom, 'partenaire');
  const reseaux = codes(p.reseaux_porteurs);
  const reseauDuType = p.source === SOURCE_TREMPLIN ? RESEAU_PAR_TYPE[p.type] : undefined;
  const situation = [p.type === 'autre' ? null : TYPE_PARTENAIRE_LIBELLES[p.type], p.commune?.trim() || null]
    .filter((m) => m !== null)
    .join(', ');
  const themes = libelles(codes(p.thematiques), THEMATIQUES_DI);
  return {
    source: p.source,
    id: p.source_id,
    nom,
    description: description(
      p.description,
      [
        situation === '' ? `${nom}.` : `${nom} : ${situation}.`,
        themes === null ? null : `Thématiques : ${themes}.`,
        'Partenaire de la Mission Locale.',
      ],
      COMPLEMENT_STRUCTURE,
    ),
    date_maj: p.date_maj,
    siret: p.siret,
    ...lieuDi(p),
    site_web: p.site_web,
    accessibilite_lieu: p.accessibilite_lieu,
    reseaux_porteurs: reseaux.length > 0 ? reseaux : reseauDuType ? [reseauDuType] : null,
  };
}

/** `partenaire` is the service's own partner: it gives `structure_id`. */
export function serviceExporte(s: LigneService, partenaire: LignePartenaire): ServiceDi {
  return conforme(serviceDiSchema, serviceBrut(s, partenaire));
}

export function serviceBrut(s: LigneService, partenaire: LignePartenaire): Record<string, unknown> {
  const nom = nomDi(s.nom, 'service');
  const type = s.type !== null && Object.hasOwn(TYPE_SERVICE_LIBELLES, s.type) ? s.type : null;
  const genre =
    type === null
      ? 'service'
      : `service (${TYPE_SERVICE_LIBELLES[type as keyof typeof TYPE_SERVICE_LIBELLES].toLowerCase()})`;
  const themes = libelles(codes(s.thematiques), THEMATIQUES_DI);
  const publics = libelles(codes(s.publics), PUBLICS_DI);
  const liste = (json: string) => {
    const l = codes(json);
    return l.length === 0 ? null : l;
  };
  return {
    source: s.source,
    id: s.source_id,
    structure_id: partenaire.source_id,
    nom,
    description: description(
      s.description,
      [
        `${nom} : ${genre} proposé par ${nomDi(partenaire.nom, 'partenaire')}.`,
        themes === null ? null : `Thématiques : ${themes}.`,
        publics === null ? null : `Publics : ${publics}.`,
      ],
      COMPLEMENT_STRUCTURE,
    ),
    date_maj: s.date_maj,
    type,
    thematiques: liste(s.thematiques),
    frais: s.frais,
    frais_precisions: s.frais_precisions,
    publics: liste(s.publics),
    publics_precisions: s.publics_precisions,
    conditions_acces: s.conditions_acces,
    ...lieuDi(s),
    contact_nom_prenom: s.contact_nom,
    modes_accueil: liste(s.modes_accueil),
    zone_eligibilite: liste(s.zone_eligibilite),
    lien_mobilisation: s.lien_mobilisation,
    modes_mobilisation: liste(s.modes_mobilisation),
    mobilisable_par: liste(s.mobilisable_par),
    mobilisation_precisions: s.mobilisation_precisions,
    volume_horaire_hebdomadaire: s.volume_horaire_hebdomadaire,
    nombre_semaines: s.nombre_semaines,
  };
}

/** Code point order: the same file on every machine, whatever its locale. */
function parIdentite(a: { source: string; id: string }, b: { source: string; id: string }): number {
  if (a.source !== b.source) return a.source < b.source ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The directory as one data·inclusion dataset: active partners and their active services
 * (everything with `inclureInactifs`), structures then services, each ordered by source and id.
 */
export function exporterAnnuaire(
  sqlite: Sqlite,
  options: { inclureInactifs: boolean },
): { structures: StructureDi[]; services: ServiceDi[] } {
  const partenaires = new Map<number, LignePartenaire>();
  for (const p of lirePartenaires(sqlite)) {
    if (options.inclureInactifs || p.actif) partenaires.set(p.id, p);
  }
  const structures = [...partenaires.values()].map(structureExportee).sort(parIdentite);
  const services: ServiceDi[] = [];
  for (const s of lireServices(sqlite)) {
    const p = partenaires.get(s.partenaire_id);
    if (p && (options.inclureInactifs || s.actif)) services.push(serviceExporte(s, p));
  }
  return { structures, services: services.sort(parIdentite) };
}

/** The file the export writes: 2-space indented JSON, one final newline. */
export function jeuEnJson(jeu: { structures: StructureDi[]; services: ServiceDi[] }): string {
  return `${JSON.stringify({ structures: jeu.structures, services: jeu.services }, null, 2)}\n`;
}
