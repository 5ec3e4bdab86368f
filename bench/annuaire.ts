/**
 * The partner directory (issue 5) at the size of a departmental data·inclusion file: importing
 * 5,000 structures and 15,000 services, importing the same file again (nothing changes), the
 * export, and the searches a conseiller types in front of a jeune. Figures only: never fails.
 */
import { contract, THEMATIQUES, type ThematiqueDi } from '../src-main/contract';
import type { Application } from '../src-main/host/application';
import { handlers } from '../src-main/services';
import { chrono, memoire, ms, option, quantile, tableau } from './outils';

const NB_STRUCTURES = option('structures', 5_000);
const SERVICES_PAR_STRUCTURE = 3;
const RECHERCHES = option('recherches', 200);

/** Communes of a Drôme-like territory (INSEE codes), a few of them much larger. */
const COMMUNES = ['26281', '26362', '26057', '26301', '26108', '26058', '26124', '26198', '26235', '26313'];
const CATEGORIES = THEMATIQUES.filter((t) => !t.includes('--'));
const SOUS_THEMES = THEMATIQUES.filter((t) => t.includes('--'));

/** A deterministic file: the same figures from one run to the next. */
function jeuDeDonnees(): string {
  let graine = 42;
  const alea = (n: number) => {
    graine = (graine * 1_103_515_245 + 12_345) % 2 ** 31;
    return graine % n;
  };
  const structures = [];
  const services = [];
  for (let i = 0; i < NB_STRUCTURES; i++) {
    const commune = COMMUNES[alea(COMMUNES.length)]!;
    structures.push({
      source: 'banc',
      id: `s-${i}`,
      nom: `Structure d'insertion numéro ${i}`,
      description: `Accueil, information et accompagnement des habitants du territoire, structure ${i}.`,
      date_maj: '2026-01-15',
      code_insee: commune,
      commune: `Commune ${commune}`,
      telephone: '0475000000',
      reseaux_porteurs: i % 7 === 0 ? ['france-travail'] : null,
    });
    for (let k = 0; k < SERVICES_PAR_STRUCTURE; k++) {
      const themes: ThematiqueDi[] = [SOUS_THEMES[alea(SOUS_THEMES.length)]!, CATEGORIES[alea(CATEGORIES.length)]!];
      services.push({
        source: 'banc',
        id: `s-${i}-${k}`,
        structure_id: `s-${i}`,
        nom: `Service ${k + 1} de la structure ${i}`,
        description: `Un service décrit assez longuement pour respecter le schéma data·inclusion (${i}/${k}).`,
        date_maj: '2026-01-15',
        thematiques: [...new Set(themes)],
        publics: alea(3) === 0 ? ['jeunes'] : ['jeunes', 'demandeurs-emploi'],
        zone_eligibilite: alea(4) === 0 ? ['26'] : [commune],
        modes_accueil: ['en-presentiel'],
      });
    }
  }
  return JSON.stringify({ structures, services });
}

export function mesurerAnnuaire(app: Application, maintenant: Date): void {
  console.log(`\n— Annuaire des partenaires (issue 5) —\n`);
  const { sqlite } = app.base;
  // The handlers as the dispatcher runs them, minus the dispatcher (as in bench/parcours.ts);
  // the input is parsed first, for its defaults.
  const ctx = {
    db: app.base.db,
    sqlite,
    horloge: { maintenant: () => maintenant },
    acteur: { id: 0, nom: 'Banc', roles: [] },
    dossier: () => {},
    tracer: () => {},
    emettre: () => {},
  };
  const appeler = (methode: keyof typeof handlers, entree: unknown) => {
    const lue: unknown = contract[methode].input.parse(entree);
    // Read methods run with the connection in query_only, as the dispatcher does: the search
    // keeps its folded texts between calls only then.
    const lecture = contract[methode].mode === 'lecture';
    if (lecture) sqlite.pragma('query_only = 1');
    try {
      return sqlite.transaction(() => (handlers[methode] as (i: unknown, c: unknown) => unknown)(lue, ctx))();
    } finally {
      if (lecture) sqlite.pragma('query_only = 0');
    }
  };

  const contenu = jeuDeDonnees();
  const f = (n: number) => n.toLocaleString('fr-FR');
  const mesureUnique = (quoi: string, faire: () => unknown) => {
    const duree = chrono();
    const r = faire();
    const t = duree();
    return { quoi, t, r };
  };
  const premier = mesureUnique('import (création)', () =>
    appeler('dataInclusion.importer', { contenu, toutOuRien: false }),
  );
  const second = mesureUnique('réimport du même fichier', () =>
    appeler('dataInclusion.importer', { contenu, toutOuRien: false }),
  );
  const exporte = mesureUnique('export data·inclusion', () => appeler('dataInclusion.exporter', {}));
  const csv = mesureUnique('export CSV', () => appeler('partenaires.exporterCsv', {}));
  const rapport = second.r as { structures: { inchanges: number }; services: { inchanges: number } };
  console.log(
    `Fichier de ${f(NB_STRUCTURES)} structures et ${f(NB_STRUCTURES * SERVICES_PAR_STRUCTURE)} services ` +
      `(${(contenu.length / 1024 / 1024).toFixed(1)} Mo) ; au réimport, ${f(rapport.structures.inchanges)} structures et ` +
      `${f(rapport.services.inchanges)} services inchangés.`,
  );
  console.log(
    tableau(
      ['opération', 'durée (ms)'],
      [premier, second, exporte, csv].map((m) => [m.quoi, ms(m.t)]),
    ),
  );

  const requetes: { quoi: string; entree: Record<string, unknown> }[] = [
    { quoi: 'sans critère (100 premiers)', entree: {} },
    { quoi: 'un mot (« insertion »)', entree: { texte: 'insertion' } },
    { quoi: 'nom précis (« numéro 4242 »)', entree: { texte: 'numero 4242' } },
    { quoi: 'catégorie logement', entree: { thematiques: ['logement-hebergement'] } },
    {
      quoi: 'logement + jeunes + commune',
      entree: { thematiques: ['logement-hebergement'], publics: ['jeunes'], codeInsee: '26281' },
    },
    { quoi: 'type France Travail', entree: { types: ['france_travail'] } },
  ];
  const lignes: string[][] = [];
  for (const q of requetes) {
    const durees: number[] = [];
    let total = 0;
    for (let i = 0; i < RECHERCHES; i++) {
      const duree = chrono();
      total = (appeler('partenaires.rechercher', q.entree) as { total: number }).total;
      durees.push(duree());
    }
    lignes.push([q.quoi, f(total), ms(quantile(durees, 0.5)), ms(quantile(durees, 0.95))]);
  }
  console.log(`\nRecherche dans l'annuaire (${f(RECHERCHES)} fois chacune, service sans le dispatcher) :`);
  console.log(tableau(['recherche', 'trouvés', 'p50 (ms)', 'p95 (ms)'], lignes));
  console.log(memoire('Mémoire après l’annuaire'));
}
