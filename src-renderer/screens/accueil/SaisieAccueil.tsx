import {
  Box,
  Chip,
  Dialog,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
  Typography,
} from '@mui/material';
import { Controller, useController, useForm, useFormState, useWatch, type Control } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import {
  CANAL_PHYSIQUE,
  contract,
  orientationSaisieSchema,
  REPONSE_ORIENTATION,
  REPONSE_RDV,
} from '../../../src-main/contract';
import { ChoixPartenaire } from '../../components/ChoixPartenaire';
import { useAction } from '../../api/hooks';
import { useReferentiels } from '../../api/donnees';
import { aujourdhuiIso, dateFr, heureMaintenant, masqueDate } from '../../components/dates';
import {
  ChampsRendezVous,
  ChampTexte,
  ChoixReferentiel,
  ChoixSite,
  dateSaisie,
  ErreurFormulaire,
  erreursServeur,
  formulaireRendezVous,
  PiedDialogue,
  ProgresDialogue,
  type SaisieRendezVous,
} from '../../components/formulaires';
import { useNotifier } from '../../components/Notifications';

const entree = contract['accueils.enregistrer'].input.shape;
const rendezVousSaisi = formulaireRendezVous('Choisissez le conseiller du rendez-vous.');
const MESSAGE_PARTENAIRE = 'Partenaire : choisissez-le dans l’annuaire (tapez une partie de son nom).';
/** The desk orients without transmitting anything: no diagnostic is made at the desk. */
const orientationAccueil = orientationSaisieSchema.omit({ transmissionDiagnostic: true });

/** The orientation as typed: the partner chosen in the directory (or none yet), the reason. */
interface SaisieOrientation {
  partenaireId: number | null;
  serviceId: number | null;
  motif: string;
}

/**
 * The contract's input as typed at the desk: date JJ/MM/AAAA and hour always shown, the partner
 * and the reason only for an orientation, the appointment only when one is taken.
 */
const formulaireAccueil = z
  .object({
    date: dateSaisie('Date'),
    heure: entree.heure.unwrap(),
    siteId: entree.siteId,
    canal: entree.canal,
    motifs: entree.motifs,
    reponse: entree.reponse,
    orientation: z.custom<SaisieOrientation>(),
    commentaire: entree.commentaire,
    rendezVous: z.custom<SaisieRendezVous>(),
  })
  .superRefine(
    // Runs even when other fields are wrong, so that every error shows at once.
    (v, ctx) => {
      if (v.reponse === REPONSE_ORIENTATION) {
        if (v.orientation.partenaireId === null) {
          ctx.addIssue({ code: 'custom', path: ['orientation', 'partenaireId'], message: MESSAGE_PARTENAIRE });
        }
        for (const i of orientationAccueil.safeParse(v.orientation).error?.issues ?? []) {
          if (i.path[0] === 'partenaireId') continue;
          ctx.addIssue({ code: 'custom', path: ['orientation', ...i.path], message: i.message });
        }
      }
      if (v.reponse === REPONSE_RDV) {
        for (const i of rendezVousSaisi.safeParse(v.rendezVous).error?.issues ?? []) {
          ctx.addIssue({ code: 'custom', path: ['rendezVous', ...i.path], message: i.message });
        }
      }
    },
    { when: () => true },
  )
  .transform((v) => ({
    ...v,
    orientation: v.reponse === REPONSE_ORIENTATION ? orientationAccueil.parse(v.orientation) : null,
    rendezVous: v.reponse === REPONSE_RDV ? { ...rendezVousSaisi.parse(v.rendezVous), siteId: v.siteId } : null,
  }));
type ValeursAccueil = z.input<typeof formulaireAccueil>;

