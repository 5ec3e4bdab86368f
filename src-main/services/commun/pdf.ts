/**
 * Printed documents (the contrat d'engagement, the minutes of an entry commission) as declarative
 * templates drawn with pdfkit: A4, Helvetica (the PDF standard font, nothing embedded), page
 * numbers in the footer. A template lists the French texts in order, with `{placeholders}` filled
 * from the records and blocks shown only when a condition holds; this drawer knows the kinds of
 * blocks, never the wording, so that a change of wording is an edit of the template only.
 */
import type PDFDocumentType from 'pdfkit';
import { casNonTraite } from './erreurs';

export type Pdfkit = typeof PDFDocumentType;
type Document = InstanceType<Pdfkit>;

/**
 * pdfkit takes about 150 ms to load: it is loaded on the first document printed, not when the
 * application starts, and once only. Handlers load it in their `preparer` step.
 */
let pdfkit: Promise<Pdfkit> | undefined;
export function chargerPdfkit(): Promise<Pdfkit> {
  return (pdfkit ??= import('pdfkit').then((m) => m.default));
}

const MARGE = 56;
const POLICE = 'Helvetica';
const POLICE_GRASSE = 'Helvetica-Bold';
const CORPS = 10;
const GRIS = '#555555';

/**
 * The characters the standard fonts can print (WinAnsi): Latin-1 and the Windows-1252 extras
 * (œ Œ ’ “ ” « » … – — €). Anything else (ș, ł, ğ...) would print as garbage, so it falls back to
 * its letter without the accent, or to "?".
 */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const REMPLACEMENTS: Record<string, string> = {
  '\u202f': '\u00a0',
  '\u2009': ' ',
  '\u2010': '-',
  '\u2011': '-',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
};

export function pourPoliceStandard(texte: string): string {
  let sortie = '';
  for (const c of texte) {
    const code = c.codePointAt(0)!;
    if (c === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(c)) {
      sortie += c;
      continue;
    }
    const remplacement = REMPLACEMENTS[c] ?? c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    sortie += [...remplacement].every((r) => r.codePointAt(0)! < 0x100) && remplacement !== '' ? remplacement : '?';
  }
  return sortie;
}

/** A text with `{cle}` placeholders. */
export type Texte = string;

/** One row of a table: its cells by column. */
type Ligne = Readonly<Record<string, string>>;

/**
 * What a template is checked against, given as three types: its values (`{cle}` → text, already
 * written for print: dates JJ/MM/AAAA), its conditions (name → shown or not) and its lists
 * (bullets: lines of text; tables: rows of cells).
 */
export type ValeursDocument<V> = { [K in keyof V]: string };
export type ConditionsDocument<Cn> = { [K in keyof Cn]: boolean };
export type ListesDocument<L> = { [K in keyof L]: readonly string[] | readonly Ligne[] };

type ListesDePuces<L> = { [K in keyof L]: L[K] extends readonly string[] ? K : never }[keyof L];
type BlocTableau<L> = {
  [K in keyof L]: L[K] extends readonly (infer R)[]
    ? R extends string
      ? never
      : {
          genre: 'tableau';
          liste: K;
          colonnes: { titre: Texte; champ: keyof R & string; largeur: number }[];
          vide: Texte;
        }
    : never;
}[keyof L];

/** The blocks that read no list and no condition. */
type BlocDeTexte =
  | { genre: 'entete'; lignes: Texte[] }
  | { genre: 'titre'; texte: Texte; sousTitre: Texte }
  | { genre: 'intertitre'; texte: Texte }
  | { genre: 'paragraphe'; texte: Texte };

export type Bloc<Cn, L> = { si?: keyof Cn } & (
  | BlocDeTexte
  | { genre: 'puces'; liste: ListesDePuces<L>; vide: Texte }
  | BlocTableau<L>
  | {
      genre: 'signatures';
      /** Place and date, kept on the page of the signatures. */
      faitA: Texte;
      cases: { titre: Texte; nom: Texte; mention: Texte; si?: keyof Cn }[];
    }
);

export interface ModeleDocument<Cn, L> {
  titreDocument: Texte;
  piedDePage: Texte;
  blocs: Bloc<Cn, L>[];
}

export interface ContenuDocument<V, Cn, L> {
  modele: ModeleDocument<Cn, L>;
  valeurs: V;
  conditions: Cn;
  listes: L;
  /** Written in the PDF's metadata (the injected clock, so that tests are repeatable). */
  creeLe: Date;
  auteur: string;
}

