import { memo, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TableSortLabel,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import {
  SECTION_NAF,
  SECTIONS_NAF,
  STATUT_ENTREPRISE_LIBELLES,
  STATUTS_ENTREPRISE,
  TRANCHE_EFFECTIF_LIBELLES,
  TRANCHES_EFFECTIF,
  TYPE_ACTE_LIBELLES,
  type LigneEntreprise,
} from '../../../src-main/contract';
import { messageErreur } from '../../api/client';
import { useDroits, useUtilisateur } from '../../api/droits';
import { useRequete } from '../../api/hooks';
import { Bloc, Touche, Vide } from '../../components/communs';
import { dateFr } from '../../components/dates';
import { ListeChoix, type OptionChoix } from '../../components/formulaires';
import { BarreFiltres, EnTeteRecherche, TotalTrouves, useRaccourciNouveau } from '../../components/listeRecherche';
import { naviguer } from '../../components/navigation';
import { useDiffere } from '../../components/useDiffere';
import { ChoixCommune } from '../annuaire/ChoixCommune';
import { STYLE_LIGNES } from '../portefeuille/LigneJeune';
import { Compteurs } from './Compteurs';
import { DialogueEntreprise } from './DialogueEntreprise';
import { DialogueReaffectationEntreprises } from './DialogueReaffectationEntreprises';
import { PuceQpv, PuceStatutEntreprise } from './elements';
import {
  criteresEntreprises,
  filtresEntreprisesActifs,
  filtresParDefaut,
  responsablesPossibles,
  titrePortefeuille,
  trierEntreprises,
  type ChoixPortefeuille,
  type ColonneTriEntreprise,
  type FiltresEntreprises,
  type Sens,
} from './logique';

const AUCUNE: readonly LigneEntreprise[] = [];

/**
 * « Mon portefeuille »: the year's counters, then the firms of a portfolio (the signed-in
 * person's by default; anyone's, nobody's or every firm by « Portefeuille de ») with filters by
 * sector, size, commune, status and words. ↓ from the search field goes to the lines, ↑ ↓ move,
 * Entrée opens the firm, Espace ticks it for « Réaffecter ».
 */
export function PortefeuilleEntreprises({
  filtres,
  onFiltres,
}: {
  filtres: FiltresEntreprises;
  onFiltres: (f: FiltresEntreprises) => void;
}) {
  const { peut } = useDroits();
  const utilisateur = useUtilisateur();
  const personnel = useRequete('personnel.lister', { actifsSeulement: true });
  const texte = useDiffere(filtres.texte, 250);
  const recherche = useRequete('entreprises.rechercher', criteresEntreprises(filtres, texte), {
    garderPrecedent: true,
  });
  const [tri, setTri] = useState<{ colonne: ColonneTriEntreprise; sens: Sens }>({ colonne: 'nom', sens: 'asc' });
  const [coches, setCoches] = useState<ReadonlySet<number>>(new Set());
  const [dialogue, setDialogue] = useState<'creation' | 'reaffectation' | null>(null);
  const champ = useRef<HTMLInputElement>(null);
  const corps = useRef<HTMLTableSectionElement>(null);
  const peutCreer = peut('entreprises.creer');
  const reaffectation = peut('entreprises.reaffecter');
  const maj = (p: Partial<FiltresEntreprises>) => onFiltres({ ...filtres, ...p });

  useRaccourciNouveau(peutCreer && dialogue === null, () => setDialogue('creation'));

  const responsables = useMemo(() => responsablesPossibles(personnel.data ?? []), [personnel.data]);
  const nomDe = (id: number) => {
    const p = responsables.find((x) => x.id === id);
    return p ? `${p.prenom} ${p.nom}` : undefined;
  };
  const optionsPortefeuille: OptionChoix<ChoixPortefeuille>[] = [
    { valeur: utilisateur.id, libelle: `Moi (${utilisateur.prenom} ${utilisateur.nom})` },
    ...responsables
      .filter((p) => p.id !== utilisateur.id)
      .map((p) => ({ valeur: p.id as ChoixPortefeuille, libelle: `${p.prenom} ${p.nom}` })),
    { valeur: 'sans', libelle: 'Sans responsable' },
    { valeur: 'toutes', libelle: 'Toutes les entreprises' },
  ];
  // Someone left the list of staff meanwhile: their firms are still shown, under their number.
  if (typeof filtres.portefeuille === 'number' && !optionsPortefeuille.some((o) => o.valeur === filtres.portefeuille)) {
    optionsPortefeuille.push({ valeur: filtres.portefeuille, libelle: `Personne n° ${filtres.portefeuille}` });
  }

  const lignes = recherche.data?.entreprises ?? AUCUNE;
  const total = recherche.data?.total ?? 0;
  const triees = useMemo(() => trierEntreprises(lignes, tri.colonne, tri.sens), [lignes, tri]);
  // Only the ticked firms still in the list count (a new search may have taken some away).
  const cochees = useMemo(() => new Set(lignes.map((l) => l.id).filter((id) => coches.has(id))), [lignes, coches]);
  const toutesCochees = triees.length > 0 && triees.every((l) => cochees.has(l.id));
  const basculer = (id: number) =>
    setCoches((c) => {
      const n = new Set(c);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  const titre = titrePortefeuille(filtres.portefeuille, utilisateur.id, nomDe);
  const aJour = texte === filtres.texte && !recherche.isPlaceholderData && !recherche.isFetching;
  const premiereLigne = () => corps.current?.querySelector<HTMLElement>('tr')?.focus();

  // Only the answer to what is typed now: a previous one shown meanwhile would open another firm.
  const seule = aJour && triees.length === 1 ? triees[0] : undefined;

  const entete = (colonne: ColonneTriEntreprise, libelle: string, sx?: object) => (
    <TableCell sortDirection={tri.colonne === colonne ? tri.sens : false} sx={sx}>
      <TableSortLabel
        active={tri.colonne === colonne}
        direction={tri.colonne === colonne ? tri.sens : 'asc'}
        onClick={() => setTri((t) => ({ colonne, sens: t.colonne === colonne && t.sens === 'asc' ? 'desc' : 'asc' }))}
      >
        {libelle}
      </TableSortLabel>
    </TableCell>
  );

  return (
    <Box sx={{ p: 2, maxWidth: 1600, mx: 'auto', display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Compteurs />

      <EnTeteRecherche
        texte={filtres.texte}
        onTexte={(texte) => maj({ texte })}
        champ={champ}
        versLignes={triees.length > 0 ? premiereLigne : null}
        seule={seule ? () => naviguer('entreprises', { entreprise: seule.id }) : null}
        label="Rechercher une entreprise"
        placeholder="Nom, enseigne ou chiffres du SIRET"
        testId="recherche-entreprise"
        largeur={280}
        avant={
          <ListeChoix<ChoixPortefeuille>
            label="Portefeuille de"
            valeur={filtres.portefeuille}
            onChange={(v) => {
              maj({ portefeuille: v ?? utilisateur.id });
              setCoches(new Set());
            }}
            options={optionsPortefeuille}
            sx={{ minWidth: 260 }}
          />
        }
        sx={{ mb: 0 }}
      >
        {peutCreer ? (
          <Button
            variant="contained"
            startIcon={<AddIcon />}
            onClick={() => setDialogue('creation')}
            data-testid="nouvelle-entreprise"
            sx={{ height: 40, whiteSpace: 'nowrap' }}
          >
            Nouvelle entreprise <Touche>Alt+N</Touche>
          </Button>
        ) : null}
      </EnTeteRecherche>

      <BarreFiltres
        libelle="Filtres"
        retablir={
          filtresEntreprisesActifs(filtres)
            ? {
                libelle: 'Effacer les filtres',
                faire: () =>
                  onFiltres({
                    ...filtresParDefaut(utilisateur.id),
                    portefeuille: filtres.portefeuille,
                    texte: filtres.texte,
                  }),
              }
            : null
        }
        sx={{ mb: 0 }}
      >
        <ListeChoix
          label="Secteur"
          valeur={filtres.secteur}
          onChange={(secteur) => maj({ secteur })}
          options={SECTIONS_NAF.map((s) => ({ valeur: s, libelle: `${s} · ${SECTION_NAF[s].libelle}` }))}
          vide="Tous les secteurs"
          sx={{ minWidth: 240, maxWidth: 340 }}
        />
        <ListeChoix
          label="Effectif"
          valeur={filtres.tranche}
          onChange={(tranche) => maj({ tranche })}
          options={TRANCHES_EFFECTIF.map((t) => ({ valeur: t, libelle: TRANCHE_EFFECTIF_LIBELLES[t] }))}
          vide="Toutes les tailles"
          sx={{ minWidth: 190 }}
        />
        <ChoixCommune
          label="Commune"
          valeur={filtres.codeInsee}
          onChange={(codeInsee) => maj({ codeInsee })}
          testId="filtre-commune-entreprise"
          sx={{ minWidth: 260 }}
        />
        <ListeChoix
          label="Statut"
          valeur={filtres.statut}
          onChange={(statut) => maj({ statut })}
          options={STATUTS_ENTREPRISE.map((s) => ({ valeur: s, libelle: STATUT_ENTREPRISE_LIBELLES[s] }))}
          vide="Tous les statuts"
          sx={{ minWidth: 170 }}
        />
      </BarreFiltres>

      <Bloc
        titre={
          <>
            {titre}
            {recherche.data ? (
              <TotalTrouves montres={lignes.length} total={total} lesquels="premières" testId="total-entreprises" />
            ) : null}
          </>
        }
        chargement={recherche.isFetching || personnel.isFetching}
        actions={
          <>
            <Typography variant="caption" color="text.secondary" sx={{ display: { xs: 'none', lg: 'block' } }}>
              ↑ ↓ pour parcourir, Entrée pour ouvrir{reaffectation ? ', Espace pour cocher' : ''}
            </Typography>
            {reaffectation ? (
              <Button
                variant="contained"
                startIcon={<SwapHorizIcon />}
                disabled={cochees.size === 0}
                onClick={() => setDialogue('reaffectation')}
                data-testid="reaffecter-entreprises"
              >
                Réaffecter…{cochees.size > 0 ? ` (${cochees.size})` : ''}
              </Button>
            ) : null}
          </>
        }
      >
        {recherche.error ? <Alert severity="error">{messageErreur(recherche.error)}</Alert> : null}
        {recherche.data && lignes.length === 0 ? (
          <Vide>
            {filtresEntreprisesActifs(filtres) || filtres.texte.trim() !== ''
              ? 'Aucune entreprise ne correspond : retirez un filtre ou changez les mots cherchés.'
              : filtres.portefeuille === utilisateur.id
                ? `Aucune entreprise ne vous est confiée pour l'instant.${peutCreer ? ' « Nouvelle entreprise » en ajoute une ;' : ''} « Portefeuille de » montre celles des autres.`
                : 'Aucune entreprise dans ce portefeuille.'}
          </Vide>
        ) : null}
        {triees.length > 0 ? (
          <Table
            size="small"
            stickyHeader
            aria-label={titre}
            data-testid="liste-entreprises"
            sx={{ ...STYLE_LIGNES, minWidth: 1150 }}
          >
            <TableHead>
              <TableRow>
                {reaffectation ? (
                  <TableCell className="case">
                    <input
                      type="checkbox"
                      checked={toutesCochees}
                      ref={(el) => {
                        if (el) el.indeterminate = cochees.size > 0 && !toutesCochees;
                      }}
                      onChange={() => setCoches(toutesCochees ? new Set() : new Set(triees.map((l) => l.id)))}
                      aria-label={`Cocher les ${triees.length} entreprises de la liste`}
                    />
                  </TableCell>
                ) : null}
                {entete('nom', 'Entreprise', { width: '21%' })}
                <TableCell sx={{ width: '15%' }}>Secteur</TableCell>
                <TableCell sx={{ width: 140 }}>Effectif</TableCell>
                {entete('statut', 'Statut', { width: 120 })}
                {entete('responsable', 'Responsable', { width: '11%' })}
                {entete('dernierActe', 'Dernier acte', { width: '15%' })}
                {entete('offres', 'Offres ouvertes', { width: 120 })}
                {entete('jeunes', 'Jeunes placés', { width: 130 })}
              </TableRow>
            </TableHead>
            <TableBody ref={corps}>
              {triees.map((l, i) => (
                <LigneEntrepriseListe
                  key={l.id}
                  ligne={l}
                  premiere={i === 0}
                  cochable={reaffectation}
                  cochee={cochees.has(l.id)}
                  onBasculer={basculer}
                  onHaut={i === 0 ? () => champ.current?.focus() : null}
                />
              ))}
            </TableBody>
          </Table>
        ) : null}
      </Bloc>

      {dialogue === 'creation' ? (
        <DialogueEntreprise
          entreprise={null}
          onFermer={() => setDialogue(null)}
          onEnregistre={(id) => {
            setDialogue(null);
            naviguer('entreprises', { entreprise: id });
          }}
        />
      ) : null}
      {dialogue === 'reaffectation' ? (
        <DialogueReaffectationEntreprises
          entrepriseIds={[...cochees]}
          exclu={typeof filtres.portefeuille === 'number' ? filtres.portefeuille : null}
          onFermer={() => setDialogue(null)}
          onFait={() => {
            setDialogue(null);
            setCoches(new Set());
          }}
        />
      ) : null}
    </Box>
  );
}

/** One firm of the list; memoised so that ticking a line does not draw the others again. */
const LigneEntrepriseListe = memo(function LigneEntrepriseListe({
  ligne: l,
  premiere,
  cochable,
  cochee,
  onBasculer,
  onHaut,
}: {
  ligne: LigneEntreprise;
  /** The line Tab reaches; the arrows move to the others. */
  premiere: boolean;
  cochable: boolean;
  cochee: boolean;
  onBasculer: (id: number) => void;
  /** ↑ on the first line goes back to the search field. */
  onHaut: (() => void) | null;
}) {
  const ouvrir = () => naviguer('entreprises', { entreprise: l.id });
  const clavier = (e: KeyboardEvent<HTMLTableRowElement>) => {
    if (e.target !== e.currentTarget) return;
    const voisine = (el: Element | null) => {
      if (el instanceof HTMLElement) {
        e.preventDefault();
        el.focus();
      }
    };
    if (e.key === 'Enter') ouvrir();
    else if (e.key === 'ArrowDown') voisine(e.currentTarget.nextElementSibling);
    else if (e.key === 'ArrowUp') {
      if (onHaut) {
        e.preventDefault();
        onHaut();
      } else voisine(e.currentTarget.previousElementSibling);
    } else if (e.key === ' ' && cochable) {
      e.preventDefault();
      onBasculer(l.id);
    }
  };
  return (
    <tr
      tabIndex={premiere ? 0 : -1}
      aria-selected={cochable ? cochee : undefined}
      className={l.statut === 'inactif' ? 'inactif' : undefined}
      onClick={ouvrir}
      onKeyDown={clavier}
      aria-label={`${l.nom}, ouvrir la fiche`}
      data-testid="ligne-entreprise"
      data-entreprise={l.id}
    >
      {cochable ? (
        <td className="case" onClick={(e) => e.stopPropagation()}>
          <input
            type="checkbox"
            checked={cochee}
            onChange={() => onBasculer(l.id)}
            tabIndex={-1}
            aria-label={`Cocher ${l.nom}`}
          />
        </td>
      ) : null}
      <td>
        <span className="nom">{l.nom}</span>
        <span className="sous">
          {l.commune ?? l.codeInsee ?? 'Commune non renseignée'}
          {l.qpv ? (
            <Box component="span" sx={{ ml: 1 }}>
              <PuceQpv />
            </Box>
          ) : null}
        </span>
      </td>
      <td>{l.secteur ? SECTION_NAF[l.secteur].libelle : <span className="rien">—</span>}</td>
      <td>{l.tranche ? TRANCHE_EFFECTIF_LIBELLES[l.tranche] : <span className="rien">—</span>}</td>
      <td>
        <PuceStatutEntreprise statut={l.statut} />
      </td>
      <td>{l.responsableNom ?? <span className="rien">Personne</span>}</td>
      <td>
        {l.dernierActe ? (
          <>
            <span className="nowrap">{dateFr(l.dernierActe.date)}</span>
            <span className="sous">{TYPE_ACTE_LIBELLES[l.dernierActe.type]}</span>
          </>
        ) : (
          <span className="rien">Aucun acte</span>
        )}
      </td>
      <td>{l.offresOuvertes > 0 ? <strong>{l.offresOuvertes}</strong> : <span className="rien">0</span>}</td>
      <td>
        {l.jeunesPlaces > 0 ? (
          <>
            {l.jeunesPlaces}
            <span className="sous">dont {l.jeunesEnPoste} en poste</span>
          </>
        ) : (
          <span className="rien">0</span>
        )}
      </td>
    </tr>
  );
});
