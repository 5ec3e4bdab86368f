import { useState, type Ref } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  Link,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import BlockIcon from '@mui/icons-material/Block';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import ReplayIcon from '@mui/icons-material/Replay';
import { offreSaisieSchema, STATUT_OFFRE_LIBELLES, type MiseEnRelation, type Offre } from '../../../src-main/contract';
import { useDroits, useUtilisateur } from '../../api/droits';
import { useAction, useRequete } from '../../api/hooks';
import {
  Bloc,
  ConfirmationEnLigne,
  EnTeteTableau,
  PageNonChargee,
  useFocusTitre,
  Vide,
} from '../../components/communs';
import { aujourdhuiIso, dateFr, dateHeureFr } from '../../components/dates';
import { naviguer } from '../../components/navigation';
import { useNotifier } from '../../components/Notifications';
import { Info } from '../annuaire/elements';
import { DialogueIssue } from './DialogueIssue';
import { DialogueOffre } from './DialogueOffre';
import { DialogueProposer } from './DialogueProposer';
import { PuceStatutOffre } from './elements';
import { echeance, estAuteurOuDirection, lienEntreprise } from './logique';
import {
  entreeOffre,
  expireBientot,
  libelleContratOffre,
  libelleSituationDuContrat,
  lienMisesEnRelationJeune,
  raisonNonProposable,
  resumeMisesEnRelation,
  saisieOffre,
  type ApresIssue,
} from './logiqueOffres';
import { ActionsMiseEnRelation, BandeauApresIssue, CelluleIssue, LienSituation } from './MiseEnRelationElements';

type Dialogue = { type: 'modifier' } | { type: 'proposer' } | { type: 'issue'; id: number };

/**
 * An offer's page (`#/entreprises?offre=ID`): everything about it, its status (filled or cancelled
 * from here), and the jeunes proposed on it with their outcomes.
 */
export function FicheOffre({ id }: { id: number }) {
  const { peut } = useDroits();
  const lire = useRequete('offres.lire', { id });
  const [dialogue, setDialogue] = useState<Dialogue | null>(null);
  const [apres, setApres] = useState<ApresIssue | null>(null);
  // Opened from the list: the keyboard starts on the offer's title.
  const titre = useFocusTitre(lire.data !== undefined);

  const retour = (
    <Button startIcon={<ArrowBackIcon />} onClick={() => naviguer('entreprises', { vue: 'offres' })}>
      Offres
    </Button>
  );
  if (!lire.data) {
    return <PageNonChargee chargement={lire.isLoading} erreur={lire.error} retour={retour} hauteur={180} />;
  }

  const o = lire.data;
  const raison = raisonNonProposable(o);
  const enIssue = dialogue?.type === 'issue' ? o.liste.find((m) => m.id === dialogue.id) : undefined;

  return (
    <Box sx={{ p: 2, maxWidth: 1400, mx: 'auto' }} data-testid="fiche-offre" data-offre={o.id} data-statut={o.statut}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap', rowGap: 1 }}>
        {retour}
        <Box sx={{ flex: 1 }} />
        <ActionsOffre offre={o} onModifier={() => setDialogue({ type: 'modifier' })} />
      </Stack>
      <EnTete offre={o} titre={titre} />

      <Bloc
        sx={{ mt: 2 }}
        chargement={lire.isFetching}
        titre={
          <>
            Mises en relation
            <Typography component="span" color="text.secondary" sx={{ ml: 1 }} data-testid="resume-mises-en-relation">
              ({resumeMisesEnRelation(o.misesEnRelation)})
            </Typography>
          </>
        }
        actions={
          peut('misesEnRelation.proposer') ? (
            <Button
              variant="contained"
              startIcon={<PersonAddIcon />}
              disabled={raison !== null}
              onClick={() => setDialogue({ type: 'proposer' })}
              aria-describedby={raison ? 'raison-non-proposable' : undefined}
              data-testid="proposer-jeunes"
            >
              Proposer des jeunes
            </Button>
          ) : null
        }
      >
        <Box sx={{ px: 2, pb: 2 }}>
          {raison && peut('misesEnRelation.proposer') ? (
            <Alert severity="info" sx={{ mb: 2 }} id="raison-non-proposable" data-testid="raison-non-proposable">
              {raison}
            </Alert>
          ) : null}
          {apres ? <BandeauApresIssue apres={apres} onFermer={() => setApres(null)} /> : null}
          {o.liste.length === 0 ? (
            <Vide>
              Aucun jeune proposé sur cette offre.
              {raison === null && peut('misesEnRelation.proposer')
                ? ' « Proposer des jeunes » en choisit un ou plusieurs.'
                : ''}
            </Vide>
          ) : (
            <Table size="small" aria-label="Jeunes proposés sur l’offre">
              <EnTeteTableau colonnes={['Jeune', 'Proposé le', 'Issue', 'Situation', '']} />
              <TableBody>
                {o.liste.map((m) => (
                  <LigneMiseEnRelation
                    key={m.id}
                    m={m}
                    onIssue={
                      peut('misesEnRelation.enregistrerIssue') ? () => setDialogue({ type: 'issue', id: m.id }) : null
                    }
                  />
                ))}
              </TableBody>
            </Table>
          )}
        </Box>
      </Bloc>

      {dialogue?.type === 'modifier' ? (
        <DialogueOffre entrepriseId={o.entrepriseId} offre={o} onFermer={() => setDialogue(null)} />
      ) : null}
      {dialogue?.type === 'proposer' ? (
        <DialogueProposer offre={o} dejaProposes={o.liste.map((m) => m.jeuneId)} onFermer={() => setDialogue(null)} />
      ) : null}
      {enIssue ? (
        <DialogueIssue
          miseEnRelation={enIssue}
          onFermer={(a) => {
            setDialogue(null);
            if (a) setApres(a);
          }}
        />
      ) : null}
    </Box>
  );
}

