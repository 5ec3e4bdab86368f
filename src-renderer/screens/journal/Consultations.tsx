import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import { ACTION_JOURNAL_LIBELLES } from '../../../src-main/contract';
import { messageErreur } from '../../api/client';
import { useDroits } from '../../api/droits';
import { useRequete } from '../../api/hooks';
import { EnTeteTableau, Vide } from '../../components/communs';
import { dateHeureFr } from '../../components/dates';
import { naviguer } from '../../components/navigation';
import { personneEntree } from './Journal';

/** « Qui a consulté ce dossier ? », from the jeune's file (direction, administrateur). */
export function DialogueConsultations({
  jeuneId,
  nomJeune,
  onFermer,
}: {
  jeuneId: number;
  nomJeune: string;
  onFermer: () => void;
}) {
  const { peut } = useDroits();
  const consultations = useRequete('journal.consultationsJeune', { jeuneId, limite: 200 });
  return (
    <Dialog open onClose={onFermer} maxWidth="md" fullWidth aria-labelledby="titre-consultations">
      <DialogTitle id="titre-consultations">
        Qui a consulté ce dossier ?
        <Typography variant="body2" color="text.secondary">
          {nomJeune} — les 200 dernières consultations et modifications, les plus récentes d'abord
        </Typography>
      </DialogTitle>
      {consultations.isFetching ? <LinearProgress /> : null}
      <DialogContent>
        {consultations.error ? <Alert severity="error">{messageErreur(consultations.error)}</Alert> : null}
        {consultations.data?.length === 0 ? <Vide>Aucune consultation inscrite au journal.</Vide> : null}
        {consultations.data && consultations.data.length > 0 ? (
          <Table size="small" aria-label="Consultations du dossier">
            <EnTeteTableau colonnes={['Date et heure', 'Personne', 'Action', 'Poste']} />
            <TableBody>
              {consultations.data.map((e) => (
                <TableRow key={e.id} data-testid="consultation">
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{dateHeureFr(e.horodatage)}</TableCell>
                  <TableCell>{personneEntree(e)}</TableCell>
                  <TableCell>{ACTION_JOURNAL_LIBELLES[e.action]}</TableCell>
                  <TableCell sx={{ color: 'text.secondary' }}>{e.poste}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : null}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        {peut('journal.rechercher') ? (
          <Button
            onClick={() => {
              onFermer();
              naviguer('journal', { jeune: jeuneId });
            }}
          >
            Ouvrir dans le journal
          </Button>
        ) : null}
        <Button variant="contained" onClick={onFermer} autoFocus>
          Fermer
        </Button>
      </DialogActions>
    </Dialog>
  );
}
