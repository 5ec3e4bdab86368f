import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Link,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { TYPE_CONTRAT_OFFRE_LIBELLES, type MiseEnRelation } from '../../../src-main/contract';
import { messageErreur } from '../../api/client';
import { useDroits } from '../../api/droits';
import { useRequete } from '../../api/hooks';
import { EnTeteTableau, Vide } from '../../components/communs';
import { dateFr } from '../../components/dates';
import { useLigneCible } from '../../components/useLigneCible';
import { DialogueIssue } from '../entreprises/DialogueIssue';
import { DialogueProposerSurOffre } from '../entreprises/DialogueProposer';
import { lienEntreprise, lienOffre } from '../entreprises/logique';
import type { ApresIssue } from '../entreprises/logiqueOffres';
import {
  ActionsMiseEnRelation,
  BandeauApresIssue,
  CelluleIssue,
  LienSituation,
} from '../entreprises/MiseEnRelationElements';
import { nomComplet } from './logique';

/**
 * The jeune's matches with offers of the portfolio's firms, most recent first; the one opened
 * from the timeline is framed. « Proposer sur une offre » picks an open offer; each outcome is
 * noted here as on the offer's page (a « retenu » creates or links the situation at the firm).
 */
export function MisesEnRelation({ jeuneId, cible }: { jeuneId: number; cible: number | null }) {
  const { peut } = useDroits();
  const liste = useRequete('misesEnRelation.duJeune', { jeuneId });
  const fiche = useRequete('jeunes.lire', { id: jeuneId });
  const [dialogue, setDialogue] = useState<{ type: 'proposer' } | { type: 'issue'; id: number } | null>(null);
  const [apres, setApres] = useState<ApresIssue | null>(null);

  if (liste.isLoading) return <Skeleton variant="rectangular" height={160} />;
  if (!liste.data) return <Alert severity="error">{messageErreur(liste.error)}</Alert>;
  const mises = liste.data;
  const jeuneNom = fiche.data ? nomComplet(fiche.data.jeune) : (mises[0]?.jeuneNom ?? 'le jeune');
  const retenues = mises.filter((m) => m.issue === 'retenu').length;
  const enAttente = mises.filter((m) => m.issue === 'en_attente').length;
  const enIssue = dialogue?.type === 'issue' ? mises.find((m) => m.id === dialogue.id) : undefined;

  return (
    <Box data-testid="mises-en-relation-jeune">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }} data-testid="resume-mises-en-relation">
          {mises.length === 0
            ? ''
            : `${mises.length} mise${mises.length > 1 ? 's' : ''} en relation${
                retenues > 0 ? ` · ${retenues} retenue${retenues > 1 ? 's' : ''}` : ''
              }${enAttente > 0 ? ` · ${enAttente} en attente de réponse` : ''}`}
        </Typography>
        {peut('misesEnRelation.proposer') && peut('offres.rechercher') ? (
          <Button
            variant="contained"
            startIcon={<AddIcon />}
            onClick={() => setDialogue({ type: 'proposer' })}
            data-testid="proposer-sur-offre"
          >
            Proposer sur une offre
          </Button>
        ) : null}
      </Stack>
      {apres ? <BandeauApresIssue apres={apres} onFermer={() => setApres(null)} /> : null}
      {mises.length === 0 ? (
        <Vide>
          Aucune mise en relation avec une offre d’entreprise. « Proposer sur une offre » choisit parmi les offres
          ouvertes ; on peut aussi proposer le jeune depuis la page de l’offre.
        </Vide>
      ) : (
        <Table size="small" aria-label="Mises en relation du jeune">
          <EnTeteTableau colonnes={['Proposé le', 'Offre', 'Entreprise', 'Issue', 'Situation', '']} />
          <TableBody>
            {mises.map((m) => (
              <Ligne
                key={m.id}
                m={m}
                cible={m.id === cible}
                onIssue={
                  peut('misesEnRelation.enregistrerIssue') ? () => setDialogue({ type: 'issue', id: m.id }) : null
                }
              />
            ))}
          </TableBody>
        </Table>
      )}
      {dialogue?.type === 'proposer' ? (
        <DialogueProposerSurOffre
          jeuneId={jeuneId}
          jeuneNom={jeuneNom}
          dejaProposees={mises.map((m) => m.offreId)}
          onFermer={() => setDialogue(null)}
        />
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

function Ligne({ m, cible, onIssue }: { m: MiseEnRelation; cible: boolean; onIssue: (() => void) | null }) {
  const { peut } = useDroits();
  const ref = useLigneCible(cible);
  return (
    <TableRow
      ref={ref}
      selected={cible}
      data-testid="ligne-mise-en-relation"
      data-mise-en-relation={m.id}
      data-offre={m.offreId}
      data-issue={m.issue}
      sx={{ '& td': { verticalAlign: 'top' } }}
    >
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {dateFr(m.date)}
        <Typography variant="caption" color="text.secondary" component="div">
          {m.auteurNom}
        </Typography>
      </TableCell>
      <TableCell>
        <Link href={lienOffre(m.offreId)} sx={{ fontWeight: 600 }}>
          {m.offreIntitule}
        </Link>
        <Typography variant="body2" color="text.secondary">
          {TYPE_CONTRAT_OFFRE_LIBELLES[m.typeContrat]}
        </Typography>
      </TableCell>
      <TableCell>
        <Link href={lienEntreprise(m.entrepriseId)}>{m.entrepriseNom}</Link>
      </TableCell>
      <TableCell>
        <CelluleIssue m={m} />
      </TableCell>
      <TableCell>
        <LienSituation m={m} />
      </TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
        <ActionsMiseEnRelation
          m={m}
          objet={`sur l’offre ${m.offreIntitule}`}
          onIssue={onIssue}
          peutSupprimer={peut('misesEnRelation.supprimer')}
        />
      </TableCell>
    </TableRow>
  );
}
