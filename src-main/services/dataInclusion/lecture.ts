import { ErreurMetier } from '../commun/erreurs';

/** One data·inclusion file as given: its name (for messages when several are read) and text. */
export interface FichierDi {
  nom: string | null;
  contenu: string;
}

/** One record of a file, not yet validated, with where it is in the file. */
export interface FicheLue {
  /** "structures[12]", "services[3]", "[7]" in a bare list; prefixed with the file when several. */
  position: string;
  genre: 'structure' | 'service';
  brut: unknown;
}

const FORME_ATTENDUE =
  'un fichier data·inclusion contient { "structures": [ … ], "services": [ … ] }, ou une liste [ … ] de structures et/ou de services.';

function refus(fichier: FichierDi, message: string): ErreurMetier {
  const texte = `${fichier.nom ? `« ${fichier.nom} » : ` : ''}${message}`;
  return new ErreurMetier('entree_invalide', texte, [{ champ: 'contenu', message: texte }]);
}

/**
 * The records of one file, in reading order. Malformed JSON or any other shape refuses the whole
 * file (nothing of it is imported), naming the line and column of the fault.
 */
export function lireFichierDi(fichier: FichierDi, plusieurs: boolean): FicheLue[] {
  // A byte order mark is what office tools put first; it is not part of the JSON.
  const texte = fichier.contenu.replace(/^\uFEFF/, '');
  let jeu: unknown;
  try {
    jeu = JSON.parse(texte);
  } catch (e) {
    throw refus(fichier, messageJsonMalForme(texte, e));
  }
  const prefixe = plusieurs && fichier.nom ? `${fichier.nom} : ` : '';
  const genreDe = (v: unknown): FicheLue['genre'] =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && 'structure_id' in v ? 'service' : 'structure';
  if (Array.isArray(jeu)) {
    return jeu.map((brut: unknown, i) => ({ position: `${prefixe}[${i}]`, genre: genreDe(brut), brut }));
  }
  if (typeof jeu === 'object' && jeu !== null && ('structures' in jeu || 'services' in jeu)) {
    const { structures = [], services = [] } = jeu as { structures?: unknown; services?: unknown };
    for (const [champ, liste] of [
      ['structures', structures],
      ['services', services],
    ] as const) {
      if (!Array.isArray(liste)) {
        throw refus(fichier, `« ${champ} » doit être une liste [ … ] : ${FORME_ATTENDUE}`);
      }
    }
    return [
      ...(structures as unknown[]).map((brut, i) => ({
        position: `${prefixe}structures[${i}]`,
        genre: 'structure' as const,
        brut,
      })),
      ...(services as unknown[]).map((brut, i) => ({
        position: `${prefixe}services[${i}]`,
        genre: 'service' as const,
        brut,
      })),
    ];
  }
  throw refus(fichier, `fichier non reconnu : ${FORME_ATTENDUE}`);
}

/** "JSON mal formé, ligne 12, colonne 5 : …" for a text JSON.parse refused. */
function messageJsonMalForme(texte: string, erreur: unknown): string {
  if (texte.trim() === '') return 'fichier vide : rien à importer.';
  let faute = fauteJson(texte);
  if (!faute) {
    // Our reader found nothing: keep the engine's position, if it gives one.
    const m = /position (\d+)/.exec(String((erreur as Error).message));
    faute = new Faute(m ? Number(m[1]) : texte.length, 'caractère inattendu');
  }
  const { ligne, colonne, extrait } = situer(texte, faute.position);
  const quoi =
    faute.position >= texte.length
      ? `le fichier s'arrête avant la fin du JSON (fichier tronqué ?) ; ${faute.message}`
      : faute.message;
  return (
    `JSON mal formé, ligne ${ligne}, colonne ${colonne} : ${quoi}.` +
    (extrait ? ` Près de : « ${extrait} ».` : '') +
    ' Rien n’a été importé : corrigez le fichier puis relancez.'
  );
}

