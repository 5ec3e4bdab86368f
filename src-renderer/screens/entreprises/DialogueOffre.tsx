import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Autocomplete,
  Box,
  Checkbox,
  Chip,
  FormControl,
  FormHelperText,
  InputLabel,
  ListItemText,
  MenuItem,
  Select,
  TextField,
} from '@mui/material';
import {
  codeRome,
  offreSaisieSchema,
  STATUT_OFFRE_LIBELLES,
  STATUTS_OFFRE_SAISIS,
  TYPE_CONTRAT_OFFRE_LIBELLES,
  TYPES_CONTRAT_OFFRE,
  type Offre,
  type OffreSaisie,
} from '../../../src-main/contract';
import type { ErreurApi } from '../../api/client';
import { useConseillers } from '../../api/donnees';
import { useDroits } from '../../api/droits';
import { useAction, useRequete } from '../../api/hooks';
import { aujourdhuiIso, dateFr } from '../../components/dates';
import { AlerteConflit, ListeChoix } from '../../components/formulaires';
import { useNotifier } from '../../components/Notifications';
import { ChoixCommune } from '../annuaire/ChoixCommune';
import { MessagesHorsChamps, TitreSection, useBrouillon } from '../annuaire/elements';
import { DialogueFormulaire } from '../dossier/DialogueFormulaire';
import { ChampLibre, DateSaisie } from '../dossier/elements';
import { entreeOffre, saisieOffre, texteExpiration } from './logiqueOffres';

const TEST_ID = 'dialogue-offre';
const CHAMPS = Object.keys(saisieOffre(null, '2000-01-01'));

/**
 * Records a new offer of a firm (`offre` omitted) or changes one. The offer shown is the one read
 * now: if someone saves it meanwhile, what is typed here stays, and « Reprendre mes modifications
 * sur la version à jour » lays the fields changed here over theirs. A refused save keeps every
 * field as typed. `onFermer` receives the offer's id once saved, nothing when cancelled.
 */
