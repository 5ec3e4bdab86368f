import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Box, FormControl, FormControlLabel, FormHelperText, FormLabel, Radio, RadioGroup } from '@mui/material';
import {
  MOTIF_NON_RETENU_FORMATION_LIBELLES,
  MOTIFS_NON_RETENU_FORMATION,
  SOUS_TYPES_SITUATION,
  STATUT_POSITIONNEMENT_LIBELLES,
  type ActionFormation,
  type Positionnement,
  type StatutPositionnement,
} from '../../../src-main/contract';
import { champErreur } from '../../api/client';
import { useAction } from '../../api/hooks';
import { aujourdhuiIso, dateFr } from '../../components/dates';
import { ListeChoix } from '../../components/formulaires';
import { useNotifier } from '../../components/Notifications';
import { DialogueFormulaire } from '../dossier/DialogueFormulaire';
import { ChampLibre, DateSaisie } from '../dossier/elements';
import { PuceStatutPositionnement, useFocusPremiereErreur } from './elements';
import {
  dateDerniereEtape,
  entreeStatut,
  manquesStatut,
  occupeUnePlace,
  saisieStatut,
  type SaisieStatut,
} from './logique';

/** What the new status does beyond the candidacy, said before it is saved. */
function consequence(
  statut: StatutPositionnement,
  p: Positionnement,
  action: Pick<ActionFormation, 'typeFormation' | 'intitule' | 'organismeNom' | 'placesRestantes' | 'debut' | 'fin'>,
  aujourdhui: string,
): { texte: string; gravite: 'info' | 'warning' } | null {
  const type = SOUS_TYPES_SITUATION.formation[action.typeFormation] ?? action.typeFormation;
  switch (statut) {
    case 'entre':
      if (aujourdhui < action.debut)
        return {
          texte: `L’action commence le ${dateFr(action.debut)} : l’entrée se note à partir de ce jour-là, le premier jour de présence du jeune.`,
          gravite: 'warning',
        };
      return {
        texte: `La situation « Formation · ${type} » (${action.intitule}, ${action.organismeNom}) sera créée dans le dossier de ${p.jeuneNom} à cette date, fin prévue le ${dateFr(action.fin)}.`,
        gravite: 'info',
      };
    case 'abandon':
    case 'termine':
      return p.situationId !== null
        ? { texte: `La situation de formation de ${p.jeuneNom} sera close à cette date.`, gravite: 'info' }
        : null;
    case 'retenu':
      return !occupeUnePlace(p.statut) && action.placesRestantes <= 0
        ? {
            texte: `Plus de place sur l’action : ${p.jeuneNom} sera retenu(e) au-delà des places prévues.`,
            gravite: 'warning',
          }
        : null;
    default:
      return null;
  }
}

/**
 * Moves a candidacy to one of its next statuses (chosen in the line's menu): the date (today by
 * default, not before the previous step nor in the future), the motif for « non retenu », whether
 * the certification was obtained for « terminé », a comment. Entering creates the jeune's
 * training situation; abandoning or ending closes it.
 */