function LigneMiseEnRelation({ m, onIssue }: { m: MiseEnRelation; onIssue: (() => void) | null }) {
  const { peut } = useDroits();
  return (
    <TableRow
      data-testid="ligne-mise-en-relation"
      data-mise-en-relation={m.id}
      data-jeune={m.jeuneId}
      data-issue={m.issue}
      sx={{ '& td': { verticalAlign: 'top' } }}
    >
      <TableCell>
        <Link href={lienMisesEnRelationJeune(m.jeuneId, m.id)} sx={{ fontWeight: 600 }}>
          {m.jeuneNom}
        </Link>
        <Typography variant="caption" color="text.secondary" component="div">
          proposé(e) par {m.auteurNom}
        </Typography>
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{dateFr(m.date)}</TableCell>
      <TableCell>
        <CelluleIssue m={m} />
      </TableCell>
      <TableCell>
        <LienSituation m={m} />
      </TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
        <ActionsMiseEnRelation
          m={m}
          objet={`de ${m.jeuneNom}`}
          onIssue={onIssue}
          peutSupprimer={peut('misesEnRelation.supprimer')}
        />
      </TableCell>
    </TableRow>
  );
}

/**
 * « Modifier », then the status changes a conseiller makes without opening the form: filled,
 * cancelled (asks first), reopened; « Supprimer » only while nobody was proposed (else: cancel it).
 */
function ActionsOffre({ offre: o, onModifier }: { offre: Offre; onModifier: () => void }) {
  const { peut } = useDroits();
  const utilisateur = useUtilisateur();
  const notifier = useNotifier();
  const enregistrer = useAction('offres.enregistrer');
  const supprimer = useAction('offres.supprimer');
  const [confirmer, setConfirmer] = useState<'annuler' | 'supprimer' | null>(null);
  const peutEnregistrer = peut('offres.enregistrer');

  const changerStatut = (statut: Offre['statutSaisi']) => {
    const verifie = offreSaisieSchema.safeParse(entreeOffre({ ...saisieOffre(o, aujourdhuiIso()), statut }));
    if (!verifie.success) {
      notifier(`${verifie.error.issues[0]?.message ?? 'Offre incomplète.'} Corrigez-la avec « Modifier ».`, 'error');
      return;
    }
    enregistrer.mutate(
      { entrepriseId: o.entrepriseId, id: o.id, modifieLeLu: o.modifieLe, offre: verifie.data },
      {
        onSuccess: () => {
          setConfirmer(null);
          notifier(`Offre « ${o.intitule} » : ${STATUT_OFFRE_LIBELLES[statut].toLowerCase()}.`);
        },
        onError: (e) => {
          setConfirmer(null);
          notifier(e.message, 'error');
        },
      },
    );
  };

  if (confirmer === 'annuler') {
    return (
      <ConfirmationEnLigne
        question="Annuler l’offre ? On n’y proposera plus de jeunes."
        verbe="Annuler l’offre"
        enCours={enregistrer.isPending}
        onNon={() => setConfirmer(null)}
        onOui={() => changerStatut('annulee')}
      />
    );
  }
  if (confirmer === 'supprimer') {
    return (
      <ConfirmationEnLigne
        question="Supprimer l’offre saisie par erreur ?"
        enCours={supprimer.isPending}
        onNon={() => setConfirmer(null)}
        onOui={() =>
          supprimer.mutate(
            { id: o.id },
            {
              onSuccess: () => {
                notifier(`Offre « ${o.intitule} » supprimée.`);
                naviguer('entreprises', { entreprise: o.entrepriseId });
              },
              onError: (e) => {
                setConfirmer(null);
                notifier(e.message, 'error');
              },
            },
          )
        }
      />
    );
  }
  if (!peutEnregistrer) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
      {o.statutSaisi === 'ouverte' ? (
        <Button
          variant="outlined"
          startIcon={<HowToRegIcon />}
          disabled={enregistrer.isPending}
          onClick={() => changerStatut('pourvue')}
          data-testid="marquer-pourvue"
        >
          Marquer pourvue
        </Button>
      ) : (
        <Button
          variant="outlined"
          startIcon={<ReplayIcon />}
          disabled={enregistrer.isPending}
          onClick={() => changerStatut('ouverte')}
          data-testid="rouvrir-offre"
        >
          Rouvrir l’offre
        </Button>
      )}
      {o.statutSaisi !== 'annulee' ? (
        <Button
          variant="outlined"
          color="warning"
          startIcon={<BlockIcon />}
          disabled={enregistrer.isPending}
          onClick={() => setConfirmer('annuler')}
          data-testid="annuler-offre"
        >
          Annuler l’offre
        </Button>
      ) : null}
      {peut('offres.supprimer') && o.misesEnRelation.total === 0 && estAuteurOuDirection(o.auteurId, utilisateur) ? (
        <Button
          color="error"
          startIcon={<DeleteIcon />}
          onClick={() => setConfirmer('supprimer')}
          data-testid="supprimer-offre"
        >
          Supprimer
        </Button>
      ) : null}
      <Button variant="contained" startIcon={<EditIcon />} onClick={onModifier} data-testid="modifier-offre">
        Modifier
      </Button>
    </Stack>
  );
}