export function SaisieAccueil({
  jeuneId,
  nomJeune,
  siteId,
  passageId,
  onFermer,
}: {
  jeuneId: number;
  nomJeune: string;
  siteId: number;
  passageId: number | null;
  onFermer: () => void;
}) {
  const notifier = useNotifier();
  const { valeurs } = useReferentiels();
  const enregistrer = useAction('accueils.enregistrer');
  const { control, handleSubmit, setError } = useForm<ValeursAccueil, unknown, z.output<typeof formulaireAccueil>>({
    resolver: zodResolver(formulaireAccueil),
    defaultValues: {
      date: dateFr(aujourdhuiIso()),
      heure: heureMaintenant(),
      siteId,
      canal: CANAL_PHYSIQUE,
      motifs: [],
      reponse: 'information',
      orientation: { partenaireId: null, serviceId: null, motif: '' },
      commentaire: '',
      rendezVous: { conseillerId: null, date: '', heure: '', dureeMinutes: '45' },
    },
  });
  const reponse = useWatch({ control, name: 'reponse' });
  const erreur = enregistrer.error;

  const envoyer = handleSubmit((saisie) => {
    enregistrer.mutate(
      { ...saisie, jeuneId, passageId },
      {
        onSuccess: (r) => {
          notifier(
            r.premierAccueil
              ? `Premier accueil enregistré pour ${nomJeune}.${r.rendezVousId ? ' Rendez-vous pris.' : ''}`
              : `Accueil enregistré.${r.rendezVousId ? ' Rendez-vous pris.' : ''}`,
          );
          onFermer();
        },
        onError: (e) => erreursServeur(e, setError),
      },
    );
  });

  return (
    <Dialog open onClose={onFermer} maxWidth="md" fullWidth aria-labelledby="titre-accueil">
      <form onSubmit={(e) => void envoyer(e)} noValidate>
        <DialogTitle id="titre-accueil">
          Enregistrer un accueil
          <Typography variant="body2" color="text.secondary">
            {nomJeune}
          </Typography>
        </DialogTitle>
        <ProgresDialogue enCours={enregistrer.isPending} />
        <DialogContent>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr 2fr 2fr' }, gap: 2, pt: 1 }}>
            <ChampTexte control={control} name="date" label="Date" autoFocus masque={masqueDate} aide="JJ/MM/AAAA" />
            <ChampTexte control={control} name="heure" label="Heure" aide="HH:MM" />
            <ChoixSite control={control} name="siteId" />
            <ChoixReferentiel control={control} name="canal" label="Canal" referentiel="canal_accueil" />
          </Box>

          <Controller
            control={control}
            name="motifs"
            render={({ field, fieldState }) => (
              <FormControl component="fieldset" sx={{ mt: 2.5, display: 'block' }} error={Boolean(fieldState.error)}>
                <FormLabel component="legend" sx={{ mb: 1 }}>
                  Motif(s) de la venue *
                </FormLabel>
                <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }} role="group" aria-label="Motifs">
                  {valeurs('motif_accueil').map((v, i) => {
                    const choisi = field.value.includes(v.code);
                    return (
                      <Chip
                        key={v.code}
                        ref={i === 0 ? field.ref : undefined}
                        label={v.libelle}
                        clickable
                        color={choisi ? 'primary' : 'default'}
                        variant={choisi ? 'filled' : 'outlined'}
                        aria-pressed={choisi}
                        onClick={() =>
                          field.onChange(choisi ? field.value.filter((x) => x !== v.code) : [...field.value, v.code])
                        }
                      />
                    );
                  })}
                </Stack>
                {fieldState.error ? <FormHelperText>{fieldState.error.message}</FormHelperText> : null}
              </FormControl>
            )}
          />

          <Controller
            control={control}
            name="reponse"
            render={({ field }) => (
              <FormControl component="fieldset" sx={{ mt: 2.5, display: 'block' }}>
                <FormLabel component="legend">Réponse apportée *</FormLabel>
                <RadioGroup row name={field.name} value={field.value} onChange={(e) => field.onChange(e.target.value)}>
                  {valeurs('reponse_accueil').map((v) => (
                    <FormControlLabel key={v.code} value={v.code} control={<Radio size="small" />} label={v.libelle} />
                  ))}
                </RadioGroup>
              </FormControl>
            )}
          />

          {reponse === REPONSE_ORIENTATION ? <ChampsOrientation control={control} /> : null}

          {reponse === REPONSE_RDV ? (
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '2fr 1fr 2fr' }, gap: 2, mt: 1.5 }}>
              <ChampsRendezVous
                control={control}
                prefixe="rendezVous."
                libelleDate="Date du rendez-vous"
                libelleHeure="Heure du rendez-vous"
              />
            </Box>
          ) : null}

          <ChampTexte
            control={control}
            name="commentaire"
            label="Commentaire"
            fullWidth
            multiline
            minRows={2}
            sx={{ mt: 2 }}
          />
          <ErreurFormulaire erreur={erreur} />
        </DialogContent>
        <PiedDialogue onAnnuler={onFermer} libelle="Enregistrer l'accueil" desactive={enregistrer.isPending} />
      </form>
    </Dialog>
  );
}

/** The partner (and service) chosen in the directory, and the reason of the orientation. */
function ChampsOrientation({
  control,
}: {
  control: Control<ValeursAccueil, unknown, z.output<typeof formulaireAccueil>>;
}) {
  const partenaire = useController({ control, name: 'orientation.partenaireId' });
  const service = useController({ control, name: 'orientation.serviceId' });
  // A refusal about the orientation as a whole (« choisissez le partenaire… ») shows under the partner.
  const { errors } = useFormState({ control, name: 'orientation' });
  return (
    <Box sx={{ display: 'grid', gap: 2, mt: 1.5 }} role="group" aria-label="Orientation">
      <ChoixPartenaire
        inputRef={partenaire.field.ref}
        valeur={{ partenaireId: partenaire.field.value, serviceId: service.field.value }}
        onChange={(v) => {
          partenaire.field.onChange(v.partenaireId);
          service.field.onChange(v.serviceId);
        }}
        erreur={partenaire.fieldState.error?.message ?? errors.orientation?.message}
        erreurService={service.fieldState.error?.message}
      />
      <ChampTexte
        control={control}
        name="orientation.motif"
        label="Motif de l’orientation"
        required
        fullWidth
        aide="Ce que le partenaire doit apporter au jeune"
      />
    </Box>
  );
}
