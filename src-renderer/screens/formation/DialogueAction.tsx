import { useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Autocomplete, Box, TextField } from '@mui/material';
import { ZodError } from 'zod';
import {
  actionSaisieSchema,
  DOMAINE_FORMATION_LIBELLES,
  DOMAINES_FORMATION,
  FINANCEUR_LIBELLES,
  FINANCEURS,
  NIVEAU_LIBELLES,
  NIVEAUX,
  SOUS_TYPES_SITUATION,
  STATUT_ACTION_LIBELLES,
  STATUTS_ACTION,
  TYPES_FORMATION,
  type ActionFormation,
} from '../../../src-main/contract';
import type { ErreurApi } from '../../api/client';
import { useAction, useRequete } from '../../api/hooks';
import { AlerteConflit, ListeChoix } from '../../components/formulaires';
import { useNotifier } from '../../components/Notifications';
import { ChoixCommune } from '../annuaire/ChoixCommune';
import { MessagesHorsChamps, TitreSection, useBrouillon } from '../annuaire/elements';
import { DialogueFormulaire } from '../dossier/DialogueFormulaire';
import { DateSaisie } from '../dossier/elements';
import { ChoixOrganisme, useProgrammes } from './elements';
import { entreeAction, precisionsAction, referentsPossibles, saisieAction } from './logique';

const TEST_ID = 'dialogue-action';
const CHAMPS = Object.keys(saisieAction(null));

/**
 * Records a new training action (`action` omitted) or changes one. The training body is a partner
 * of the directory. If someone saves the action meanwhile, what is typed here stays and « Reprendre
 * mes modifications sur la version à jour » lays it over theirs. `onFermer` receives the action's id
 * once saved, nothing when cancelled; the main process's warnings (a body that is not a training
 * body, places already taken) are notified.
 */