export function DialogueOffre({
  entrepriseId,
  offre,
  onFermer,
}: {
  entrepriseId: number;
  offre?: Offre;
  onFermer: (id?: number) => void;
}) {
  const { peut } = useDroits();
  const notifier = useNotifier();
  const client = useQueryClient();
  const enregistrer = useAction('offres.enregistrer');
  const parametres = useRequete('parametres.lire', {}, { enabled: peut('parametres.lire') });
  const conseillers = useConseillers();
  // The firm's interlocuteurs, offered for « Interlocuteur » (typing another name stays possible).
  const entreprise = useRequete('entreprises.lire', { id: entrepriseId }, { enabled: peut('entreprises.lire') });
  const [aujourdhui] = useState(aujourdhuiIso);
  const aJour = saisieOffre(offre, aujourdhui);
  const brouillon = useBrouillon(aJour, offre?.modifieLe ?? '', TEST_ID);
  const { saisie: s, maj, e, texte, messages, modifies, enConflit } = brouillon;
  const [romeVu, setRomeVu] = useState(false);
  const reprendre = () => {
    enregistrer.reset();
    brouillon.reprendre();
  };

  const envoyer = () => {
    if (enConflit) return;
    // Checked here with the contract, so that every field shows its message at once.
    const verifie = offreSaisieSchema.safeParse(entreeOffre(s));
    if (!verifie.success) {
      messages.refusDeLaPage(verifie.error);
      return;
    }
    const donnees: OffreSaisie = verifie.data;
    enregistrer.mutate(
      { entrepriseId, id: offre?.id ?? null, modifieLeLu: offre ? brouillon.modifieLeLu : null, offre: donnees },
      {
        onSuccess: (r) => {
          notifier(`Offre « ${donnees.intitule} » enregistrée.`);
          onFermer(r.id);
        },
        onError: (err: ErreurApi) => {
          messages.refusDuServeur(err, 'offre');
          // Someone saved meanwhile: their version is read again, and what was typed here stays.
          if (err.code === 'conflit') {
            void client.invalidateQueries({ queryKey: ['offres.lire'] });
            void client.invalidateQueries({ queryKey: ['entreprises.lire'] });
          }
        },
      },
    );
  };

  const erreurAffichee = enConflit && enregistrer.error?.code === 'conflit' ? null : enregistrer.error;
  // The ROME code is checked as soon as it is typed whole (or left), with the contract's own message.
  const romeInvalide =
    s.codeRome.trim() !== '' && (romeVu || s.codeRome.trim().length >= 5) ? codeRome.safeParse(s.codeRome) : null;
  const erreurRome =
    e('codeRome') ?? (romeInvalide && !romeInvalide.success ? romeInvalide.error.issues[0]?.message : undefined);
  const jours = parametres.data?.expirationOffreJours ?? null;
  const contacts = entreprise.data?.contacts.map((c) => (c.fonction ? `${c.nom} (${c.fonction})` : c.nom)) ?? [];
  const optionsConseillers = [
    ...(conseillers.data ?? []).map((c) => ({ id: c.id, nom: `${c.prenom} ${c.nom}` })),
    // Someone informed earlier and no longer a conseiller in the list stays shown.
    ...(offre?.conseillers ?? []).filter((c) => !(conseillers.data ?? []).some((x) => x.id === c.id)),
  ];

  return (
    <DialogueFormulaire
      titre={offre ? `Modifier l’offre « ${offre.intitule} »` : 'Nouvelle offre'}
      sousTitre={offre?.entrepriseNom ?? entreprise.data?.nom}
      enCours={enregistrer.isPending}
      modifie={modifies.length > 0}
      onFermer={() => onFermer()}
      onEnvoyer={envoyer}
      libelleEnvoi={offre ? 'Enregistrer' : 'Enregistrer l’offre'}
      erreur={erreurAffichee}
      maxWidth="md"
      testId={TEST_ID}
    >
      {enConflit && offre ? (
        <AlerteConflit
          quoi="cette offre"
          modifieLe={offre.modifieLe}
          champsModifies={modifies.length}
          onReprendre={reprendre}
          testId="offre-conflit"
        />
      ) : null}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2, pt: 1 }}>
        <TitreSection>Le poste</TitreSection>
        {texte('intitule', "Intitulé de l'offre", {
          required: true,
          autoFocus: true,
          sx: { gridColumn: '1 / -1' },
          slotProps: { htmlInput: { 'data-testid': 'offre-intitule' } },
        })}
        {texte('metier', 'Métier', { aide: 'Dans les mots de l’employeur' })}
        <ChampLibre
          label="Code ROME"
          valeur={s.codeRome}
          onChange={(v) => {
            setRomeVu(false);
            maj({ codeRome: v.toUpperCase() });
          }}
          onBlur={() => setRomeVu(true)}
          erreur={erreurRome}
          aide="Facultatif : une lettre et 4 chiffres (ex. G1602)"
          slotProps={{ htmlInput: { maxLength: 5, spellCheck: false, autoComplete: 'off' } }}
        />
        <Box data-testid="offre-type-contrat">
          <ListeChoix
            label="Type de contrat *"
            valeur={s.typeContrat}
            onChange={(typeContrat) => maj({ typeContrat, ...(typeContrat === 'cdi' ? { dureeMois: '' } : {}) })}
            options={TYPES_CONTRAT_OFFRE.map((t) => ({ valeur: t, libelle: TYPE_CONTRAT_OFFRE_LIBELLES[t] }))}
            erreur={e('typeContrat')}
            sx={{ width: '100%' }}
          />
        </Box>
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
          {texte('dureeMois', 'Durée (mois)', {
            disabled: s.typeContrat === 'cdi',
            aide: s.typeContrat === 'cdi' ? 'Sans objet pour un CDI' : 'Vide : non précisée',
            slotProps: { htmlInput: { inputMode: 'numeric' } },
          })}
          {texte('postes', 'Postes', {
            aide: 'Personnes recherchées',
            slotProps: { htmlInput: { inputMode: 'numeric' } },
          })}
        </Box>
        {texte('description', 'Description', {
          lignes: [3, 10],
          sx: { gridColumn: '1 / -1' },
          aide: 'Missions, horaires, exigences, salaire…',
        })}

        <TitreSection>Où et quand</TitreSection>
        {texte('lieu', 'Lieu de travail', { aide: 'Adresse ou site, si ce n’est pas celui de l’entreprise' })}
        <ChoixCommune
          label="Commune"
          valeur={s.codeInsee}
          onChange={(codeInsee, commune) => maj({ codeInsee, commune: commune?.nom ?? '' })}
          erreur={e('codeInsee') ?? e('commune')}
          aide="Une commune du territoire, ou le code INSEE d'une autre"
        />
        <DateSaisie
          label="Reçue le"
          required
          valeur={s.recueLe}
          onChange={(recueLe) => maj({ recueLe })}
          erreur={e('recueLe')}
        />
        <DateSaisie
          label="Date limite"
          valeur={s.dateLimite}
          onChange={(dateLimite) => maj({ dateLimite })}
          erreur={e('dateLimite')}
          aide={<span data-testid="apercu-expiration">{texteExpiration(s.recueLe, s.dateLimite, jours)}</span>}
        />

        <TitreSection>Suivi</TitreSection>
        <Autocomplete<string, false, false, true>
          freeSolo
          options={contacts}
          inputValue={s.interlocuteur}
          onInputChange={(_, v) => maj({ interlocuteur: v })}
          renderInput={(params) => (
            <TextField
              {...params}
              label="Interlocuteur"
              error={Boolean(e('interlocuteur'))}
              helperText={e('interlocuteur') ?? 'La personne qui suit le recrutement chez l’employeur'}
            />
          )}
        />
        <ChoixConseillers
          valeur={s.conseillerIds}
          options={optionsConseillers}
          onChange={(conseillerIds) => maj({ conseillerIds })}
          erreur={e('conseillerIds')}
        />
        {offre ? (
          <ListeChoix
            label="Statut"
            valeur={s.statut}
            onChange={(statut) => maj({ statut: statut ?? 'ouverte' })}
            options={STATUTS_OFFRE_SAISIS.map((c) => ({ valeur: c, libelle: STATUT_OFFRE_LIBELLES[c] }))}
            erreur={e('statut')}
          />
        ) : null}
        {offre?.statut === 'expiree' && s.statut === 'ouverte' ? (
          <Alert severity="info" sx={{ alignSelf: 'center' }}>
            Expirée le {dateFr(offre.expireLe)} : repoussez la date limite pour la rouvrir.
          </Alert>
        ) : null}
      </Box>
      <MessagesHorsChamps messages={messages.messages} champs={CHAMPS} />
    </DialogueFormulaire>
  );
}

