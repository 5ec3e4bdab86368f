import { useState } from 'react';
import {
  Box,
  Checkbox,
  Chip,
  FormControl,
  FormControlLabel,
  FormHelperText,
  InputLabel,
  ListItemText,
  MenuItem,
  Select,
  Switch,
} from '@mui/material';
import {
  FRAIS,
  FRAIS_LIBELLES,
  MOBILISABLE_PAR,
  MOBILISABLE_PAR_LIBELLES,
  MODE_ACCUEIL_LIBELLES,
  MODE_MOBILISATION_LIBELLES,
  MODES_ACCUEIL,
  MODES_MOBILISATION,
  PUBLICS,
  PUBLICS_DI,
  serviceSaisieSchema,
  TYPE_SERVICE_LIBELLES,
  TYPES_SERVICE,
  type PublicDi,
  type ServicePartenaire,
} from '../../../src-main/contract';
import { useAction } from '../../api/hooks';
import { ChoixThematiques } from '../../components/ChoixThematiques';
import { ListeChoix } from '../../components/formulaires';
import { useNotifier } from '../../components/Notifications';
import { DialogueFormulaire } from '../dossier/DialogueFormulaire';
import { ChoixZone } from './ChoixCommune';
import { CasesACocher, champsTexte, MessagesHorsChamps, TitreSection, useMessages } from './elements';
import { champsModifies, saisieService, type SaisieService } from './logique';

const TEST_ID = 'dialogue-service';
const CHAMPS = Object.keys(saisieService());

/** Several publics chosen in a list, shown as chips. */
function ChoixPublics({
  valeur,
  onChange,
  erreur,
}: {
  valeur: readonly PublicDi[];
  onChange: (p: PublicDi[]) => void;
  erreur?: string | undefined;
}) {
  return (
    <FormControl error={Boolean(erreur)}>
      <InputLabel id="service-publics">Publics</InputLabel>
      <Select<PublicDi[]>
        labelId="service-publics"
        label="Publics"
        multiple
        value={[...valeur]}
        onChange={(e) => {
          const v = e.target.value;
          const choisis = (typeof v === 'string' ? v.split(',') : v) as PublicDi[];
          onChange(PUBLICS.filter((p) => choisis.includes(p)));
        }}
        renderValue={(choisis) => (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
            {choisis.map((p) => (
              <Chip key={p} size="small" label={PUBLICS_DI[p]} />
            ))}
          </Box>
        )}
      >
        {PUBLICS.map((p) => (
          <MenuItem key={p} value={p}>
            <Checkbox size="small" checked={valeur.includes(p)} />
            <ListItemText primary={PUBLICS_DI[p]} />
          </MenuItem>
        ))}
      </Select>
      <FormHelperText>{erreur ?? 'Vide : tous publics'}</FormHelperText>
    </FormControl>
  );
}

/**
 * Adds or changes a service of a partner, with every field of the data·inclusion service: what it
 * is, for whom, where, how to reach it. An empty eligibility zone means the partner's commune.
 */
