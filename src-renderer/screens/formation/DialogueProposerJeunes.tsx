import { useState } from 'react';
import { Box } from '@mui/material';
import type { ActionFormation } from '../../../src-main/contract';
import { champErreur } from '../../api/client';
import { useAction } from '../../api/hooks';
import { ChoixJeunes, useChoixJeunes } from '../../components/ChoixJeunes';
import { aujourdhuiIso, dateFr } from '../../components/dates';
import { useNotifier } from '../../components/Notifications';
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
  const choix = useChoixJeunes(
    action.positionnementsListe.map((p) => p.jeuneId),
    (j) => `${nomComplet(j)} est déjà positionné(e) sur cette action : faites avancer sa candidature dans la liste.`,
  );
  const { choisis, modifie, marquerModifie } = choix;
  const [date, setDate] = useState(() => dateFr(aujourdhuiIso()));
  const [commentaire, setCommentaire] = useState('');
  const erreur = proposer.error;

  const envoyer = () => {
    if (!choix.verifier()) return;
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
      <ChoixJeunes
        etat={choix}
        erreur={erreur}
        libelleDeja=" · déjà positionné(e) sur cette action"
        testIds={{ bloc: 'choix-jeunes-action', trouve: 'jeune-a-positionner', choisi: 'jeune-choisi-action' }}
      />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 2fr' }, gap: 2, mt: 2 }}>
        <DateSaisie
          label="Date du positionnement"
          required
          valeur={date}
          onChange={(v) => {
            marquerModifie();
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
            marquerModifie();
            setCommentaire(v);
          }}
          erreur={champErreur(erreur, 'commentaire')}
          aide="Fiche de liaison envoyée, information collective prévue le… · Ctrl+Entrée enregistre"
        />
      </Box>
    </DialogueFormulaire>
  );
}
