import { randomUUID } from 'node:crypto';
import { estDateValide, siretLisible, siretValide } from '../../contract/champs';
import { actionSaisieSchema, type formationContract, type RapportImportActions } from '../../contract/formation';
import {
  DOMAINE_FORMATION_LIBELLES,
  DOMAINES_FORMATION,
  FINANCEUR_LIBELLES,
  FINANCEURS,
  type DomaineFormation,
  type Financeur,
  type TypeFormation,
} from '../../contract/referentielsFormation';
import { SOURCE_TREMPLIN, type TypePartenaire } from '../../contract/referentielsAnnuaire';
import type { Niveau } from '../../contract/referentielsParcours';
import type { Contexte, Handler } from '../commun/contexte';
import { lireCsv, plierEntete } from '../commun/csv';
import { ErreurMetier } from '../commun/erreurs';
import { instruction } from '../commun/instructions';
import { compact, plier } from '../commun/texte';
import { versionSuivante } from '../commun/versions';
import { aujourdhui } from '../jeunes';

type C = typeof formationContract;

/**
 * Import of a funder's programme of training actions (the CSV the Région publishes), with a
 * report. Each line is taken whole or refused whole with its row number and every reason; an
 * action is recognised by its number (« N° action »); the training body is found in the
 * directory by SIRET, then by name, else added to it. What Tremplin adds to an action (its
 * référent, its status, age bounds) is never overwritten. docs/formation.md.
 */

/** The fields of an action the file owns, as its columns give them. */
type Champ =
  | 'reference'
  | 'intitule'
  | 'programme'
  | 'financeur'
  | 'organisme'
  | 'siret'
  | 'lieu'
  | 'codeInsee'
  | 'commune'
  | 'debut'
  | 'fin'
  | 'places'
  | 'prerequis'
  | 'niveau'
  | 'domaine'
  | 'type'
  | 'certification'
  | 'description';

interface Colonne {
  champ: Champ;
  libelle: string;
  requise: boolean;
  /** Headers accepted, folded by `plierEntete`. */
  entetes: string[];
}

/** In the order the documentation gives them. */
export const COLONNES_PROGRAMME: readonly Colonne[] = [
  {
    champ: 'reference',
    libelle: 'N° action',
    requise: true,
    entetes: ['n_action', 'no_action', 'numero_action', 'n_de_l_action', 'reference', 'ref_action'],
  },
  {
    champ: 'intitule',
    libelle: 'Intitulé',
    requise: true,
    entetes: ['intitule', 'intitule_de_l_action', 'intitule_action'],
  },
  { champ: 'programme', libelle: 'Programme', requise: true, entetes: ['programme'] },
  { champ: 'financeur', libelle: 'Financeur', requise: true, entetes: ['financeur'] },
  {
    champ: 'organisme',
    libelle: 'Organisme de formation',
    requise: true,
    entetes: ['organisme_de_formation', 'organisme'],
  },
  {
    champ: 'siret',
    libelle: 'SIRET organisme',
    requise: false,
    entetes: ['siret_organisme', 'siret_de_l_organisme', 'siret'],
  },
  { champ: 'lieu', libelle: 'Lieu', requise: false, entetes: ['lieu', 'lieu_de_formation'] },
  { champ: 'codeInsee', libelle: 'Code INSEE', requise: false, entetes: ['code_insee', 'insee'] },
  { champ: 'commune', libelle: 'Commune', requise: false, entetes: ['commune'] },
  { champ: 'debut', libelle: 'Date de début', requise: true, entetes: ['date_de_debut', 'debut', 'date_debut'] },
  { champ: 'fin', libelle: 'Date de fin', requise: true, entetes: ['date_de_fin', 'fin', 'date_fin'] },
  { champ: 'places', libelle: 'Places', requise: true, entetes: ['places', 'nombre_de_places', 'nb_places'] },
  { champ: 'prerequis', libelle: 'Pré-requis', requise: false, entetes: ['pre_requis', 'prerequis'] },
  { champ: 'niveau', libelle: 'Niveau', requise: false, entetes: ['niveau', 'niveau_minimum', 'niveau_requis'] },
  { champ: 'domaine', libelle: 'Domaine', requise: true, entetes: ['domaine', 'domaine_de_formation'] },
  { champ: 'type', libelle: 'Type', requise: true, entetes: ['type', 'type_de_formation'] },
  {
    champ: 'certification',
    libelle: 'Certification',
    requise: false,
    entetes: ['certification', 'certification_visee'],
  },
  { champ: 'description', libelle: 'Description', requise: false, entetes: ['description'] },
];