function EnTete({ offre: o, titre }: { offre: Offre; titre: Ref<HTMLHeadingElement> }) {
  const aujourdhui = aujourdhuiIso();
  const bientot = expireBientot(o, aujourdhui);
  const lieu = [o.lieu, o.commune ?? o.codeInsee].filter(Boolean).join(', ');
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1, mb: 0.5 }}>
        <Typography
          variant="h5"
          component="h1"
          ref={titre}
          tabIndex={-1}
          sx={{ fontWeight: 700, mr: 1, '&:focus': { outline: 'none' } }}
          data-testid="offre-intitule"
        >
          {o.intitule}
        </Typography>
        <Box data-testid="statut-offre" data-statut={o.statut} sx={{ display: 'inline-flex' }}>
          <PuceStatutOffre statut={o.statut} />
        </Box>
        {bientot ? (
          <Chip
            size="small"
            color="warning"
            variant="outlined"
            label={`Expire ${echeance(o.expireLe, aujourdhui)}`}
            data-testid="expire-bientot"
          />
        ) : null}
      </Stack>
      <Typography sx={{ mb: 1.5 }}>
        <Link href={lienEntreprise(o.entrepriseId)} sx={{ fontWeight: 600 }} data-testid="lien-entreprise">
          {o.entrepriseNom}
        </Link>
        {' · '}
        {libelleContratOffre(o.typeContrat, o.dureeMois)}
        {' · '}
        {o.postes} poste{o.postes > 1 ? 's' : ''}
        {o.misesEnRelation.retenus > 0
          ? ` (${o.misesEnRelation.retenus} pourvu${o.misesEnRelation.retenus > 1 ? 's' : ''})`
          : ''}
      </Typography>
      <Box
        sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 2, mb: 1.5 }}
        data-testid="details-offre"
      >
        <Info libelle="Métier">
          {o.metier ?? '—'}
          {o.codeRome ? ` (ROME ${o.codeRome})` : ''}
        </Info>
        <Info libelle="Le jeune retenu entre en">{libelleSituationDuContrat(o.typeContrat)}</Info>
        <Info libelle="Lieu de travail">{lieu || '—'}</Info>
        <Info libelle="Reçue le">{dateFr(o.recueLe)}</Info>
        <Info libelle={o.dateLimite ? 'Date limite (employeur)' : 'Expire le (délai des Paramètres)'}>
          <Box
            component="span"
            sx={bientot ? { color: 'warning.dark', fontWeight: 600 } : undefined}
            data-testid="offre-expire-le"
          >
            {dateFr(o.expireLe)}
          </Box>
        </Info>
        {o.pourvueLe ? <Info libelle="Pourvue le">{dateFr(o.pourvueLe)}</Info> : null}
        <Info libelle="Interlocuteur">{o.interlocuteur ?? '—'}</Info>
        <Info libelle="Conseillers informés">
          {o.conseillers.length > 0 ? o.conseillers.map((c) => c.nom).join(', ') : 'Aucun'}
        </Info>
      </Box>
      {o.description ? (
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', maxWidth: 900, mb: 1 }}>
          {o.description}
        </Typography>
      ) : null}
      <Typography variant="caption" color="text.secondary" component="p">
        Enregistrée par {o.auteurNom} · modifiée le {dateHeureFr(o.modifieLe)}
        {o.statutSaisi !== o.statut
          ? ` · saisie « ${STATUT_OFFRE_LIBELLES[o.statutSaisi]} », lue aujourd’hui « ${STATUT_OFFRE_LIBELLES[o.statut]} »`
          : ''}
      </Typography>
    </Paper>
  );
}