export function DialogueAction({ action, onFermer }: { action?: ActionFormation; onFermer: (id?: number) => void }) {
  const notifier = useNotifier();
  const client = useQueryClient();
  const enregistrer = useAction('actions.enregistrer');
  const personnel = useRequete('personnel.lister', { actifsSeulement: true });
  const programmes = useProgrammes();
  const aJour = saisieAction(action);
  const brouillon = useBrouillon(aJour, action?.modifieLe ?? '', TEST_ID);
  const { saisie: s, maj, e, texte, messages, modifies, enConflit } = brouillon;

  const referents = useMemo(() => {
    const liste = referentsPossibles(personnel.data ?? []).map((p) => ({
      valeur: p.id,
      libelle: `${p.prenom} ${p.nom}`,
    }));
    // A référent who left the list of staff stays shown on the action that names them.
    if (action?.referentId != null && !liste.some((o) => o.valeur === action.referentId))
      liste.push({ valeur: action.referentId, libelle: action.referentNom ?? `Personne n° ${action.referentId}` });
    return liste;
  }, [personnel.data, action]);

  const reprendre = () => {
    enregistrer.reset();
    brouillon.reprendre();
  };

  const envoyer = () => {
    if (enConflit) return;
    // Checked here with the contract, so that every field shows its message at once.
    const verifie = actionSaisieSchema.safeParse(entreeAction(s));
    if (!verifie.success) {
      messages.refusDeLaPage(new ZodError(precisionsAction(verifie.error.issues, s)));
      return;
    }
    const donnees = verifie.data;
    enregistrer.mutate(
      { id: action?.id ?? null, modifieLeLu: action ? brouillon.modifieLeLu : null, action: donnees },
      {
        onSuccess: (r) => {
          notifier(
            [`Action « ${donnees.intitule} » enregistrée.`, ...r.avertissements].join(' '),
            r.avertissements.length > 0 ? 'warning' : 'success',
          );
          onFermer(r.id);
        },
        onError: (err: ErreurApi) => {
          messages.refusDuServeur(err, 'action');
          // Someone saved meanwhile: their version is read again, and what was typed here stays.
          if (err.code === 'conflit') void client.invalidateQueries({ queryKey: ['actions.lire'] });
        },
      },
    );
  };

  const erreurAffichee = enConflit && enregistrer.error?.code === 'conflit' ? null : enregistrer.error;
  const liste = <V extends string | number>(
    champ: keyof typeof s & string,
    label: string,
    options: { valeur: V; libelle: string }[],
    props: { vide?: string; testId?: string } = {},
  ) => (
    <Box data-testid={props.testId}>
      <ListeChoix<V>
        label={label}
        valeur={s[champ] as V | null}
        onChange={(v) => maj({ [champ]: v } as Partial<typeof s>)}
        options={options}
        {...(props.vide !== undefined ? { vide: props.vide } : {})}
        erreur={e(champ)}
        sx={{ width: '100%' }}
      />
    </Box>
  );

  return (
    <DialogueFormulaire
      titre={action ? `Modifier l’action « ${action.intitule} »` : 'Nouvelle action de formation'}
      sousTitre={action ? `${action.organismeNom} · ${action.programme}` : undefined}
      enCours={enregistrer.isPending}
      modifie={modifies.length > 0}
      onFermer={() => onFermer()}
      onEnvoyer={envoyer}
      libelleEnvoi={action ? 'Enregistrer' : 'Enregistrer l’action'}
      erreur={erreurAffichee}
      maxWidth="md"
      testId={TEST_ID}
    >
      {enConflit && action ? (
        <AlerteConflit
          quoi="cette action"
          modifieLe={action.modifieLe}
          champsModifies={modifies.length}
          onReprendre={reprendre}
          testId="action-conflit"
        />
      ) : null}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2, pt: 1 }}>
        <TitreSection>L’action</TitreSection>
        {texte('intitule', 'Intitulé de l’action', {
          required: true,
          autoFocus: true,
          sx: { gridColumn: '1 / -1' },
          slotProps: { htmlInput: { 'data-testid': 'action-intitule' } },
        })}
        <Autocomplete<string, false, false, true>
          freeSolo
          options={programmes}
          inputValue={s.programme}
          onInputChange={(_, v) => maj({ programme: v })}
          renderInput={(params) => (
            <TextField
              {...params}
              label="Programme"
              required
              error={Boolean(e('programme'))}
              helperText={e('programme') ?? 'Tel que le financeur le nomme (choisi dans la liste ou saisi)'}
              slotProps={{
                ...params.slotProps,
                htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'action-programme' },
              }}
            />
          )}
        />
        {liste(
          'financeur',
          'Financeur *',
          FINANCEURS.map((f) => ({ valeur: f, libelle: FINANCEUR_LIBELLES[f] })),
          { testId: 'action-financeur' },
        )}
        {liste(
          'typeFormation',
          'Type de formation *',
          TYPES_FORMATION.map((t) => ({ valeur: t, libelle: SOUS_TYPES_SITUATION.formation[t] ?? t })),
          { testId: 'action-type' },
        )}
        {liste(
          'domaine',
          'Domaine *',
          DOMAINES_FORMATION.map((d) => ({ valeur: d, libelle: DOMAINE_FORMATION_LIBELLES[d] })),
          { testId: 'action-domaine' },
        )}
        {texte('certification', 'Certification visée', { aide: 'Le diplôme ou titre préparé (CAP Cuisine…)' })}
        {texte('reference', 'Référence de l’action', { aide: 'Le numéro du financeur ; l’import CSV s’y reporte' })}

        <TitreSection>Organisme et lieu</TitreSection>
        <Box sx={{ gridColumn: '1 / -1' }}>
          <ChoixOrganisme
            valeur={s.organismeId}
            onChange={(organismeId) => maj({ organismeId })}
            erreur={e('organismeId')}
          />
        </Box>
        {texte('lieu', 'Lieu', { aide: 'Adresse ou site de la formation' })}
        <ChoixCommune
          label="Commune"
          valeur={s.codeInsee}
          onChange={(codeInsee, commune) => maj({ codeInsee, commune: commune?.nom ?? (codeInsee ? s.commune : '') })}
          erreur={e('codeInsee') ?? e('commune')}
          aide="Une commune du territoire, ou le code INSEE d'une autre"
        />

        <TitreSection>Dates et places</TitreSection>
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
          <DateSaisie
            label="Début"
            required
            valeur={s.debut}
            onChange={(debut) => maj({ debut })}
            erreur={e('debut')}
            data-testid="action-debut"
          />
          <DateSaisie
            label="Fin"
            required
            valeur={s.fin}
            onChange={(fin) => maj({ fin })}
            erreur={e('fin')}
            data-testid="action-fin"
          />
        </Box>
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
          {texte('places', 'Places', {
            required: true,
            slotProps: { htmlInput: { inputMode: 'numeric', 'data-testid': 'action-places' } },
          })}
          {liste(
            'statut',
            'Statut',
            STATUTS_ACTION.map((c) => ({ valeur: c, libelle: STATUT_ACTION_LIBELLES[c] })),
            { testId: 'action-statut' },
          )}
        </Box>

        <TitreSection>Pré-requis</TitreSection>
        {liste(
          'niveauMinimum',
          'Niveau minimum',
          NIVEAUX.map((n) => ({ valeur: n, libelle: NIVEAU_LIBELLES[n] })),
          { vide: 'Aucun niveau exigé' },
        )}
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
          {texte('ageMinimum', 'Âge minimum', { slotProps: { htmlInput: { inputMode: 'numeric' } } })}
          {texte('ageMaximum', 'Âge maximum', { slotProps: { htmlInput: { inputMode: 'numeric' } } })}
        </Box>
        {texte('prerequis', 'Autres pré-requis', {
          lignes: [2, 6],
          sx: { gridColumn: '1 / -1' },
          aide: 'Permis, tests, projet validé, information collective obligatoire…',
        })}

        <TitreSection>Suivi</TitreSection>
        {liste('referentId', 'Référent d’action', referents, {
          vide: 'Pas encore de référent',
          testId: 'action-referent',
        })}
        <Box />
        {texte('description', 'Description', {
          lignes: [3, 10],
          sx: { gridColumn: '1 / -1' },
          aide: 'Contenu, rythme, stages, rémunération…',
        })}
      </Box>
      <MessagesHorsChamps messages={messages.messages} champs={CHAMPS} />
    </DialogueFormulaire>
  );
}
