import Papa from 'papaparse';
import type { annuaireContract } from '../../contract/annuaire';
import {
  COLLEGE_LIBELLES,
  THEMATIQUES_DI,
  TYPE_PARTENAIRE_LIBELLES,
  type College,
  type ThematiqueDi,
  type TypePartenaire,
} from '../../contract/referentielsAnnuaire';
import type { Contexte, Handler } from '../commun/contexte';
import { instruction } from '../commun/instructions';
import { dateFr } from '../commun/temps';
import { siretLisible } from '../../contract/champs';
import { aujourdhui } from '../jeunes';
import { conventionsDesPartenaires, type ConventionEvaluee } from './conventions';
import { liste } from './lectures';
import { parNom } from './recherche';

type C = typeof annuaireContract;

const ENTETE = [
  'Nom',
  'Type',
  'SIRET',
  'Adresse',
  'Code postal',
  'Commune',
  'Téléphone',
  'E-mail',
  'Site web',
  'Horaires',
  'Thématiques',
  'Services',
  'Contacts',
  'Collège',
  'Convention la plus proche',
  'Actif',
];
const SEPARATEUR_LISTE = ' | ';

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (CSV injection): such a
 * cell gets a leading apostrophe. Multi-line cells included, hence no `$` in the pattern.
 */
const DEBUT_DE_FORMULE = /^[=+\-@\t\r]/;

// Digits with spaces, as printed: a spreadsheet keeps them as text instead of turning a SIRET
// into 7,33E+13 or dropping a phone number's leading zero.
const telephoneLisible = (t: string) => (/^0\d{9}$/.test(t) ? t.replace(/(\d{2})(?=\d)/g, '$1 ') : t);

/**
 * The convention to watch: the earliest expiry among those not renewed (expired ones included,
 * they are the most urgent), else one without expiry date. `conventions` come soonest first.
 */
function conventionLaPlusProche(conventions: ConventionEvaluee[]): string {
  const c = conventions.find((x) => !x.renouvelee);
  if (!c) return '';
  return c.expireLe === null ? `${c.objet} (sans échéance)` : `${c.objet} (échéance ${dateFr(c.expireLe)})`;
}

interface LigneCsv {
  id: number;
  nom: string;
  type: TypePartenaire;
  siret: string | null;
  adresse: string | null;
  complementAdresse: string | null;
  codePostal: string | null;
  commune: string | null;
  telephone: string | null;
  email: string | null;
  siteWeb: string | null;
  horaires: string | null;
  thematiques: string;
  college: College | null;
  actif: number;
}

export function exporterCsv(ctx: Contexte, inclureInactifs: boolean) {
  const partenaires = parNom(
    instruction(
      ctx.sqlite,
      `SELECT id, nom, type, siret, adresse, complement_adresse AS complementAdresse, code_postal AS codePostal, commune,
              telephone, email, site_web AS siteWeb, horaires, thematiques, college, actif
       FROM partenaire WHERE ? OR actif = 1`,
    ).all(inclureInactifs ? 1 : 0) as LigneCsv[],
  );
  const groupes = (sql: string) => {
    const m = new Map<number, string[]>();
    for (const l of instruction(ctx.sqlite, sql).all() as { id: number; texte: string }[]) {
      let v = m.get(l.id);
      if (!v) m.set(l.id, (v = []));
      v.push(l.texte);
    }
    return m;
  };
  const services = groupes(
    'SELECT partenaire_id AS id, nom AS texte FROM service_partenaire WHERE actif = 1 ORDER BY nom COLLATE NOCASE, id',
  );
  const contacts = groupes(
    `SELECT partenaire_id AS id, nom || coalesce(' (' || fonction || ')', '') AS texte
     FROM partenaire_contact ORDER BY partenaire_id, ordre, id`,
  );
  const conventions = new Map<number, ConventionEvaluee[]>();
  for (const c of conventionsDesPartenaires(
    ctx,
    partenaires.map((p) => p.id),
  )) {
    let v = conventions.get(c.partenaireId);
    if (!v) conventions.set(c.partenaireId, (v = []));
    v.push(c);
  }
  const lignes = partenaires.map((p) => [
    p.nom,
    TYPE_PARTENAIRE_LIBELLES[p.type],
    p.siret ? siretLisible(p.siret) : '',
    [p.adresse, p.complementAdresse].filter(Boolean).join(', '),
    p.codePostal ?? '',
    p.commune ?? '',
    p.telephone ? telephoneLisible(p.telephone) : '',
    p.email ?? '',
    p.siteWeb ?? '',
    p.horaires ?? '',
    liste<ThematiqueDi>(p.thematiques)
      .map((t) => THEMATIQUES_DI[t] ?? t)
      .join(SEPARATEUR_LISTE),
    (services.get(p.id) ?? []).join(SEPARATEUR_LISTE),
    (contacts.get(p.id) ?? []).join(SEPARATEUR_LISTE),
    p.college ? COLLEGE_LIBELLES[p.college] : '',
    conventionLaPlusProche(conventions.get(p.id) ?? []),
    p.actif ? 'oui' : 'non',
  ]);
  // RFC 4180: CRLF after every record, fields quoted when they hold ; " or a line break.
  const csv = Papa.unparse(
    { fields: ENTETE, data: lignes },
    { delimiter: ';', newline: '\r\n', escapeFormulae: DEBUT_DE_FORMULE },
  );
  return {
    nomFichier: `partenaires-${aujourdhui(ctx)}.csv`,
    // The BOM tells a spreadsheet the file is UTF-8: accents survive a double-click.
    contenu: `\uFEFF${csv}\r\n`,
    nombre: partenaires.length,
  };
}

export const csvHandlers = {
  'partenaires.exporterCsv': ((input, ctx) => exporterCsv(ctx, input.inclureInactifs)) satisfies Handler<
    C,
    'partenaires.exporterCsv'
  >,
};