function refusFichier(message: string): ErreurMetier {
  const texte = `${message} Rien n’a été importé : corrigez le fichier puis relancez.`;
  return new ErreurMetier('entree_invalide', texte, [{ champ: 'contenu', message: texte }]);
}

// ---------------------------------------------------------------------------------------------
// The values of a cell, as funders write them: each reader gives the value, or the reason.

type Lu<T> = { v: T } | { raison: string };

const liste = (libelles: string[]) => `${libelles.slice(0, -1).join(', ')} ou ${libelles.at(-1)}`;

const FINANCEUR_PAR_MOT: Record<string, Financeur> = {
  ...Object.fromEntries(FINANCEURS.map((f) => [plier(f), f])),
  ...Object.fromEntries(FINANCEURS.map((f) => [plier(FINANCEUR_LIBELLES[f]), f])),
  'conseil regional': 'region',
  'pole emploi': 'france_travail',
  ft: 'france_travail',
  dreets: 'etat',
  ddets: 'etat',
  collectivite: 'collectivite',
  departement: 'collectivite',
  'conseil departemental': 'collectivite',
  commune: 'collectivite',
  epci: 'collectivite',
};

/** « Région Auvergne-Rhône-Alpes », « OPCO EP », « Conseil départemental de la Drôme »… */
const PREFIXES_FINANCEURS: [string, Financeur][] = [
  ['region ', 'region'],
  ['conseil regional ', 'region'],
  ['opco ', 'opco'],
  ['conseil departemental ', 'collectivite'],
  ['departement ', 'collectivite'],
  ['communaute ', 'collectivite'],
  ['ville ', 'collectivite'],
];

function financeurDe(v: string): Lu<Financeur> {
  const p = plier(v);
  const f = FINANCEUR_PAR_MOT[p] ?? PREFIXES_FINANCEURS.find(([debut]) => p.startsWith(debut))?.[1];
  if (f) return { v: f };
  const noms = FINANCEURS.map((c) => (c === 'collectivite' ? 'Collectivité' : FINANCEUR_LIBELLES[c]));
  return { raison: `Financeur : « ${v} » n'est pas reconnu ; écrivez ${liste(noms)}.` };
}

const TYPE_PAR_MOT: Record<string, TypeFormation> = {
  qualifiante: 'qualifiante',
  qualifiant: 'qualifiante',
  certifiante: 'qualifiante',
  'pre qualifiante': 'pre_qualifiante',
  'pre qualifiant': 'pre_qualifiante',
  'pre qualification': 'pre_qualifiante',
  prequalifiante: 'pre_qualifiante',
  'remise a niveau': 'remise_niveau',
  'remise niveau': 'remise_niveau',
  ran: 'remise_niveau',
};

function typeDe(v: string): Lu<TypeFormation> {
  const t = TYPE_PAR_MOT[plier(v)];
  return t
    ? { v: t }
    : { raison: `Type : « ${v} » n'est pas reconnu ; écrivez Qualifiante, Pré-qualifiante ou Remise à niveau.` };
}

const LIBELLES_DOMAINES = DOMAINES_FORMATION.map((d) => [plier(DOMAINE_FORMATION_LIBELLES[d]), d] as const);

/**
 * A letter of the ROME (« G », a code « G1602 », « G - Hôtellerie… »), « socle », or the start of
 * a label (« Hôtellerie-restauration », « Santé ») that names one field only.
 */
function domaineDe(v: string): Lu<DomaineFormation> {
  const p = plier(v);
  const lettre = /^([a-n])(?:\d{4})?(?: |$)/.exec(p)?.[1];
  if (lettre) return { v: lettre.toUpperCase() as DomaineFormation };
  if (p === 'socle' || p === 'savoirs de base') return { v: 'socle' };
  const candidats = p.length >= 4 ? LIBELLES_DOMAINES.filter(([l]) => l === p || l.startsWith(`${p} `)) : [];
  if (candidats.length === 1) return { v: candidats[0]![1] };
  return {
    raison: `Domaine : « ${v} » n'est pas reconnu ; écrivez la lettre du grand domaine ROME (A à N, ex. G pour l'hôtellerie-restauration), un code ROME, ou « socle » pour les savoirs de base.`,
  };
}

