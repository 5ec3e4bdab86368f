import { useState } from 'react';
import {
  Alert,
  Box,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  Typography,
} from '@mui/material';
import {
  contract,
  TYPE_BILAN_ACTION_LIBELLES,
  TYPES_BILAN_ACTION,
  type ActionFormation,
  type BilanAction,
  type TypeBilanAction,
} from '../../../src-main/contract';
import { useAction } from '../../api/hooks';
import { aujourdhuiIso, dateFr } from '../../components/dates';
import { useNotifier } from '../../components/Notifications';
import { useMessages } from '../annuaire/elements';
import { DialogueFormulaire } from '../dossier/DialogueFormulaire';
import { ChampLibre, DateSaisie } from '../dossier/elements';
import { bilanRemplace, entreeBilanAction, lignesChiffres, saisieBilanAction, type SaisieBilanAction } from './logique';

const TEST_ID = 'dialogue-bilan';

/** The figures of a bilan, as a compact grid. */
export function ChiffresBilan({ chiffres }: { chiffres: BilanAction['chiffres'] }) {
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))',
        gap: 1,
        m: 0,
        '& dt': { typography: 'caption', color: 'text.secondary' },
        '& dd': { m: 0, typography: 'body2', fontWeight: 600 },
      }}
      data-testid="chiffres-bilan"
    >
      {lignesChiffres(chiffres).map((l) => (
        <Box key={l.libelle}>
          <dt>{l.libelle}</dt>
          <dd>{l.valeur}</dd>
        </Box>
      ))}
    </Box>
  );
}

/**
 * Writes an intermediate or final bilan of the action (`bilan` given: changes it). The figures are
 * taken by the main process when it is saved; the qualitative part is typed here. A second final
 * bilan is the first one changed.
 */
export function DialogueBilanAction({
  action,
  bilan,
  onFermer,
}: {
  action: Pick<ActionFormation, 'id' | 'intitule' | 'bilans'>;
  bilan: BilanAction | null;
  onFermer: () => void;
}) {
  const notifier = useNotifier();
  const enregistrer = useAction('bilansAction.enregistrer');
  const [aujourdhui] = useState(aujourdhuiIso);
  const [s, setS] = useState<SaisieBilanAction>(() => saisieBilanAction(bilan, aujourdhui));
  const [modifie, setModifie] = useState(false);
  const messages = useMessages(TEST_ID);
  const e = (champ: string) => messages.messages[champ];
  const maj = (p: Partial<SaisieBilanAction>) => {
    setModifie(true);
    messages.oublier(Object.keys(p));
    setS((avant) => ({ ...avant, ...p }));
  };
  const remplace = bilanRemplace(action.bilans, s.type, bilan?.id ?? null);
  const finalExistant = bilan === null && s.type === 'final' && remplace !== null;

  const envoyer = () => {
    const verifie = contract['bilansAction.enregistrer'].input.safeParse(entreeBilanAction(s, action.id, remplace));
    if (!verifie.success) {
      messages.refusDeLaPage(verifie.error);
      return;
    }
    const type = verifie.data.type as TypeBilanAction;
    enregistrer.mutate(verifie.data, {
      onSuccess: () => {
        notifier(`${TYPE_BILAN_ACTION_LIBELLES[type]} de « ${action.intitule} » enregistré.`);
        onFermer();
      },
      onError: (err) => messages.refusDuServeur(err, ''),
    });
  };

  return (
    <DialogueFormulaire
      titre={
        bilan ? `Modifier le ${TYPE_BILAN_ACTION_LIBELLES[bilan.type].toLowerCase()}` : 'Nouveau bilan de l’action'
      }
      sousTitre={`« ${action.intitule} »`}
      enCours={enregistrer.isPending}
      modifie={modifie}
      onFermer={onFermer}
      onEnvoyer={envoyer}
      libelleEnvoi="Enregistrer le bilan"
      erreur={enregistrer.error}
      maxWidth="md"
      testId={TEST_ID}
    >
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2, pt: 1 }}>
        <FormControl component="fieldset" error={Boolean(e('type'))} data-testid="type-bilan">
          <FormLabel component="legend" id="libelle-type-bilan">
            Bilan *
          </FormLabel>
          <RadioGroup
            row
            aria-labelledby="libelle-type-bilan"
            value={s.type ?? ''}
            onChange={(ev) => maj({ type: ev.target.value as TypeBilanAction })}
          >
            {TYPES_BILAN_ACTION.map((t, rang) => (
              <FormControlLabel
                key={t}
                value={t}
                control={<Radio autoFocus={s.type === null ? rang === 0 : s.type === t} />}
                label={TYPE_BILAN_ACTION_LIBELLES[t]}
                disabled={
                  bilan !== null &&
                  bilan.type !== t &&
                  t === 'final' &&
                  action.bilans.some((b) => b.type === 'final' && b.id !== bilan.id)
                }
                data-testid={`type-bilan-${t}`}
              />
            ))}
          </RadioGroup>
          {e('type') ? <FormHelperText>{e('type')}</FormHelperText> : null}
        </FormControl>
        <DateSaisie
          label="Date du bilan"
          required
          valeur={s.date}
          onChange={(date) => maj({ date })}
          erreur={e('date')}
          data-testid="date-bilan"
        />
        {finalExistant ? (
          <Alert severity="info" sx={{ gridColumn: '1 / -1' }}>
            L’action a déjà un bilan final : il sera mis à jour (ses chiffres relevés à nouveau).
          </Alert>
        ) : null}
        <Box sx={{ gridColumn: '1 / -1' }}>
          <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
            Chiffres
          </Typography>
          {bilan ? (
            <>
              <ChiffresBilan chiffres={bilan.chiffres} />
              <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
                Relevés le {dateFr(bilan.date)} ; ils seront relevés à nouveau à l’enregistrement.
              </Typography>
            </>
          ) : (
            <Typography variant="body2" color="text.secondary">
              Places, positionnements, entrées, abandons, sorties en emploi ou en formation : relevés par Tremplin à
              l’enregistrement du bilan.
            </Typography>
          )}
        </Box>
        <ChampLibre
          label="Points forts"
          lignes={[2, 6]}
          valeur={s.pointsForts}
          onChange={(pointsForts) => maj({ pointsForts })}
          erreur={e('pointsForts')}
          slotProps={{ htmlInput: { 'data-testid': 'points-forts-bilan' } }}
        />
        <ChampLibre
          label="Difficultés"
          lignes={[2, 6]}
          valeur={s.difficultes}
          onChange={(difficultes) => maj({ difficultes })}
          erreur={e('difficultes')}
        />
        <ChampLibre
          label="Note qualitative"
          sx={{ gridColumn: '1 / -1' }}
          lignes={[3, 10]}
          valeur={s.note}
          onChange={(note) => maj({ note })}
          erreur={e('note')}
          aide="Déroulement, partenariat avec l’organisme, suites à donner · Ctrl+Entrée enregistre"
          slotProps={{ htmlInput: { 'data-testid': 'note-bilan' } }}
        />
      </Box>
    </DialogueFormulaire>
  );
}