/** Fills the `{cle}` placeholders; an unknown key is a mistake of the template and fails loudly. */
export function remplir<V extends ValeursDocument<V>>(texte: Texte, valeurs: V): string {
  return texte.replace(/\{([a-zA-Z.]+)\}/g, (_tout, cle: string) => {
    if (!(cle in valeurs)) throw new Error(`Modèle de document : champ inconnu {${cle}}`);
    return valeurs[cle as keyof V];
  });
}

// The drawing reads blocks, conditions and lists by name: the generic types above check a
// template against its data where it is written; here they are one shape.
type BlocLu = { si?: string } & (
  | BlocDeTexte
  | { genre: 'puces'; liste: string; vide: Texte }
  | { genre: 'tableau'; liste: string; colonnes: { titre: Texte; champ: string; largeur: number }[]; vide: Texte }
  | { genre: 'signatures'; faitA: Texte; cases: { titre: Texte; nom: Texte; mention: Texte; si?: string }[] }
);

/**
 * The PDF, as bytes. pdfkit writes through a stream; once `end()` has run, every chunk is
 * already buffered, so reading the stream right away collects the whole document synchronously
 * (the handler runs inside the call's transaction and cannot wait).
 */
export function dessinerDocument<
  V extends ValeursDocument<V>,
  Cn extends ConditionsDocument<Cn>,
  L extends ListesDocument<L>,