function situer(texte: string, position: number): { ligne: number; colonne: number; extrait: string } {
  const avant = texte.slice(0, position);
  const ligne = avant.split('\n').length;
  const debutLigne = avant.lastIndexOf('\n') + 1;
  const colonne = position - debutLigne + 1;
  const finLigne = texte.indexOf('\n', position);
  const ligneEntiere = texte.slice(debutLigne, finLigne === -1 ? texte.length : finLigne).replace(/\r$/, '');
  const de = Math.max(0, colonne - 1 - 30);
  const extrait = ligneEntiere.slice(de, colonne - 1 + 30).trim();
  return { ligne, colonne, extrait: `${de > 0 ? '…' : ''}${extrait}` };
}

class Faute {
  constructor(
    readonly position: number,
    readonly message: string,
  ) {}
}

const NOMBRE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Finds where a JSON text goes wrong and what was expected there, in French. Only run once
 * JSON.parse has failed: V8 does not always give the position ("Unexpected token 'x'").
 */
function fauteJson(texte: string): Faute | null {
  let i = 0;
  const blancs = () => {
    while (i < texte.length && ' \t\n\r'.includes(texte[i]!)) i++;
  };
  const faute = (message: string): never => {
    throw new Faute(i, message);
  };
  const valeur = (): void => {
    blancs();
    const c = texte[i];
    if (c === '{') return objet();
    if (c === '[') return liste();
    if (c === '"') return chaine();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      NOMBRE.lastIndex = i;
      if (!NOMBRE.test(texte)) faute('nombre mal écrit');
      i = NOMBRE.lastIndex;
      return;
    }
    for (const mot of ['true', 'false', 'null']) {
      if (texte.startsWith(mot, i)) {
        i += mot.length;
        return;
      }
    }
    if (c === "'") faute('texte entre apostrophes : le JSON demande des guillemets droits doubles "…"');
    faute('valeur attendue (texte entre guillemets "…", nombre, liste [ ], objet { }, true, false ou null)');
  };
  const objet = () => {
    i++;
    blancs();
    if (texte[i] === '}') return void i++;
    for (;;) {
      blancs();
      if (texte[i] === '}') faute('virgule en trop avant « } »');
      if (texte[i] !== '"') faute('nom de champ attendu, entre guillemets droits "…"');
      chaine();
      blancs();
      if (texte[i] !== ':') faute('« : » attendu après le nom du champ');
      i++;
      valeur();
      blancs();
      if (texte[i] === ',') {
        i++;
        continue;
      }
      if (texte[i] === '}') return void i++;
      faute('« , » ou « } » attendu : il manque peut-être une virgule entre deux champs');
    }
  };
  const liste = () => {
    i++;
    blancs();
    if (texte[i] === ']') return void i++;
    for (;;) {
      blancs();
      if (texte[i] === ']') faute('virgule en trop avant « ] »');
      valeur();
      blancs();
      if (texte[i] === ',') {
        i++;
        continue;
      }
      if (texte[i] === ']') return void i++;
      faute('« , » ou « ] » attendu : il manque peut-être une virgule entre deux éléments');
    }
  };
  const chaine = () => {
    i++;
    while (i < texte.length) {
      const c = texte[i]!;
      if (c === '"') return void i++;
      if (c === '\\') {
        const e = texte[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(texte.slice(i + 2, i + 6)))
            faute('échappement \\u incomplet (4 chiffres hexadécimaux attendus)');
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) faute('échappement invalide (\\" \\\\ \\n \\t … attendus)');
        i += 2;
        continue;
      }
      if (c < ' ') faute('retour à la ligne dans un texte : fermez le guillemet ou écrivez \\n');
      i++;
    }
    faute('guillemet fermant manquant');
  };
  try {
    valeur();
    blancs();
    if (i < texte.length) faute('texte en trop après la fin du JSON (un seul objet ou une seule liste par fichier)');
    return null;
  } catch (e) {
    if (e instanceof Faute) return e;
    // Nesting deep enough to exhaust the stack: let the engine's message speak.
    if (e instanceof RangeError) return null;
    throw e;
  }
}