const NIVEAU_PAR_MOT: Record<string, Niveau | null> = {
  aucun: null,
  sans: null,
  'sans niveau': null,
  'sans prerequis': null,
  'pas de niveau': null,
  'infra 3': 'infra_3',
  infra3: 'infra_3',
  'niveau infra 3': 'infra_3',
  'sans diplome': 'infra_3',
  '3': 'niveau_3',
  'niveau 3': 'niveau_3',
  cap: 'niveau_3',
  bep: 'niveau_3',
  'cap bep': 'niveau_3',
  '4': 'niveau_4',
  'niveau 4': 'niveau_4',
  bac: 'niveau_4',
  '5': 'niveau_5_plus',
  'niveau 5': 'niveau_5_plus',
  '5 et plus': 'niveau_5_plus',
  'niveau 5 et plus': 'niveau_5_plus',
  'niveau 5 plus': 'niveau_5_plus',
  'bac 2': 'niveau_5_plus',
};

/** The lowest level admitted; empty (or « aucun ») when none is required. */
function niveauDe(v: string): Lu<Niveau | null> {
  const p = plier(v);
  if (p === '') return { v: null };
  const n = NIVEAU_PAR_MOT[p];
  if (n !== undefined) return { v: n };
  return {
    raison: `Niveau : « ${v} » n'est pas reconnu ; écrivez Infra 3, 3 (CAP), 4 (Bac), 5 (Bac+2), ou laissez vide si aucun niveau n'est exigé.`,
  };
}

function dateDe(v: string, libelle: string): Lu<string> {
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  const iso = fr ? `${fr[3]}-${fr[2]!.padStart(2, '0')}-${fr[1]!.padStart(2, '0')}` : v;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso) && estDateValide(iso)) return { v: iso };
  return {
    raison:
      v === ''
        ? `${libelle} : obligatoire (JJ/MM/AAAA).`
        : `${libelle} : « ${v} » n'est pas une date ; écrivez JJ/MM/AAAA (ex. 07/09/2026) ou AAAA-MM-JJ.`,
  };
}

function placesDe(v: string): Lu<number> {
  const chiffres = v.replace(/\s/g, '');
  if (/^\d+$/.test(chiffres)) return { v: Number(chiffres) };
  return { raison: v === '' ? 'Places : obligatoire.' : `Places : « ${v} » n'est pas un nombre entier de places.` };
}

// ---------------------------------------------------------------------------------------------

/** The stored action a line is compared with: the columns the import owns. */
interface ActionStockee {
  id: number;
  reference: string;
  intitule: string;
  programme: string;
  financeur: Financeur;
  organismeId: number;
  typeFormation: TypeFormation;
  domaine: DomaineFormation;
  certification: string | null;
  lieu: string | null;
  codeInsee: string | null;
  commune: string | null;
  debut: string;
  fin: string;
  places: number;
  prerequis: string | null;
  niveauMinimum: Niveau | null;
  description: string | null;
  modifieLe: string;
}
type Valeurs = Omit<ActionStockee, 'id' | 'modifieLe'>;

/** The action's fields each column fills (Code INSEE and Commune fill each other). */
const CHAMPS_DE: Partial<Record<Champ, (keyof Valeurs)[]>> = {
  reference: ['reference'],
  intitule: ['intitule'],
  programme: ['programme'],
  financeur: ['financeur'],
  organisme: ['organismeId'],
  lieu: ['lieu'],
  codeInsee: ['codeInsee', 'commune'],
  commune: ['codeInsee', 'commune'],
  debut: ['debut'],
  fin: ['fin'],
  places: ['places'],
  prerequis: ['prerequis'],
  niveau: ['niveauMinimum'],
  domaine: ['domaine'],
  type: ['typeFormation'],
  certification: ['certification'],
  description: ['description'],
};

interface Partenaire {
  id: number;
  nom: string;
  siret: string | null;
  type: TypePartenaire;
  actif: number;
}

