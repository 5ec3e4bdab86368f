import { useState } from 'react';
import {
  Autocomplete,
  Box,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from '@mui/material';
import {
  DOMAINE_FORMATION_LIBELLES,
  DOMAINES_FORMATION,
  RAISON_BESOIN_LIBELLES,
  RAISONS_BESOIN,
  type DomaineFormation,
  type RaisonBesoin,
} from '../../../src-main/contract';
import { champErreur } from '../../api/client';
import { useDroits } from '../../api/droits';
import { useAction, useRequete } from '../../api/hooks';
import { aujourdhuiIso, dateFr } from '../../components/dates';
import { ListeChoix } from '../../components/formulaires';
import { useNotifier } from '../../components/Notifications';
import { DialogueFormulaire } from '../dossier/DialogueFormulaire';
import { ChampLibre, DateSaisie } from '../dossier/elements';
import { besoinVide, entreeBesoin, manquesBesoin, type SaisieBesoin } from './logiqueTableau';

/** An action the need may name: one that could not take the jeune (no place left, dates…). */
interface ActionProposee {
  id: number;
  intitule: string;
  organismeNom: string;
  debut: string;
}

/**
 * Notes a training need validated with the jeune that found no answer: the domain, the training
 * or job aimed at (ROME code if known), why (no action on the territory, prerequisites, places,
 * dates, mobility), the action that could not take them if any, a comment. Opened from the
 * jeune's « Formation » tab, or from an action found full (`depuis` fills the action and domain).
 */
export function DialogueBesoin({
  jeuneId,
  jeuneNom,
  depuis,
  onFermer,
}: {
  jeuneId: number;
  jeuneNom: string;
  depuis?: { id: number; intitule: string; domaine: DomaineFormation; raison?: RaisonBesoin };
  onFermer: () => void;
}) {
  const { peut } = useDroits();
  const notifier = useNotifier();
  const enregistrer = useAction('besoins.enregistrer');
  const [aujourdhui] = useState(aujourdhuiIso);
  const [s, setS] = useState<SaisieBesoin>(() => besoinVide(aujourdhui, depuis));
  const [manques, setManques] = useState<Record<string, string>>({});
  const [modifie, setModifie] = useState(false);
  // The actions of the territory that a jeune could have joined, for « action concernée ».
  const actions = useRequete(
    'actions.rechercher',
    { statuts: ['programmee', 'en_recrutement', 'en_cours'], limite: 500 },
    { enabled: peut('actions.rechercher') },
  );
  const options: ActionProposee[] = actions.data?.actions ?? [];
  const choisie = s.action
    ? (options.find((a) => a.id === s.action?.id) ?? { ...s.action, organismeNom: '', debut: '' })
    : null;
  const erreur = enregistrer.error;
  const e = (champ: string) => manques[`besoin.${champ}`] ?? champErreur(erreur, `besoin.${champ}`);
  const maj = (p: Partial<SaisieBesoin>) => {
    setModifie(true);
    setManques((avant) => Object.fromEntries(Object.entries(avant).filter(([k]) => !(k.slice(7) in p))));
    setS((avant) => ({ ...avant, ...p }));
  };

  const envoyer = () => {
    const m = manquesBesoin(s, jeuneId, aujourdhui);
    if (Object.keys(m).length > 0) {
      setManques(m);
      return;
    }
    enregistrer.mutate(entreeBesoin(s, jeuneId), {
      onSuccess: () => {
        notifier(`Besoin non satisfait noté pour ${jeuneNom} : ${s.objet.trim()}.`);
        onFermer();
      },
    });
  };

  return (
    <DialogueFormulaire
      titre="Besoin de formation non satisfait"
      sousTitre={`${jeuneNom} · un besoin validé avec le jeune, sans réponse sur le territoire`}
      enCours={enregistrer.isPending}
      modifie={modifie}
      onFermer={onFermer}
      onEnvoyer={envoyer}
      libelleEnvoi="Enregistrer le besoin"
      erreur={erreur}
      maxWidth="md"
      testId="dialogue-besoin"
    >
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '2fr 1fr 1fr' }, gap: 2, pt: 1 }}>
        <ChampLibre
          label="Formation ou métier visé"
          required
          autoFocus
          valeur={s.objet}
          onChange={(objet) => maj({ objet })}
          erreur={e('objet')}
          aide="Par exemple « CAP accompagnant éducatif petite enfance »"
          slotProps={{ htmlInput: { 'data-testid': 'objet-besoin', maxLength: 200 } }}
        />
        <ChampLibre
          label="Code ROME"
          valeur={s.codeRome}
          onChange={(codeRome) => maj({ codeRome: codeRome.toUpperCase() })}
          erreur={e('codeRome')}
          aide="Facultatif (ex. K1303)"
          slotProps={{ htmlInput: { maxLength: 5, spellCheck: false } }}
        />
        <DateSaisie
          label="Date"
          required
          valeur={s.date}
          onChange={(date) => maj({ date })}
          erreur={e('date')}
          aide="Jour où le besoin a été validé"
        />
        <Box sx={{ gridColumn: '1 / -1' }} data-testid="domaine-besoin">
          <ListeChoix<DomaineFormation>
            label="Domaine *"
            valeur={s.domaine}
            onChange={(domaine) => maj({ domaine })}
            options={DOMAINES_FORMATION.map((d) => ({ valeur: d, libelle: DOMAINE_FORMATION_LIBELLES[d] }))}
            erreur={e('domaine')}
            sx={{ width: '100%' }}
          />
        </Box>
        <FormControl
          component="fieldset"
          error={Boolean(e('raison'))}
          sx={{ gridColumn: '1 / -1' }}
          data-testid="raison-besoin"
        >
          <FormLabel component="legend" id="libelle-raison-besoin">
            Pourquoi sans réponse ? *
          </FormLabel>
          <RadioGroup
            aria-labelledby="libelle-raison-besoin"
            value={s.raison ?? ''}
            onChange={(ev) => maj({ raison: ev.target.value as RaisonBesoin })}
            sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2 }}
          >
            {RAISONS_BESOIN.map((r) => (
              <FormControlLabel key={r} value={r} control={<Radio size="small" />} label={RAISON_BESOIN_LIBELLES[r]} />
            ))}
          </RadioGroup>
          {e('raison') ? <FormHelperText>{e('raison')}</FormHelperText> : null}
        </FormControl>
        <Autocomplete<ActionProposee>
          sx={{ gridColumn: '1 / -1' }}
          options={options}
          value={choisie}
          onChange={(_, a) => maj({ action: a ? { id: a.id, intitule: a.intitule } : null })}
          getOptionLabel={(a) => a.intitule}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          loading={actions.isLoading}
          loadingText="Lecture des actions…"
          noOptionsText="Aucune action ne correspond"
          autoHighlight
          renderOption={(props, a) => {
            const { key, ...reste } = props as typeof props & { key: string };
            return (
              <li key={key} {...reste}>
                <Box sx={{ minWidth: 0 }}>
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {a.intitule}
                  </Typography>
                  <Typography variant="caption" color="text.secondary" component="div">
                    {a.organismeNom}
                    {a.debut ? ` · début le ${dateFr(a.debut)}` : ''}
                  </Typography>
                </Box>
              </li>
            );
          }}
          renderInput={(params) => (
            <TextField
              {...params}
              label="Action concernée"
              placeholder="Facultatif : l’action qui n’a pas pu accueillir le jeune"
              error={Boolean(e('actionId'))}
              helperText={e('actionId') ?? 'Facultatif : complète, dates inadaptées… Tapez pour chercher.'}
            />
          )}
        />
        <ChampLibre
          label="Commentaire"
          sx={{ gridColumn: '1 / -1' }}
          lignes={[2, 5]}
          valeur={s.commentaire}
          onChange={(commentaire) => maj({ commentaire })}
          erreur={e('commentaire')}
          aide="Ctrl+Entrée enregistre"
        />
      </Box>
    </DialogueFormulaire>
  );
}
