import { useState } from 'react';
import { Alert, Box, Chip, LinearProgress, List, Stack, Typography } from '@mui/material';
import type { ActionFormation, JeuneResume } from '../../../src-main/contract';
import { champErreur, messageErreur } from '../../api/client';
import { useAction } from '../../api/hooks';
import { Vide } from '../../components/communs';
import { aujourdhuiIso, dateFr } from '../../components/dates';
import { useNotifier } from '../../components/Notifications';
import { ChampRechercheJeune, JeuneTrouve, MIN_RECHERCHE, useRechercheJeunes } from '../../components/rechercheJeune';
import { DialogueFormulaire } from '../dossier/DialogueFormulaire';
import { ChampLibre, DateSaisie } from '../dossier/elements';
import { dateEnvoyee, nomComplet } from '../dossier/logique';
import { libellePlaces, periodeAction } from './logique';

/**
 * « Positionner des jeunes » on an action: jeunes found as you type (the file's search: ↑ ↓
 * choose, Entrée adds or removes the highlighted one), several at a time; those already
 * positioned on this action are shown but not taken again. Positioning beyond the places is
 * allowed (the lists are long): the places left are recalled.
 */
export function DialogueProposerJeunes({
  action,
  onFermer,
}: {
  action: Pick<
    ActionFormation,
    'id' | 'intitule' | 'organismeNom' | 'debut' | 'fin' | 'places' | 'placesRestantes' | 'positionnementsListe'
  >;
  onFermer: () => void;
}) {
  const notifier = useNotifier();
  const proposer = useAction('positionnements.proposer');
  const deja = action.positionnementsListe.map((p) => p.jeuneId);
  const [choisis, setChoisis] = useState<JeuneResume[]>([]);
  const [date, setDate] = useState(() => dateFr(aujourdhuiIso()));
  const [commentaire, setCommentaire] = useState('');
  const [modifie, setModifie] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const basculer = (j: JeuneResume) => {
    setModifie(true);
    if (deja.includes(j.id)) {
      setMessage(
        `${nomComplet(j)} est déjà positionné(e) sur cette action : faites avancer sa candidature dans la liste.`,
      );
      return;
    }
    setMessage(null);
    setChoisis((avant) => (avant.some((x) => x.id === j.id) ? avant.filter((x) => x.id !== j.id) : [...avant, j]));
  };
  const { texte, changer, clavier, recherche, resultats, jeunes, surligne } = useRechercheJeunes(basculer);
  const erreur = proposer.error;
  const erreurJeunes = message ?? champErreur(erreur, 'jeuneIds');

  const envoyer = () => {
    if (choisis.length === 0) {
      setMessage('Choisissez au moins un jeune : tapez son nom, puis Entrée ou un clic.');
      return;
    }
    proposer.mutate(
      { actionId: action.id, jeuneIds: choisis.map((j) => j.id), date: dateEnvoyee(date), commentaire },
      {
        onSuccess: (r) => {
          const phrase =
            r.ids.length > 1
              ? `${r.ids.length} jeunes positionnés sur « ${action.intitule} ».`
              : `${nomComplet(choisis[0]!)} positionné(e) sur « ${action.intitule} ».`;
          notifier([phrase, ...r.avertissements].join(' '), r.avertissements.length > 0 ? 'warning' : 'success');
          onFermer();
        },
      },
    );
  };

  return (
    <DialogueFormulaire
      titre="Positionner des jeunes sur l’action"
      sousTitre={`« ${action.intitule} » · ${action.organismeNom} · ${periodeAction(action.debut, action.fin)} · ${libellePlaces(action.placesRestantes, action.places)}`}
      enCours={proposer.isPending}
      modifie={modifie && (choisis.length > 0 || commentaire !== '')}
      onFermer={onFermer}
      onEnvoyer={envoyer}
      libelleEnvoi={choisis.length > 1 ? `Positionner les ${choisis.length} jeunes` : 'Positionner'}
      erreur={erreur}
      maxWidth="md"
      testId="dialogue-positionner"
    >
      <Box data-testid="choix-jeunes-action" sx={{ pt: 1 }}>
        <ChampRechercheJeune
          libelle="Rechercher un jeune"
          autoFocus
          valeur={texte}
          onChange={changer}
          onKeyDown={clavier}
        />
        <Box sx={{ height: 2 }}>{resultats.isFetching ? <LinearProgress sx={{ height: 2 }} /> : null}</Box>
        {resultats.error ? <Alert severity="error">{messageErreur(resultats.error)}</Alert> : null}
        <Box sx={{ maxHeight: 260, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1, mt: 0.5 }}>
          {recherche.length < MIN_RECHERCHE ? (
            <Vide>Tapez au moins deux caractères du nom, une date de naissance ou un téléphone.</Vide>
          ) : jeunes.length === 0 && resultats.data ? (
            <Vide>Aucun dossier ne correspond à « {recherche} ».</Vide>
          ) : (
            <List dense disablePadding aria-label="Jeunes trouvés">
              {jeunes.map((j, i) => {
                const positionne = deja.includes(j.id);
                const choisi = choisis.some((x) => x.id === j.id);
                return (
                  <JeuneTrouve
                    key={j.id}
                    jeune={j}
                    surligne={i === surligne}
                    choisi={choisi}
                    onChoisir={() => basculer(j)}
                    testId="jeune-a-positionner"
                    apresNaissance={
                      choisi ? ' · ✓ choisi(e)' : positionne ? ' · déjà positionné(e) sur cette action' : ''
                    }
                    details={[]}
                  />
                );
              })}
            </List>
          )}
        </Box>
      </Box>
      <Stack
        direction="row"
        spacing={1}
        sx={{ mt: 1.5, flexWrap: 'wrap', rowGap: 1, alignItems: 'center', minHeight: 32 }}
        aria-label="Jeunes choisis"
        role="group"
      >
        <Typography variant="body2" color={erreurJeunes ? 'error' : 'text.secondary'}>
          {choisis.length === 0 ? 'Aucun jeune choisi.' : `Choisi${choisis.length > 1 ? 's' : ''} :`}
        </Typography>
        {choisis.map((j) => (
          <Chip
            key={j.id}
            label={nomComplet(j)}
            onDelete={() => basculer(j)}
            color="primary"
            data-testid="jeune-choisi-action"
          />
        ))}
      </Stack>
      {erreurJeunes ? (
        <Typography variant="caption" color="error" component="p" sx={{ mt: 0.5 }} role="alert">
          {erreurJeunes}
        </Typography>
      ) : null}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 2fr' }, gap: 2, mt: 2 }}>
        <DateSaisie
          label="Date du positionnement"
          required
          valeur={date}
          onChange={(v) => {
            setModifie(true);
            setDate(v);
          }}
          erreur={champErreur(erreur, 'date')}
          data-testid="date-positionnement"
        />
        <ChampLibre
          label="Commentaire"
          lignes={[1, 4]}
          valeur={commentaire}
          onChange={(v) => {
            setModifie(true);
            setCommentaire(v);
          }}
          erreur={champErreur(erreur, 'commentaire')}
          aide="Fiche de liaison envoyée, information collective prévue le… · Ctrl+Entrée enregistre"
        />
      </Box>
    </DialogueFormulaire>
  );
}