/** A training body to add to the directory: one per SIRET, or per folded name without one. */
interface OrganismeACreer {
  aCreer: true;
  nom: string;
  siret: string | null;
  id: number | null;
}

type Decision = 'creer' | 'mettre_a_jour' | 'inchangee';

interface LigneRetenue {
  valeurs: Valeurs;
  /** The fields this file gives (the others of a known action are left as they are). */
  champs: Set<keyof Valeurs>;
  organisme: Partenaire | OrganismeACreer;
  existante: ActionStockee | null;
  decision: Decision;
}

const estACreer = (o: Partenaire | OrganismeACreer): o is OrganismeACreer => 'aCreer' in o;

/** A reason a line is refused, with its column (reasons are given in the columns' order). */
interface Raison {
  champ: Champ;
  texte: string;
}

/** The column of each field of the entry the schema checks. */
const COLONNE_DU_CHAMP: Record<string, Champ> = {
  reference: 'reference',
  intitule: 'intitule',
  programme: 'programme',
  financeur: 'financeur',
  organismeId: 'organisme',
  lieu: 'lieu',
  codeInsee: 'codeInsee',
  commune: 'commune',
  debut: 'debut',
  fin: 'fin',
  places: 'places',
  prerequis: 'prerequis',
  niveauMinimum: 'niveau',
  domaine: 'domaine',
  typeFormation: 'type',
  certification: 'certification',
  description: 'description',
};

/** The schema's message (« Fin : … », « Intitulé de l'action : … ») named after the column of the file. */
function enTermesDeColonne(message: string, champ: Champ): string {
  const i = message.indexOf(' : ');
  const libelle = COLONNES_PROGRAMME.find((c) => c.champ === champ)!.libelle;
  return i === -1 ? `${libelle} : ${message}` : `${libelle}${message.slice(i)}`;
}