/** The conseillers the offer is passed on to, several chosen in a list. */
function ChoixConseillers({
  valeur,
  options,
  onChange,
  erreur,
}: {
  valeur: number[];
  options: { id: number; nom: string }[];
  onChange: (ids: number[]) => void;
  erreur?: string | undefined;
}) {
  const nom = (id: number) => options.find((o) => o.id === id)?.nom ?? `n° ${id}`;
  return (
    <FormControl error={Boolean(erreur)} data-testid="offre-conseillers">
      <InputLabel id="libelle-conseillers-offre">Conseillers informés</InputLabel>
      <Select<number[]>
        labelId="libelle-conseillers-offre"
        label="Conseillers informés"
        multiple
        value={valeur}
        onChange={(ev) => {
          const v = ev.target.value;
          onChange(typeof v === 'string' ? v.split(',').map(Number) : v);
        }}
        renderValue={(ids) => (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
            {ids.map((id) => (
              <Chip key={id} size="small" label={nom(id)} />
            ))}
          </Box>
        )}
      >
        {options.map((o) => (
          <MenuItem key={o.id} value={o.id}>
            <Checkbox size="small" checked={valeur.includes(o.id)} />
            <ListItemText primary={o.nom} />
          </MenuItem>
        ))}
      </Select>
      <FormHelperText>{erreur ?? 'Ils la retrouvent avec le filtre « Transmises à moi »'}</FormHelperText>
    </FormControl>
  );
}
