import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  Divider,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import AddTaskIcon from '@mui/icons-material/AddTask';
import EventIcon from '@mui/icons-material/Event';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import { SEXE_LIBELLES } from '../../../src-main/contract';
import { useAction, useRequete } from '../../api/hooks';
import { messageErreur } from '../../api/client';
import { useReferentiels } from '../../api/donnees';
import { dateFr, telephoneFr } from '../../components/dates';
import { Bloc, EnTeteTableau, PuceStatutRdv, Vide } from '../../components/communs';
import { useNotifier } from '../../components/Notifications';
import { SaisieAccueil } from './SaisieAccueil';
import { DialogueRendezVous } from '../rendezvous/DialogueRendezVous';

export function FicheJeune({ jeuneId, siteId }: { jeuneId: number; siteId: number }) {
  const notifier = useNotifier();
  const fiche = useRequete('jeunes.lire', { id: jeuneId });
  const file = useRequete('fileAttente.duJour', { siteId });
  const ajouterFile = useAction('fileAttente.ajouter');
  const { libelle } = useReferentiels();
  const [saisie, setSaisie] = useState(false);
  const [rdv, setRdv] = useState(false);

  if (fiche.isLoading) {
    return (
      <Bloc titre="Dossier du jeune" chargement>
        <Box sx={{ p: 2 }}>
          <Skeleton width="60%" height={36} />
          <Skeleton width="80%" />
          <Skeleton width="70%" />
          <Skeleton variant="rectangular" height={120} sx={{ mt: 2 }} />
        </Box>
      </Bloc>
    );
  }
  if (fiche.error || !fiche.data) {
    return (
      <Bloc titre="Dossier du jeune">
        <Alert severity="error">{messageErreur(fiche.error)}</Alert>
      </Bloc>
    );
  }
  const { jeune, accueils, rendezVous, absences, avertissements } = fiche.data;
  const passage = (file.data ?? []).find((p) => p.jeuneId === jeuneId && p.statut !== 'parti') ?? null;
  const nomComplet = `${jeune.nomNaissance.toUpperCase()}${jeune.nomUsage ? ` (${jeune.nomUsage})` : ''} ${jeune.prenoms}`;

  return (
    <Bloc
      titre={<span data-testid="fiche-nom">{nomComplet}</span>}
      chargement={fiche.isFetching}
      actions={<Chip size="small" variant="outlined" label={`Dossier n° ${jeune.id}`} />}
    >
      <Box sx={{ px: 2, pb: 2 }}>
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: 'max-content 1fr',
            columnGap: 2,
            rowGap: 0.5,
            fontSize: '0.92rem',
            '& dt': { color: 'text.secondary' },
            '& dd': { m: 0 },
          }}
          component="dl"
        >
          <dt>Naissance</dt>
          <dd>
            {dateFr(jeune.dateNaissance)} — <strong>{jeune.age} ans</strong> · {SEXE_LIBELLES[jeune.sexe]}
          </dd>
          <dt>Commune</dt>
          <dd>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <span>{jeune.communeNom ?? 'Non renseignée'}</span>
              {jeune.qpv ? <Chip size="small" color="secondary" label="QPV" /> : null}
              {jeune.zrr ? <Chip size="small" color="success" label="ZRR" /> : null}
              {jeune.rqth ? <Chip size="small" label="RQTH" /> : null}
            </Stack>
          </dd>
          <dt>Contact</dt>
          <dd>{[telephoneFr(jeune.telephone), jeune.email].filter(Boolean).join(' · ') || 'Aucun'}</dd>
          <dt>Conseiller</dt>
          <dd>{jeune.conseillerNom ?? 'Pas de conseiller référent'}</dd>
          <dt>Premier accueil</dt>
          <dd data-testid="premier-accueil">
            {jeune.premierAccueilDate ? (
              dateFr(jeune.premierAccueilDate)
            ) : (
              <em>Jamais accueilli(e) : le prochain accueil sera son premier accueil</em>
            )}
          </dd>
        </Box>
        {avertissements.length > 0 ? (
          <Alert severity="warning" sx={{ mt: 1.5 }}>
            {avertissements.map((a) => (
              <div key={a}>{a}</div>
            ))}
          </Alert>
        ) : null}
        <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: 'wrap', rowGap: 1 }}>
          <Button variant="contained" startIcon={<AddTaskIcon />} onClick={() => setSaisie(true)}>
            Enregistrer un accueil
          </Button>
          <Button
            variant="outlined"
            startIcon={<HourglassTopIcon />}
            disabled={passage !== null || ajouterFile.isPending}
            onClick={() =>
              ajouterFile.mutate(
                { siteId, jeuneId, motif: null },
                {
                  onSuccess: () => notifier(`${jeune.prenoms} est dans la file d'attente.`),
                  onError: (e) => notifier(e.message, 'error'),
                },
              )
            }
          >
            {passage
              ? passage.statut === 'en_attente'
                ? "En file d'attente"
                : 'Pris(e) en charge'
              : "Mettre en file d'attente"}
          </Button>
          <Button variant="outlined" startIcon={<EventIcon />} onClick={() => setRdv(true)}>
            Prendre un rendez-vous
          </Button>
        </Stack>
      </Box>
      <Divider />
      <Box sx={{ px: 2, py: 1.5 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="subtitle2" sx={{ flex: 1 }}>
            Rendez-vous
          </Typography>
          {absences > 0 ? (
            <Chip
              size="small"
              color="error"
              label={`${absences} absence${absences > 1 ? 's' : ''}`}
              data-testid="absences"
            />
          ) : null}
        </Stack>
        {rendezVous.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            Aucun rendez-vous.
          </Typography>
        ) : (
          <Table size="small" aria-label="Rendez-vous du jeune">
            <EnTeteTableau colonnes={['Date', 'Conseiller', 'Site', 'Statut']} />
            <TableBody>
              {rendezVous.map((r) => (
                <TableRow key={r.id} sx={r.statut === 'absent' ? { bgcolor: 'rgba(211, 47, 47, 0.07)' } : undefined}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {dateFr(r.date)} à {r.heure}
                  </TableCell>
                  <TableCell>{r.conseillerNom}</TableCell>
                  <TableCell>{r.siteNom}</TableCell>
                  <TableCell>
                    <PuceStatutRdv statut={r.statut} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Box>
      <Divider />
      <Box sx={{ px: 2, py: 1.5 }}>
        <Typography variant="subtitle2" sx={{ mb: 1 }}>
          Accueils
        </Typography>
        {accueils.length === 0 ? (
          <Vide>Aucun accueil enregistré.</Vide>
        ) : (
          <Table size="small" aria-label="Accueils du jeune">
            <EnTeteTableau colonnes={['Date', 'Canal', 'Motifs', 'Réponse']} />
            <TableBody>
              {accueils.map((a) => (
                <TableRow key={a.id}>
                  <TableCell sx={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                    {dateFr(a.date)} {a.heure}
                    {a.premier ? (
                      <Chip
                        size="small"
                        color="primary"
                        label="Premier accueil"
                        sx={{ ml: 1 }}
                        data-testid="puce-premier-accueil"
                      />
                    ) : null}
                    <Typography variant="caption" color="text.secondary" component="div">
                      {a.siteNom} · {a.auteurNom}
                    </Typography>
                  </TableCell>
                  <TableCell sx={{ verticalAlign: 'top' }}>{libelle('canal_accueil', a.canal)}</TableCell>
                  <TableCell sx={{ verticalAlign: 'top' }}>
                    {a.motifs.map((m) => libelle('motif_accueil', m)).join(', ')}
                  </TableCell>
                  <TableCell sx={{ verticalAlign: 'top' }}>
                    {libelle('reponse_accueil', a.reponse)}
                    {a.partenaire ? ` : ${a.partenaire}` : ''}
                    {a.commentaire ? (
                      <Typography variant="caption" color="text.secondary" component="div">
                        {a.commentaire}
                      </Typography>
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Box>
      {saisie ? (
        <SaisieAccueil
          jeuneId={jeuneId}
          nomJeune={nomComplet}
          siteId={siteId}
          passageId={passage?.id ?? null}
          onFermer={() => setSaisie(false)}
        />
      ) : null}
      {rdv ? (
        <DialogueRendezVous
          mode={{ type: 'creation', jeuneId, nomJeune: nomComplet }}
          siteId={siteId}
          onFermer={() => setRdv(false)}
        />
      ) : null}
    </Bloc>
  );
}