export function importerProgramme(
  ctx: Contexte,
  contenu: string,
  options: { ecrire: boolean; toutOuRien: boolean },
): RapportImportActions {
  const lu = lireCsv(contenu);
  if (lu.erreurs.length > 0) {
    const e = lu.erreurs[0]!;
    throw refusFichier(`Fichier mal formé, ligne ${e.ligne} : ${e.message}.`);
  }
  const [entete, ...lignes] = lu.lignes;
  if (!entete) throw refusFichier('Fichier vide : rien à importer.');

  // Columns: the first line names them, in any order; unknown ones are left aside.
  const indexDe = new Map<Champ, number>();
  entete.cellules.forEach((c, i) => {
    const plie = plierEntete(c);
    const col = COLONNES_PROGRAMME.find((k) => k.entetes.includes(plie));
    if (col && !indexDe.has(col.champ)) indexDe.set(col.champ, i);
  });
  const manquantes = COLONNES_PROGRAMME.filter((c) => c.requise && !indexDe.has(c.champ));
  if (manquantes.length > 0) {
    throw refusFichier(
      `${manquantes.length > 1 ? 'Colonnes absentes' : 'Colonne absente'} de la ligne d'en-tête (ligne ${entete.numero}) : ${manquantes.map((c) => `« ${c.libelle} »`).join(', ')}. La première ligne nomme les colonnes : ${COLONNES_PROGRAMME.map((c) => c.libelle).join(' ; ')}.`,
    );
  }
  if (lignes.length === 0) throw refusFichier('Aucune action dans le fichier : seule la ligne d’en-tête est remplie.');

  const champsDuFichier = new Set([...indexDe.keys()].flatMap((c) => CHAMPS_DE[c] ?? []));

  const partenaires = instruction(
    ctx.sqlite,
    'SELECT id, nom, siret, type, actif FROM partenaire',
  ).all() as Partenaire[];
  const parSiret = new Map<string, Partenaire>();
  const parNom = new Map<string, Partenaire[]>();
  for (const p of partenaires) {
    if (p.siret && !parSiret.has(p.siret)) parSiret.set(p.siret, p);
    const k = compact(p.nom);
    parNom.set(k, [...(parNom.get(k) ?? []), p]);
  }
  // Among partners of the same name, an active training body first, then the oldest record.
  const rang = (p: Partenaire) => (p.actif ? 0 : 2) + (p.type === 'organisme_formation' || p.type === 'cfa' ? 0 : 1);
  for (const l of parNom.values()) l.sort((a, b) => rang(a) - rang(b) || a.id - b.id);
  const aCreerParSiret = new Map<string, OrganismeACreer>();
  const aCreerParNom = new Map<string, OrganismeACreer>();

  const communes = instruction(ctx.sqlite, 'SELECT insee, nom FROM commune').all() as { insee: string; nom: string }[];
  const communeParInsee = new Map(communes.map((c) => [c.insee, c.nom]));
  const inseeParNom = new Map<string, string | null>();
  for (const c of communes) {
    const k = compact(c.nom);
    // Two communes of the same name: the name alone does not say which.
    inseeParNom.set(k, inseeParNom.has(k) ? null : c.insee);
  }

  const existantes = new Map(
    (
      instruction(
        ctx.sqlite,
        `SELECT id, reference, intitule, programme, financeur, organisme_id AS organismeId, type_formation AS typeFormation,
                domaine, certification, lieu, code_insee AS codeInsee, commune, debut, fin, places, prerequis,
                niveau_minimum AS niveauMinimum, description, modifie_le AS modifieLe
         FROM action_formation WHERE reference IS NOT NULL`,
      ).all() as ActionStockee[]
    ).map((a) => [a.reference, a]),
  );

  const retenues: LigneRetenue[] = [];
  const refus: RapportImportActions['refus'] = [];
  const vues = new Map<string, number>();

  for (const { numero, cellules } of lignes) {
    const cellule = (c: Champ): string => {
      const i = indexDe.get(c);
      return i === undefined ? '' : (cellules[i] ?? '').trim();
    };
    const raisons: Raison[] = [];
    /** Columns whose own reason is given: the schema's would repeat it. */
    const fautifs = new Set<Champ>();
    const prendre = <T>(lu: Lu<T>, champ: Champ): T | undefined => {
      if ('v' in lu) return lu.v;
      raisons.push({ champ, texte: lu.raison });
      fautifs.add(champ);
      return undefined;
    };

    const reference = cellule('reference');
    if (reference === '') {
      raisons.push({
        champ: 'reference',
        texte:
          "N° action : obligatoire ; l'import s'en sert pour reconnaître l'action à chaque nouvelle version du programme.",
      });
      fautifs.add('reference');
    } else {
      const premiere = vues.get(reference);
      if (premiere !== undefined) {
        raisons.push({
          champ: 'reference',
          texte: `N° action « ${reference} » déjà présent ligne ${premiere} : seule la première ligne est reprise.`,
        });
      } else vues.set(reference, numero);
    }
    const financeur = prendre(financeurDe(cellule('financeur')), 'financeur');
    const typeFormation = prendre(typeDe(cellule('type')), 'type');
    const domaine = prendre(domaineDe(cellule('domaine')), 'domaine');
    const niveauMinimum = prendre(niveauDe(cellule('niveau')), 'niveau');
    const debut = prendre(dateDe(cellule('debut'), 'Date de début'), 'debut');
    const fin = prendre(dateDe(cellule('fin'), 'Date de fin'), 'fin');
    const places = prendre(placesDe(cellule('places')), 'places');

    // The commune: its INSEE code and name complete each other from the territory's communes.
    let codeInsee = cellule('codeInsee').toUpperCase();
    let commune = cellule('commune');
    if (codeInsee === '' && commune !== '') codeInsee = inseeParNom.get(compact(commune)) ?? '';
    if (commune === '' && codeInsee !== '') commune = communeParInsee.get(codeInsee) ?? '';

    const saisie = actionSaisieSchema.safeParse({
      intitule: cellule('intitule'),
      programme: cellule('programme'),
      financeur: financeur ?? 'autre',
      organismeId: 1,
      typeFormation: typeFormation ?? 'qualifiante',
      domaine: domaine ?? 'socle',
      certification: cellule('certification'),
      lieu: cellule('lieu'),
      codeInsee: codeInsee === '' ? null : codeInsee,
      commune,
      debut: debut ?? fin ?? '2000-01-01',
      fin: fin ?? debut ?? '2000-01-01',
      places: places ?? 1,
      prerequis: cellule('prerequis'),
      niveauMinimum: niveauMinimum ?? null,
      description: cellule('description'),
      reference,
    });
    if (!saisie.success) {
      for (const issue of saisie.error.issues) {
        const champ = COLONNE_DU_CHAMP[String(issue.path[0])] ?? 'reference';
        if (!fautifs.has(champ)) raisons.push({ champ, texte: enTermesDeColonne(issue.message, champ) });
      }
    }

    const organisme = trouverOrganisme(cellule('organisme'), cellule('siret'), existantes.get(reference), raisons);
    if (raisons.length > 0 || !saisie.success || !organisme) {
      // In the order of the columns, as the person reads the line.
      const rangs = raisons.map((r) => ({ ...r, rang: COLONNES_PROGRAMME.findIndex((c) => c.champ === r.champ) }));
      refus.push({
        ligne: numero,
        reference: reference === '' ? null : reference,
        raisons: [...new Set(rangs.sort((a, b) => a.rang - b.rang).map((r) => r.texte))],
      });
      continue;
    }
    const s = saisie.data;
    const valeurs: Valeurs = {
      reference,
      intitule: s.intitule,
      programme: s.programme,
      financeur: s.financeur,
      organismeId: estACreer(organisme) ? 0 : organisme.id,
      typeFormation: s.typeFormation,
      domaine: s.domaine,
      certification: s.certification,
      lieu: s.lieu,
      codeInsee: s.codeInsee,
      commune: s.commune,
      debut: s.debut,
      fin: s.fin,
      places: s.places,
      prerequis: s.prerequis,
      niveauMinimum: s.niveauMinimum,
      description: s.description,
    };
    const existante = existantes.get(reference) ?? null;
    const pareil =
      existante !== null &&
      !estACreer(organisme) &&
      [...champsDuFichier].every((k) => (existante[k] ?? null) === (valeurs[k] ?? null));
    retenues.push({
      valeurs,
      champs: champsDuFichier,
      organisme,
      existante,
      decision: existante === null ? 'creer' : pareil ? 'inchangee' : 'mettre_a_jour',
    });
  }

  /**
   * The training body of a line: the partner with that SIRET, else the one of that name (case,
   * accents, punctuation and spaces ignored), else one to add to the directory.
   */
  function trouverOrganisme(
    nom: string,
    siretBrut: string,
    existante: ActionStockee | undefined,
    raisons: Raison[],
  ): Partenaire | OrganismeACreer | null {
    const siret = siretBrut.replace(/\s/g, '');
    if (siret !== '' && !(/^\d{14}$/.test(siret) && siretValide(siret))) {
      raisons.push({
        champ: 'siret',
        texte: /^\d{14}$/.test(siret)
          ? `SIRET organisme : la clé de contrôle de ${siretLisible(siret)} ne correspond pas ; vérifiez les 14 chiffres.`
          : `SIRET organisme : « ${siretBrut} » : 14 chiffres attendus.`,
      });
      return null;
    }
    const trouve = (siret !== '' ? parSiret.get(siret) : undefined) ?? parNom.get(compact(nom))?.[0];
    if (trouve) {
      if (!trouve.actif && trouve.id !== existante?.organismeId) {
        raisons.push({
          champ: 'organisme',
          texte: `Organisme de formation : « ${trouve.nom} » est marqué inactif dans l'annuaire ; réactivez sa fiche, puis relancez l'import.`,
        });
        return null;
      }
      return trouve;
    }
    const nomPropre = nom.replace(/\.+$/, '').trim();
    if (nomPropre.length < 3 || nomPropre.length > 150) {
      raisons.push({
        champ: 'organisme',
        texte:
          nomPropre === ''
            ? "Organisme de formation : nom manquant (et aucun partenaire de l'annuaire n'a ce SIRET)."
            : `Organisme de formation : « ${nom} » : 3 à 150 caractères pour l'ajouter à l'annuaire.`,
      });
      return null;
    }
    const deja = (siret !== '' ? aCreerParSiret.get(siret) : undefined) ?? aCreerParNom.get(compact(nomPropre));
    if (deja) return deja;
    const nouveau: OrganismeACreer = { aCreer: true, nom: nomPropre, siret: siret === '' ? null : siret, id: null };
    if (nouveau.siret) aCreerParSiret.set(nouveau.siret, nouveau);
    aCreerParNom.set(compact(nomPropre), nouveau);
    return nouveau;
  }

  const n = (d: Decision) => retenues.filter((r) => r.decision === d).length;
  const organismesCrees = [...new Set(retenues.map((r) => r.organisme).filter(estACreer))].map((o) => o.nom);
  const rapport: RapportImportActions = {
    lignes: lignes.length,
    creees: n('creer'),
    misesAJour: n('mettre_a_jour'),
    inchangees: n('inchangee'),
    organismesCrees,
    refus,
    ecrit: false,
  };
  if (!options.ecrire || (options.toutOuRien && refus.length > 0)) return rapport;
  ecrire(ctx, retenues);
  return { ...rapport, ecrit: true };
}