export function DialogueStatut({
  positionnement: p,
  statut,
  action,
  onFermer,
}: {
  positionnement: Positionnement;
  statut: StatutPositionnement;
  action: Pick<
    ActionFormation,
    'typeFormation' | 'intitule' | 'organismeNom' | 'placesRestantes' | 'debut' | 'fin' | 'certification'
  >;
  onFermer: () => void;
}) {
  const notifier = useNotifier();
  const client = useQueryClient();
  const changer = useAction('positionnements.changerStatut');
  const [aujourdhui] = useState(aujourdhuiIso);
  const [s, setS] = useState<SaisieStatut>(() => saisieStatut(statut, aujourdhui));
  const [manques, setManques] = useState<Record<string, string>>({});
  const [refus, setRefus] = useState(0);
  useFocusPremiereErreur('dialogue-statut', refus);
  const [modifie, setModifie] = useState(false);
  const erreur = changer.error;
  const e = (champ: string) => manques[champ] ?? champErreur(erreur, champ);
  const maj = (patch: Partial<SaisieStatut>) => {
    setModifie(true);
    setManques((avant) => Object.fromEntries(Object.entries(avant).filter(([k]) => !(k in patch))));
    setS((avant) => ({ ...avant, ...patch }));
  };
  const apres = consequence(statut, p, action, aujourdhui);

  const envoyer = () => {
    const m = manquesStatut(s, p, aujourdhui);
    if (Object.keys(m).length > 0) {
      setManques(m);
      setRefus((n) => n + 1);
      return;
    }
    changer.mutate(entreeStatut(s, p), {
      onSuccess: (r) => {
        const phrases = [`${p.jeuneNom} : ${STATUT_POSITIONNEMENT_LIBELLES[statut].toLowerCase()} le ${s.date}.`];
        if (statut === 'entre' && r.situationId !== null)
          phrases.push('Situation de formation créée dans son dossier.');
        phrases.push(...r.avertissements);
        notifier(phrases.join(' '), r.avertissements.length > 0 ? 'warning' : 'success');
        onFermer();
      },
      onError: (err) => {
        setRefus((n) => n + 1);
        // Someone changed the candidacy meanwhile: it is read again (the next save uses the fresh version).
        if (err.code === 'conflit') void client.invalidateQueries({ queryKey: ['actions.lire'] });
      },
    });
  };

  const motifAutre = statut === 'non_retenu' && s.motifNonRetenu === 'autre';
  return (
    <DialogueFormulaire
      titre={`${STATUT_POSITIONNEMENT_LIBELLES[statut]} : ${p.jeuneNom}`}
      sousTitre={
        <>
          « {action.intitule} »
          <Box component="span" sx={{ display: 'flex', alignItems: 'center', gap: 0.75, mt: 0.5 }}>
            Statut actuel : <PuceStatutPositionnement statut={p.statut} /> depuis le {dateFr(dateDerniereEtape(p))}
          </Box>
        </>
      }
      enCours={changer.isPending}
      modifie={modifie}
      onFermer={onFermer}
      onEnvoyer={envoyer}
      libelleEnvoi="Enregistrer"
      erreur={erreur}
      testId="dialogue-statut"
    >
      {apres ? (
        <Alert severity={apres.gravite} sx={{ mb: 2 }} data-testid="consequence-statut">
          {apres.texte}
        </Alert>
      ) : null}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2, pt: 1 }}>
        <DateSaisie
          label="Date"
          required
          autoFocus
          valeur={s.date}
          onChange={(date) => maj({ date })}
          erreur={e('date')}
          aide="Le jour où c’est arrivé (pas de date future)"
          data-testid="date-statut"
        />
        {statut === 'non_retenu' ? (
          <Box data-testid="motif-statut">
            <ListeChoix
              label="Motif *"
              valeur={s.motifNonRetenu}
              onChange={(motifNonRetenu) => maj({ motifNonRetenu })}
              options={MOTIFS_NON_RETENU_FORMATION.map((c) => ({
                valeur: c,
                libelle: MOTIF_NON_RETENU_FORMATION_LIBELLES[c],
              }))}
              erreur={e('motifNonRetenu')}
              sx={{ width: '100%' }}
            />
          </Box>
        ) : (
          <Box />
        )}
        {statut === 'termine' ? (
          <FormControl
            component="fieldset"
            error={Boolean(e('certificationObtenue'))}
            sx={{ gridColumn: '1 / -1' }}
            data-testid="certification-statut"
          >
            <FormLabel component="legend" id="libelle-certification">
              {action.certification
                ? `Certification « ${action.certification} » obtenue ? *`
                : 'Certification obtenue ? *'}
            </FormLabel>
            <RadioGroup
              row
              aria-labelledby="libelle-certification"
              value={s.certificationObtenue === null ? '' : s.certificationObtenue ? 'oui' : 'non'}
              onChange={(ev) => maj({ certificationObtenue: ev.target.value === 'oui' })}
            >
              <FormControlLabel value="oui" control={<Radio />} label="Oui" />
              <FormControlLabel value="non" control={<Radio />} label="Non (ou sans certification)" />
            </RadioGroup>
            {e('certificationObtenue') ? <FormHelperText>{e('certificationObtenue')}</FormHelperText> : null}
          </FormControl>
        ) : null}
        <ChampLibre
          label={motifAutre ? 'Commentaire *' : 'Commentaire'}
          sx={{ gridColumn: '1 / -1' }}
          lignes={[2, 6]}
          valeur={s.commentaire}
          onChange={(commentaire) => maj({ commentaire })}
          erreur={e('commentaire')}
          aide={motifAutre ? 'Motif « autre » : précisez-le ici · Ctrl+Entrée enregistre' : 'Ctrl+Entrée enregistre'}
          slotProps={{ htmlInput: { 'data-testid': 'commentaire-statut' } }}
        />
      </Box>
    </DialogueFormulaire>
  );
}
