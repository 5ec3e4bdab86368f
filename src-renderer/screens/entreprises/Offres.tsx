import { useState, type KeyboardEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Link,
  Table,
  TableBody,
  TableCell,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import {
  STATUT_OFFRE_LIBELLES,
  STATUTS_OFFRE,
  TYPE_CONTRAT_OFFRE_LIBELLES,
  TYPES_CONTRAT_OFFRE,
  type Offre,
} from '../../../src-main/contract';
import { messageErreur } from '../../api/client';
import { useDroits } from '../../api/droits';
import { useRequete } from '../../api/hooks';
import { ChoixEntreprise } from '../../components/ChoixEntreprise';
import { Bloc, EnTeteTableau, Vide } from '../../components/communs';
import { aujourdhuiIso, dateFr } from '../../components/dates';
import { ListeChoix } from '../../components/formulaires';
import {
  BarreFiltres,
  EnTeteRecherche,
  LigneOuvrable,
  TotalTrouves,
  useFiltresSession,
  useLignesRecherche,
} from '../../components/listeRecherche';
import { naviguer } from '../../components/navigation';
import { useDiffere } from '../../components/useDiffere';
import { ChoixCommune } from '../annuaire/ChoixCommune';
import { DialogueOffre } from './DialogueOffre';
import { PuceStatutOffre } from './elements';
import { echeance, lienEntreprise } from './logique';
import {
  criteresOffres,
  expireBientot,
  FILTRES_OFFRES,
  filtresOffresActifs,
  libelleContratOffre,
  type FiltresOffres,
} from './logiqueOffres';

/**
 * The offers received from firms: the open ones by default; by status, contract, commune, words
 * of the title, job, ROME code, place or firm, and those passed on to me. ↓ from the search field goes
 * to the lines, ↑ ↓ move between them, Entrée opens the offer.
 */
export function Offres() {
  const { peut } = useDroits();
  const [filtres, setFiltres] = useFiltresSession('filtres-offres', FILTRES_OFFRES);
  const [nouvelle, setNouvelle] = useState<'entreprise' | { entrepriseId: number } | null>(null);
  const texte = useDiffere(filtres.texte, 250);
  const recherche = useRequete('offres.rechercher', criteresOffres(filtres, texte), { garderPrecedent: true });
  const maj = (p: Partial<FiltresOffres>) => setFiltres({ ...filtres, ...p });
  const offres = recherche.data?.offres ?? [];
  const total = recherche.data?.total ?? 0;
  const aujourdhui = aujourdhuiIso();

  const clavier = useLignesRecherche(offres.length);

  return (
    <Box sx={{ p: 2, maxWidth: 1400, mx: 'auto' }} data-testid="offres">
      <EnTeteRecherche
        texte={filtres.texte}
        onTexte={(texte) => maj({ texte })}
        champ={clavier.champ}
        versLignes={offres.length > 0 ? clavier.premiere : null}
        label="Rechercher une offre"
        placeholder="Intitulé, métier, code ROME, lieu ou entreprise"
        testId="recherche-offre"
      >
        {peut('offres.enregistrer') ? (
          <Button
            variant="contained"
            startIcon={<AddIcon />}
            onClick={() => setNouvelle('entreprise')}
            data-testid="nouvelle-offre"
            sx={{ height: 56 }}
          >
            Nouvelle offre
          </Button>
        ) : null}
      </EnTeteRecherche>

      <BarreFiltres
        libelle="Filtres des offres"
        retablir={
          filtresOffresActifs(filtres)
            ? { libelle: 'Filtres par défaut', faire: () => setFiltres({ ...FILTRES_OFFRES, texte: filtres.texte }) }
            : null
        }
      >
        <Box data-testid="filtre-statut-offre">
          <ListeChoix
            label="Statut"
            valeur={filtres.statut}
            onChange={(statut) => maj({ statut })}
            options={STATUTS_OFFRE.map((s) => ({ valeur: s, libelle: STATUT_OFFRE_LIBELLES[s] }))}
            vide="Tous les statuts"
            sx={{ minWidth: 170 }}
          />
        </Box>
        <Box data-testid="filtre-contrat-offre">
          <ListeChoix
            label="Type de contrat"
            valeur={filtres.typeContrat}
            onChange={(typeContrat) => maj({ typeContrat })}
            options={TYPES_CONTRAT_OFFRE.map((t) => ({ valeur: t, libelle: TYPE_CONTRAT_OFFRE_LIBELLES[t] }))}
            vide="Tous les contrats"
            sx={{ minWidth: 230 }}
          />
        </Box>
        <ChoixCommune
          label="Commune"
          valeur={filtres.codeInsee}
          onChange={(codeInsee) => maj({ codeInsee })}
          testId="filtre-commune-offre"
          sx={{ minWidth: 260 }}
        />
        <FormControlLabel
          control={
            <Checkbox
              checked={filtres.transmisesAMoi}
              onChange={(e) => maj({ transmisesAMoi: e.target.checked })}
              slotProps={{ input: { 'data-testid': 'filtre-transmises' } as object }}
            />
          }
          label="Transmises à moi"
        />
      </BarreFiltres>

      <Bloc
        titre={
          <>
            Offres
            {recherche.data ? (
              <TotalTrouves montres={offres.length} total={total} lesquels="plus récentes" testId="total-offres" />
            ) : null}
          </>
        }
        chargement={recherche.isFetching}
      >
        {recherche.error ? <Alert severity="error">{messageErreur(recherche.error)}</Alert> : null}
        {recherche.data && offres.length === 0 ? (
          <Vide>
            {filtresOffresActifs(filtres) || filtres.texte.trim() !== ''
              ? 'Aucune offre ne correspond : retirez un filtre ou changez les mots cherchés.'
              : 'Aucune offre ouverte. Une offre s’enregistre depuis la fiche de l’entreprise, ou avec « Nouvelle offre ».'}
          </Vide>
        ) : null}
        {offres.length > 0 ? (
          <Table
            size="small"
            aria-label="Offres trouvées"
            sx={{ '& th': { whiteSpace: 'nowrap' }, opacity: recherche.isPlaceholderData ? 0.6 : 1 }}
          >
            <EnTeteTableau
              colonnes={[
                'Offre',
                'Entreprise',
                'Contrat',
                { libelle: 'Postes', align: 'right' },
                'Lieu',
                'Reçue le',
                'Expire le',
                'Statut',
                { libelle: 'Mises en relation', align: 'right' },
              ]}
            />
            <TableBody>
              {offres.map((o, i) => (
                <LigneOffre key={o.id} offre={o} aujourdhui={aujourdhui} {...clavier.ligne(i)} />
              ))}
            </TableBody>
          </Table>
        ) : null}
      </Bloc>

      {nouvelle === 'entreprise' ? (
        <DialogueChoixEntreprise
          onFermer={() => setNouvelle(null)}
          onChoisir={(entrepriseId) => setNouvelle({ entrepriseId })}
        />
      ) : null}
      {nouvelle !== null && nouvelle !== 'entreprise' ? (
        <DialogueOffre
          entrepriseId={nouvelle.entrepriseId}
          onFermer={(id) => {
            setNouvelle(null);
            if (id !== undefined) naviguer('entreprises', { offre: id });
          }}
        />
      ) : null}
    </Box>
  );
}

function LigneOffre({
  offre: o,
  aujourdhui,
  ref,
  onClavier,
}: {
  offre: Offre;
  aujourdhui: string;
  ref: (el: HTMLTableRowElement | null) => void;
  onClavier: (e: KeyboardEvent<HTMLTableRowElement>) => void;
}) {
  const ouvrir = () => naviguer('entreprises', { offre: o.id });
  const bientot = expireBientot(o, aujourdhui);
  return (
    <LigneOuvrable
      ouvrir={ouvrir}
      ref={ref}
      onClavier={onClavier}
      libelle={`${o.intitule} chez ${o.entrepriseNom} : ouvrir l’offre`}
      testId="ligne-offre"
      donnees={{ 'data-offre': o.id, 'data-statut': o.statut }}
    >
      <TableCell sx={{ minWidth: 200 }}>
        <Typography sx={{ fontWeight: 600 }}>{o.intitule}</Typography>
        {o.metier || o.codeRome ? (
          <Typography variant="body2" color="text.secondary">
            {[o.metier, o.codeRome ? `ROME ${o.codeRome}` : null].filter(Boolean).join(' · ')}
          </Typography>
        ) : null}
      </TableCell>
      <TableCell>
        <Link
          href={lienEntreprise(o.entrepriseId)}
          onClick={(e) => e.stopPropagation()}
          tabIndex={-1}
          data-testid="lien-entreprise-offre"
        >
          {o.entrepriseNom}
        </Link>
      </TableCell>
      <TableCell>{libelleContratOffre(o.typeContrat, o.dureeMois)}</TableCell>
      <TableCell align="right">{o.postes}</TableCell>
      <TableCell>{o.commune ?? o.lieu ?? '—'}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{dateFr(o.recueLe)}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {bientot ? (
          <Box component="span" sx={{ color: 'warning.dark', fontWeight: 600 }} data-testid="expire-bientot">
            {dateFr(o.expireLe)}
            <Typography variant="caption" component="div">
              {echeance(o.expireLe, aujourdhui)}
            </Typography>
          </Box>
        ) : (
          dateFr(o.expireLe)
        )}
      </TableCell>
      <TableCell>
        <PuceStatutOffre statut={o.statut} />
      </TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
        {o.misesEnRelation.total === 0 ? (
          <Typography variant="body2" color={o.statut === 'ouverte' ? 'warning.dark' : 'text.disabled'}>
            aucune
          </Typography>
        ) : (
          <>
            {o.misesEnRelation.total}
            <Typography variant="caption" color="text.secondary" component="div">
              {o.misesEnRelation.retenus} retenu{o.misesEnRelation.retenus > 1 ? 's' : ''}
            </Typography>
          </>
        )}
      </TableCell>
    </LigneOuvrable>
  );
}

/** « Nouvelle offre » from the list: first the firm it comes from, then the offer's form. */
function DialogueChoixEntreprise({
  onFermer,
  onChoisir,
}: {
  onFermer: () => void;
  onChoisir: (entrepriseId: number) => void;
}) {
  const [entreprise, setEntreprise] = useState<{ id: number; nom: string } | null>(null);
  const [manque, setManque] = useState<string>();
  const continuer = () => {
    if (entreprise === null) setManque('Choisissez l’entreprise qui propose l’offre.');
    else onChoisir(entreprise.id);
  };
  return (
    <Dialog open fullWidth maxWidth="sm" onClose={onFermer} aria-labelledby="titre-choix-entreprise-offre">
      <Box
        component="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          continuer();
        }}
      >
        <DialogTitle id="titre-choix-entreprise-offre">Nouvelle offre : de quelle entreprise ?</DialogTitle>
        <DialogContent>
          <Box sx={{ pt: 1 }}>
            <ChoixEntreprise
              valeur={entreprise}
              onChange={(e) => {
                setManque(undefined);
                setEntreprise(e);
              }}
              autoFocus
              required
              erreur={manque}
              aide="Une entreprise du portefeuille ; une nouvelle s’ajoute d’abord dans « Mon portefeuille »."
              testId="choix-entreprise-offre"
            />
          </Box>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onFermer}>Annuler</Button>
          <Button type="submit" variant="contained">
            Continuer
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