function ecrire(ctx: Contexte, retenues: LigneRetenue[]) {
  const instant = ctx.horloge.maintenant().toISOString();
  const creerOrganisme = instruction(
    ctx.sqlite,
    `INSERT INTO partenaire (source, source_id, nom, type, siret, thematiques, actif, date_maj, cree_le, cree_par,
       modifie_le, modifie_par)
     VALUES (?, ?, ?, 'organisme_formation', ?, '[]', 1, ?, ?, ?, ?, ?)`,
  );
  const creerAction = instruction(
    ctx.sqlite,
    `INSERT INTO action_formation (reference, intitule, programme, financeur, organisme_id, type_formation, domaine,
       certification, lieu, code_insee, commune, debut, fin, places, prerequis, niveau_minimum, description, statut,
       cree_le, cree_par, modifie_le, modifie_par)
     VALUES (@reference, @intitule, @programme, @financeur, @organismeId, @typeFormation, @domaine, @certification,
       @lieu, @codeInsee, @commune, @debut, @fin, @places, @prerequis, @niveauMinimum, @description, 'programmee',
       @instant, @acteur, @instant, @acteur)`,
  );
  const COLONNE: Record<keyof Valeurs, string> = {
    reference: 'reference',
    intitule: 'intitule',
    programme: 'programme',
    financeur: 'financeur',
    organismeId: 'organisme_id',
    typeFormation: 'type_formation',
    domaine: 'domaine',
    certification: 'certification',
    lieu: 'lieu',
    codeInsee: 'code_insee',
    commune: 'commune',
    debut: 'debut',
    fin: 'fin',
    places: 'places',
    prerequis: 'prerequis',
    niveauMinimum: 'niveau_minimum',
    description: 'description',
  };
  const acteur = ctx.acteur.id;
  for (const r of retenues) {
    if (r.decision === 'inchangee') continue;
    let organismeId = r.valeurs.organismeId;
    if (estACreer(r.organisme)) {
      const o = r.organisme;
      o.id ??= Number(
        creerOrganisme.run(
          SOURCE_TREMPLIN,
          randomUUID(),
          o.nom,
          o.siret,
          aujourdhui(ctx),
          instant,
          acteur,
          instant,
          acteur,
        ).lastInsertRowid,
      );
      organismeId = o.id;
    }
    const valeurs = { ...r.valeurs, organismeId };
    if (!r.existante) {
      creerAction.run({ ...valeurs, instant, acteur });
      continue;
    }
    // Only what the file gives; référent, status and age bounds stay Tremplin's.
    const champs = [...r.champs];
    instruction(
      ctx.sqlite,
      `UPDATE action_formation SET ${champs.map((k) => `${COLONNE[k]} = @${k}`).join(', ')},
         modifie_le = @modifieLe, modifie_par = @acteur WHERE id = @id`,
    ).run({
      ...Object.fromEntries(champs.map((k) => [k, valeurs[k]])),
      modifieLe: versionSuivante(ctx, r.existante.modifieLe),
      acteur,
      id: r.existante.id,
    });
  }
}

export const csvHandlers = {
  'actions.analyserCsv': ((input, ctx) =>
    importerProgramme(ctx, input.contenu, { ecrire: false, toutOuRien: input.toutOuRien })) satisfies Handler<
    C,
    'actions.analyserCsv'
  >,
  'actions.importerCsv': ((input, ctx) =>
    importerProgramme(ctx, input.contenu, { ecrire: true, toutOuRien: input.toutOuRien })) satisfies Handler<
    C,
    'actions.importerCsv'
  >,
};