>(PDFDocument: Pdfkit, contenu: ContenuDocument<V, Cn, L>): Buffer {
  const { modele, valeurs } = contenu;
  const conditions = contenu.conditions as Record<string, boolean>;
  const listes = contenu.listes as Record<string, readonly string[] | readonly Ligne[]>;
  const t = (texte: string) => pourPoliceStandard(remplir(texte, valeurs));
  const doc: Document = new PDFDocument({
    size: 'A4',
    margin: MARGE,
    bufferPages: true,
    info: { Title: t(modele.titreDocument), Author: pourPoliceStandard(contenu.auteur), CreationDate: contenu.creeLe },
  });
  doc.font(POLICE).fontSize(CORPS);
  const largeur = doc.page.width - 2 * MARGE;

  for (const bloc of modele.blocs as BlocLu[]) {
    if (bloc.si && !conditions[bloc.si]) continue;
    dessinerBloc(doc, bloc, { t, largeur, conditions, listes });
  }

  // Footers last, once the number of pages is known; the bottom margin is lifted while writing
  // in it, or pdfkit would open a new page.
  const pages = doc.bufferedPageRange();
  for (let i = 0; i < pages.count; i++) {
    doc.switchToPage(pages.start + i);
    const basse = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(POLICE)
      .fontSize(8)
      .fillColor(GRIS)
      .text(`${t(modele.piedDePage)} – page ${i + 1} / ${pages.count}`, MARGE, doc.page.height - MARGE / 2 - 8, {
        width: largeur,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = basse;
  }
  doc.end();

  const morceaux: Buffer[] = [];
  for (let m = doc.read() as Buffer | null; m !== null; m = doc.read() as Buffer | null) morceaux.push(m);
  const pdf = Buffer.concat(morceaux);
  // Should a future pdfkit write asynchronously, fail here rather than hand over half a file.
  if (!pdf.subarray(-8).toString('latin1').includes('%%EOF')) {
    throw new Error('PDF incomplet : pdfkit a écrit de façon asynchrone.');
  }
  return pdf;
}

interface Outils {
  t: (texte: string) => string;
  largeur: number;
  conditions: Record<string, boolean>;
  listes: Record<string, readonly string[] | readonly Ligne[]>;
}

/** Opens a new page when `hauteur` points do not fit on this one. */
function place(doc: Document, hauteur: number) {
  if (doc.y + hauteur > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function dessinerBloc(doc: Document, bloc: BlocLu, { t, largeur, conditions, listes }: Outils) {
  const x = MARGE;
  switch (bloc.genre) {
    case 'entete':
      doc
        .font(POLICE_GRASSE)
        .fontSize(11)
        .fillColor('black')
        .text(t(bloc.lignes[0] ?? ''), x, doc.y, { width: largeur });
      doc.font(POLICE).fontSize(9).fillColor(GRIS);
      for (const ligne of bloc.lignes.slice(1)) doc.text(t(ligne), { width: largeur });
      doc.fillColor('black').moveDown(1.5);
      return;
    case 'titre':
      doc
        .font(POLICE_GRASSE)
        .fontSize(18)
        .text(t(bloc.texte).toUpperCase(), x, doc.y, { width: largeur, align: 'center' });
      doc.font(POLICE).fontSize(12).text(t(bloc.sousTitre), { width: largeur, align: 'center' });
      doc.fontSize(CORPS).moveDown(1.5);
      return;
    case 'intertitre':
      // A heading never ends a page alone: room for it and two lines of what follows.
      place(doc, 4 * CORPS * 1.4);
      doc.moveDown(0.6);
      doc.font(POLICE_GRASSE).fontSize(11).text(t(bloc.texte), x, doc.y, { width: largeur });
      doc.font(POLICE).fontSize(CORPS).moveDown(0.3);
      return;
    case 'paragraphe':
      doc.font(POLICE).fontSize(CORPS).text(t(bloc.texte), x, doc.y, { width: largeur, align: 'justify' });
      doc.moveDown(0.5);
      return;
    case 'puces': {
      const elements = (listes[bloc.liste] ?? []) as readonly string[];
      if (elements.length === 0) {
        doc.font(POLICE).fontSize(CORPS).text(t(bloc.vide), x, doc.y, { width: largeur });
      } else {
        for (const e of elements) {
          doc
            .font(POLICE)
            .fontSize(CORPS)
            .text(`•  ${pourPoliceStandard(e)}`, x + 10, doc.y, { width: largeur - 10 });
        }
      }
      doc.moveDown(0.5);
      return;
    }
    case 'tableau': {
      const lignes = (listes[bloc.liste] ?? []) as readonly Ligne[];
      if (lignes.length === 0) {
        doc.font(POLICE).fontSize(CORPS).text(t(bloc.vide), x, doc.y, { width: largeur });
        doc.moveDown(0.5);
        return;
      }
      const colonnes = bloc.colonnes.map((c) => ({ ...c, largeur: c.largeur * largeur }));
      const ligne = (cellules: string[], police: string) => {
        doc.font(police).fontSize(CORPS);
        const hauteur = Math.max(...cellules.map((c, i) => doc.heightOfString(c, { width: colonnes[i]!.largeur - 6 })));
        place(doc, hauteur + 6);
        const y = doc.y;
        let cx = x;
        cellules.forEach((c, i) => {
          doc.text(c, cx + 3, y + 3, { width: colonnes[i]!.largeur - 6 });
          cx += colonnes[i]!.largeur;
        });
        doc
          .moveTo(x, y + hauteur + 6)
          .lineTo(x + largeur, y + hauteur + 6)
          .lineWidth(0.5)
          .strokeColor('#999999')
          .stroke();
        doc.x = x;
        doc.y = y + hauteur + 6;
      };
      ligne(
        colonnes.map((c) => t(c.titre)),
        POLICE_GRASSE,
      );
      for (const l of lignes)
        ligne(
          colonnes.map((c) => pourPoliceStandard(l[c.champ] ?? '')),
          POLICE,
        );
      doc.moveDown(0.5);
      return;
    }
    case 'signatures': {
      const cases = bloc.cases.filter((c) => !c.si || conditions[c.si]);
      const parLigne = 2;
      const largeurCase = (largeur - 20) / parLigne;
      const hauteurCase = 95;
      const faitA = t(bloc.faitA);
      doc.font(POLICE).fontSize(CORPS);
      place(doc, doc.heightOfString(faitA, { width: largeur }) + CORPS + hauteurCase + 10);
      doc.text(faitA, x, doc.y, { width: largeur });
      doc.moveDown(1);
      for (let i = 0; i < cases.length; i += parLigne) {
        place(doc, hauteurCase + 10);
        const y = doc.y;
        cases.slice(i, i + parLigne).forEach((c, k) => {
          const cx = x + k * (largeurCase + 20);
          doc.rect(cx, y, largeurCase, hauteurCase).lineWidth(0.5).strokeColor('#999999').stroke();
          doc
            .font(POLICE_GRASSE)
            .fontSize(CORPS)
            .fillColor('black')
            .text(t(c.titre), cx + 6, y + 6, {
              width: largeurCase - 12,
            });
          doc
            .font(POLICE)
            .fontSize(9)
            .text(t(c.nom), { width: largeurCase - 12 });
          doc.fillColor(GRIS).text(t(c.mention), { width: largeurCase - 12 });
          doc.fillColor('black');
        });
        doc.x = x;
        doc.y = y + hauteurCase + 10;
      }
      return;
    }
    default:
      casNonTraite(bloc);
  }
}