export function DialogueService({
  partenaireId,
  service,
  onFermer,
}: {
  partenaireId: number;
  service: ServicePartenaire | null;
  onFermer: () => void;
}) {
  const notifier = useNotifier();
  const enregistrer = useAction('services.enregistrer');
  const [base] = useState(() => saisieService(service));
  const [s, setS] = useState<SaisieService>(base);
  const messages = useMessages(TEST_ID);

  const maj = (p: Partial<SaisieService>) => {
    setS((avant) => ({ ...avant, ...p }));
    messages.oublier(Object.keys(p));
  };

  const envoyer = () => {
    // Checked here with the contract, so that every field shows its message at once.
    const verifie = serviceSaisieSchema.safeParse(s);
    if (!verifie.success) {
      messages.refusDeLaPage(verifie.error);
      return;
    }
    enregistrer.mutate(
      { partenaireId, id: service?.id ?? null, service: verifie.data },
      {
        onSuccess: () => {
          notifier(`Service « ${verifie.data.nom} » enregistré.`);
          onFermer();
        },
        onError: (err) => messages.refusDuServeur(err, 'service'),
      },
    );
  };

  const e = (champ: keyof SaisieService) => messages.de(champ);
  const texte = champsTexte(s, maj, messages.de);
  const pleineLargeur = { gridColumn: '1 / -1' };

  return (
    <DialogueFormulaire
      titre={service ? `Modifier le service « ${service.nom} »` : 'Nouveau service'}
      enCours={enregistrer.isPending}
      modifie={champsModifies(base, s).length > 0}
      onFermer={onFermer}
      onEnvoyer={envoyer}
      libelleEnvoi={service ? 'Enregistrer' : 'Ajouter le service'}
      erreur={enregistrer.error}
      maxWidth="md"
      testId={TEST_ID}
    >
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2, pt: 1 }}>
        <TitreSection>Le service</TitreSection>
        {texte('nom', 'Nom du service', { required: true, autoFocus: true, sx: pleineLargeur })}
        <ListeChoix
          label="Type de service"
          valeur={s.type}
          onChange={(type) => maj({ type })}
          options={TYPES_SERVICE.map((t) => ({ valeur: t, libelle: TYPE_SERVICE_LIBELLES[t] }))}
          vide="Non précisé"
          erreur={e('type')}
        />
        {service ? (
          <FormControlLabel
            control={<Switch checked={s.actif} onChange={(ev) => maj({ actif: ev.target.checked })} />}
            label={s.actif ? 'Actif' : 'Inactif : plus proposé aux orientations'}
          />
        ) : (
          <Box />
        )}
        {texte('description', 'Description', { lignes: [2, 6], sx: pleineLargeur })}
        <ChoixThematiques
          libelle="Thématiques"
          valeur={s.thematiques}
          onChange={(thematiques) => maj({ thematiques })}
          erreur={e('thematiques')}
          aide="Ce qu'un conseiller cherchera : « logement », « permis », « santé »…"
          sx={pleineLargeur}
        />

        <TitreSection>Pour qui</TitreSection>
        <ChoixPublics valeur={s.publics} onChange={(publics) => maj({ publics })} erreur={e('publics')} />
        {texte('publicsPrecisions', 'Précisions sur les publics', { placeholder: 'ex. 16-25 ans, mineurs acceptés' })}
        {texte('conditionsAcces', "Conditions d'accès", { lignes: [2, 5], sx: pleineLargeur })}
        <ListeChoix
          label="Frais"
          valeur={s.frais}
          onChange={(frais) => maj({ frais })}
          options={FRAIS.map((f) => ({ valeur: f, libelle: FRAIS_LIBELLES[f] }))}
          vide="Non précisé"
          erreur={e('frais')}
        />
        {texte('fraisPrecisions', 'Précisions sur les frais')}

        <TitreSection>Où</TitreSection>
        <Box sx={pleineLargeur}>
          <ChoixZone
            valeur={s.zoneEligibilite}
            onChange={(zoneEligibilite) => maj({ zoneEligibilite })}
            erreur={e('zoneEligibilite')}
          />
        </Box>
        <CasesACocher
          libelle="Modes d'accueil"
          codes={MODES_ACCUEIL}
          libelles={MODE_ACCUEIL_LIBELLES}
          valeur={s.modesAccueil}
          onChange={(modesAccueil) => maj({ modesAccueil })}
          erreur={e('modesAccueil')}
        />
        {texte('horaires', "Horaires d'accueil", { placeholder: 'ex. mardi 14h-17h' })}

        <TitreSection>Comment le mobiliser</TitreSection>
        <CasesACocher
          libelle="Mobilisable par"
          codes={MOBILISABLE_PAR}
          libelles={MOBILISABLE_PAR_LIBELLES}
          valeur={s.mobilisablePar}
          onChange={(mobilisablePar) => maj({ mobilisablePar })}
          erreur={e('mobilisablePar')}
        />
        <CasesACocher
          libelle="Modes de mobilisation"
          codes={MODES_MOBILISATION}
          libelles={MODE_MOBILISATION_LIBELLES}
          valeur={s.modesMobilisation}
          onChange={(modesMobilisation) => maj({ modesMobilisation })}
          erreur={e('modesMobilisation')}
        />
        {texte('mobilisationPrecisions', 'Comment mobiliser le service', { lignes: [2, 5], sx: pleineLargeur })}
        {texte('lienMobilisation', 'Lien de mobilisation', { placeholder: 'https://', sx: pleineLargeur })}

        <TitreSection>Contact du service</TitreSection>
        {texte('contactNom', 'Nom du contact')}
        {texte('telephone', 'Téléphone')}
        {texte('email', 'E-mail')}
      </Box>
      <MessagesHorsChamps messages={messages.messages} champs={CHAMPS} />
    </DialogueFormulaire>
  );
}
