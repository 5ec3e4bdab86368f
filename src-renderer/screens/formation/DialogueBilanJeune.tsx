import { useState } from 'react';
import { Box } from '@mui/material';
import { contract, type Positionnement } from '../../../src-main/contract';
import { useAction } from '../../api/hooks';
import { aujourdhuiIso, dateFr } from '../../components/dates';
import { useNotifier } from '../../components/Notifications';
import { useMessages } from '../annuaire/elements';
import { DialogueFormulaire } from '../dossier/DialogueFormulaire';
import { ChampLibre, DateSaisie } from '../dossier/elements';
import { dateEnvoyee } from '../dossier/logique';

const TEST_ID = 'dialogue-bilan-jeune';

/** The individual bilan of a candidacy: what the action brought the jeune, and what comes next. */
export function DialogueBilanJeune({
  positionnement: p,
  onFermer,
}: {
  positionnement: Positionnement;
  onFermer: () => void;
}) {
  const notifier = useNotifier();
  const enregistrer = useAction('positionnements.enregistrerBilan');
  const [s, setS] = useState(() => ({
    date: dateFr(p.bilan?.date ?? aujourdhuiIso()),
    apports: p.bilan?.apports ?? '',
    suite: p.bilan?.suite ?? '',
  }));
  const [modifie, setModifie] = useState(false);
  const messages = useMessages(TEST_ID);
  const e = (champ: string) => messages.messages[champ];
  const maj = (patch: Partial<typeof s>) => {
    setModifie(true);
    messages.oublier(Object.keys(patch));
    setS((avant) => ({ ...avant, ...patch }));
  };

  const envoyer = () => {
    const verifie = contract['positionnements.enregistrerBilan'].input.safeParse({
      id: p.id,
      date: dateEnvoyee(s.date),
      apports: s.apports,
      suite: s.suite,
    });
    if (!verifie.success) {
      messages.refusDeLaPage(verifie.error);
      return;
    }
    enregistrer.mutate(verifie.data, {
      onSuccess: () => {
        notifier(`Bilan individuel de ${p.jeuneNom} enregistré.`);
        onFermer();
      },
      onError: (err) => messages.refusDuServeur(err, ''),
    });
  };

  return (
    <DialogueFormulaire
      titre={`Bilan individuel : ${p.jeuneNom}`}
      sousTitre={`« ${p.actionIntitule} » · ${p.organismeNom}`}
      enCours={enregistrer.isPending}
      modifie={modifie}
      onFermer={onFermer}
      onEnvoyer={envoyer}
      libelleEnvoi="Enregistrer le bilan"
      erreur={enregistrer.error}
      testId={TEST_ID}
    >
      <Box sx={{ display: 'grid', gap: 2, pt: 1 }}>
        <DateSaisie
          label="Date du bilan"
          required
          valeur={s.date}
          onChange={(date) => maj({ date })}
          erreur={e('date')}
          sx={{ maxWidth: 220 }}
        />
        <ChampLibre
          label="Ce que l’action a apporté"
          required
          autoFocus
          lignes={[3, 10]}
          valeur={s.apports}
          onChange={(apports) => maj({ apports })}
          erreur={e('apports')}
          aide="Compétences, savoir-être, projet confirmé ou non, certification…"
          slotProps={{ htmlInput: { 'data-testid': 'apports-bilan-jeune' } }}
        />
        <ChampLibre
          label="Suite de parcours"
          lignes={[2, 6]}
          valeur={s.suite}
          onChange={(suite) => maj({ suite })}
          erreur={e('suite')}
          aide="Emploi, autre formation, étape suivante prévue · Ctrl+Entrée enregistre"
        />
      </Box>
    </DialogueFormulaire>
  );
}
