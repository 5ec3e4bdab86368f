import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Box,
  Button,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  Typography,
} from '@mui/material';
import {
  ISSUE_MISE_EN_RELATION_LIBELLES,
  MOTIF_NON_RETENU_LIBELLES,
  MOTIFS_NON_RETENU,
  SITUATION_DU_CONTRAT,
  TYPE_SITUATION_LIBELLES,
  type IssueMiseEnRelation,
  type MiseEnRelation,
} from '../../../src-main/contract';
import { champErreur, messageErreur } from '../../api/client';
import { useDroits } from '../../api/droits';
import { useAction, useRequete } from '../../api/hooks';
import { aujourdhuiIso, dateFr } from '../../components/dates';
import { ListeChoix } from '../../components/formulaires';
import { DialogueFormulaire } from '../dossier/DialogueFormulaire';
import { ChampLibre, DateSaisie } from '../dossier/elements';
import {
  apresIssue,
  debutAffiche,
  entreeIssue,
  ISSUES_PROPOSEES,
  libelleSituation,
  libelleSituationDuContrat,
  manquesIssue,
  saisieIssue,
  situationsLiables,
  type ApresIssue,
  type SaisieIssue,
} from './logiqueOffres';

/**
 * The outcome of a match: retenu (the jeune's situation at the firm is created, or an existing one
 * linked), non retenu (a motif; « autre » is explained in the comment), désistement, or back to
 * « en attente ». Noted by someone else meanwhile: what is typed stays, their version is shown,
 * and saving again replaces it knowingly. `onFermer` receives what to tell once saved.
 */
export function DialogueIssue({
  miseEnRelation: m,
  onFermer,
}: {
  miseEnRelation: MiseEnRelation;
  onFermer: (apres?: ApresIssue) => void;
}) {
  const { peut } = useDroits();
  const client = useQueryClient();
  const enregistrer = useAction('misesEnRelation.enregistrerIssue');
  const [s, setS] = useState<SaisieIssue>(() => saisieIssue(m, aujourdhuiIso()));
  // The version this screen answers; moved to the latest once the person chose to replace it.
  const [modifieLeLu, setModifieLeLu] = useState(m.modifieLe);
  const [modifie, setModifie] = useState(false);
  const [manques, setManques] = useState<Record<string, string>>({});
  const retenu = s.issue === 'retenu';
  // Already retained with a situation: it stays as it is (changing the outcome removes or unlinks it).
  const dejaPlace = m.issue === 'retenu' && m.situationId !== null;
  const situations = useRequete(
    'situations.duJeune',
    { jeuneId: m.jeuneId },
    { enabled: retenu && !dejaPlace && peut('situations.duJeune') },
  );
  const liables = situationsLiables(situations.data ?? [], m);
  const erreur = enregistrer.error;
  const enConflit = erreur?.code === 'conflit';
  const versionAutre = m.modifieLe !== modifieLeLu;
  const e = (champ: string) => manques[champ] ?? champErreur(erreur, champ);
  const maj = (p: Partial<SaisieIssue>) => {
    setModifie(true);
    setManques((avant) => Object.fromEntries(Object.entries(avant).filter(([k]) => !(k in p))));
    setS((avant) => ({ ...avant, ...p }));
  };

  const envoyer = (version: string) => {
    const manque = manquesIssue(s);
    if (Object.keys(manque).length > 0 || s.issue === null) {
      setManques(manque);
      return;
    }
    const saisie = { ...s, issue: s.issue, ...(dejaPlace ? { lier: false, debutContrat: null } : {}) };
    const entree = entreeIssue(saisie, { id: m.id, modifieLe: version });
    enregistrer.mutate(entree, {
      onSuccess: (r) => onFermer(apresIssue(m, { issue: saisie.issue, situationId: entree.situationId ?? null }, r)),
      onError: (err) => {
        // The other version is read again and shown; nothing typed here is lost.
        if (err.code === 'conflit') {
          void client.invalidateQueries({ queryKey: ['offres.lire'] });
          void client.invalidateQueries({ queryKey: ['misesEnRelation.duJeune'] });
        }
      },
    });
  };

  return (
    <DialogueFormulaire
      titre="Issue de la mise en relation"
      sousTitre={`${m.jeuneNom} · « ${m.offreIntitule} » chez ${m.entrepriseNom} · proposé le ${dateFr(m.date)}`}
      enCours={enregistrer.isPending}
      modifie={modifie}
      onFermer={() => onFermer()}
      onEnvoyer={() => envoyer(modifieLeLu)}
      libelleEnvoi="Enregistrer l’issue"
      erreur={enConflit ? null : erreur}
      testId="dialogue-issue"
    >
      {enConflit && versionAutre ? (
        <Alert
          severity="warning"
          sx={{ mb: 2 }}
          data-testid="conflit-issue"
          action={
            <Button
              color="inherit"
              onClick={() => {
                setModifieLeLu(m.modifieLe);
                envoyer(m.modifieLe);
              }}
            >
              Remplacer par ma saisie
            </Button>
          }
        >
          Quelqu’un a noté une issue entre-temps : {ISSUE_MISE_EN_RELATION_LIBELLES[m.issue]}
          {m.issueLe && m.issue !== 'en_attente' ? ` le ${dateFr(m.issueLe)}` : ''}
          {m.motifNonRetenu ? ` (${MOTIF_NON_RETENU_LIBELLES[m.motifNonRetenu]})` : ''}
          {m.commentaire ? `, commentaire : « ${m.commentaire} »` : ''}. Votre saisie est gardée ci-dessous.
        </Alert>
      ) : enConflit ? (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {erreur.message} Lecture de la version à jour…
        </Alert>
      ) : null}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2, pt: 1 }}>
        <FormControl component="fieldset" error={Boolean(e('issue'))} sx={{ gridColumn: '1 / -1' }}>
          <FormLabel component="legend" id="libelle-issue">
            Issue *
          </FormLabel>
          <RadioGroup
            row
            aria-labelledby="libelle-issue"
            value={s.issue ?? ''}
            onChange={(ev) => maj({ issue: ev.target.value as IssueMiseEnRelation })}
            data-testid="choix-issue"
          >
            {ISSUES_PROPOSEES.map((i, rang) => (
              <FormControlLabel
                key={i}
                value={i}
                control={<Radio autoFocus={s.issue === null ? rang === 0 : s.issue === i} />}
                label={ISSUE_MISE_EN_RELATION_LIBELLES[i]}
              />
            ))}
          </RadioGroup>
          {e('issue') ? <FormHelperText>{e('issue')}</FormHelperText> : null}
        </FormControl>

        {s.issue !== 'en_attente' ? (
          <DateSaisie
            label="Date de l’issue"
            required
            valeur={s.issueLe}
            onChange={(issueLe) => maj({ issueLe })}
            erreur={e('issueLe')}
            aide="Le jour de la réponse de l’employeur ou du jeune"
            data-testid="date-issue"
          />
        ) : null}
        {s.issue === 'non_retenu' ? (
          <Box data-testid="motif-issue">
            <ListeChoix
              label="Motif *"
              valeur={s.motifNonRetenu}
              onChange={(motifNonRetenu) => maj({ motifNonRetenu })}
              options={MOTIFS_NON_RETENU.map((c) => ({ valeur: c, libelle: MOTIF_NON_RETENU_LIBELLES[c] }))}
              erreur={e('motifNonRetenu')}
              sx={{ width: '100%' }}
            />
          </Box>
        ) : s.issue !== 'en_attente' ? (
          <Box />
        ) : null}

        {retenu && dejaPlace ? (
          <Alert severity="info" sx={{ gridColumn: '1 / -1' }}>
            Déjà retenu : sa situation chez {m.entrepriseNom} est dans son dossier (onglet Situations), où ses dates se
            corrigent.
          </Alert>
        ) : null}
        {retenu && !dejaPlace ? (
          <ChoixSituation
            m={m}
            s={s}
            maj={maj}
            liables={liables}
            chargement={situations.isLoading}
            erreurLecture={situations.error ? messageErreur(situations.error) : null}
            e={e}
          />
        ) : null}
        {m.issue === 'retenu' && s.issue !== null && s.issue !== 'retenu' && m.situationId !== null ? (
          <Alert severity="warning" sx={{ gridColumn: '1 / -1' }} data-testid="avertissement-situation">
            La situation créée par cette mise en relation sera supprimée du dossier de {m.jeuneNom} (une situation qui
            existait déjà sera seulement détachée de l’entreprise).
          </Alert>
        ) : null}

        <ChampLibre
          label={s.motifNonRetenu === 'autre' && s.issue === 'non_retenu' ? 'Commentaire *' : 'Commentaire'}
          sx={{ gridColumn: '1 / -1' }}
          lignes={[2, 6]}
          valeur={s.commentaire}
          onChange={(commentaire) => maj({ commentaire })}
          erreur={e('commentaire')}
          aide={
            s.motifNonRetenu === 'autre' && s.issue === 'non_retenu'
              ? 'Motif « autre » : précisez-le ici · Ctrl+Entrée enregistre'
              : 'Ce que l’employeur ou le jeune a dit · Ctrl+Entrée enregistre'
          }
          slotProps={{ htmlInput: { 'data-testid': 'commentaire-issue' } }}
        />
      </Box>
    </DialogueFormulaire>
  );
}

/**
 * Retained: create the jeune's situation at the firm (from the contract's first day), or link one
 * already in the file (of the type the contract leads to).
 */
function ChoixSituation({
  m,
  s,
  maj,
  liables,
  chargement,
  erreurLecture,
  e,
}: {
  m: MiseEnRelation;
  s: SaisieIssue;
  maj: (p: Partial<SaisieIssue>) => void;
  liables: ReturnType<typeof situationsLiables>;
  chargement: boolean;
  erreurLecture: string | null;
  e: (champ: string) => string | undefined;
}) {
  const situation = libelleSituationDuContrat(m.typeContrat);
  return (
    <>
      <FormControl component="fieldset" sx={{ gridColumn: '1 / -1' }}>
        <FormLabel component="legend" id="libelle-situation-issue">
          Situation dans le dossier du jeune
        </FormLabel>
        <RadioGroup
          aria-labelledby="libelle-situation-issue"
          value={s.lier ? 'lier' : 'creer'}
          onChange={(ev) => maj({ lier: ev.target.value === 'lier' })}
        >
          <FormControlLabel
            value="creer"
            control={<Radio />}
            label={`Créer la situation « ${situation} » chez ${m.entrepriseNom}`}
          />
          <FormControlLabel
            value="lier"
            control={<Radio />}
            disabled={liables.length === 0}
            data-testid="lier-situation"
            label={
              chargement
                ? 'Lier une situation existante (lecture du dossier…)'
                : liables.length === 0
                  ? `Lier une situation existante (aucune situation « ${TYPE_SITUATION_LIBELLES[SITUATION_DU_CONTRAT[m.typeContrat].type]} » à lier dans le dossier)`
                  : 'Lier une situation existante, déjà saisie dans le dossier'
            }
          />
        </RadioGroup>
        {erreurLecture ? <FormHelperText error>{erreurLecture}</FormHelperText> : null}
      </FormControl>
      {s.lier ? (
        <Box sx={{ gridColumn: '1 / -1' }} data-testid="situation-a-lier">
          <ListeChoix
            label="Situation à lier *"
            valeur={s.situationId}
            onChange={(situationId) => maj({ situationId })}
            options={liables.map((x) => ({ valeur: x.id, libelle: libelleSituation(x) }))}
            erreur={e('situationId')}
            sx={{ width: '100%' }}
          />
          {e('situationId') ? null : (
            <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5, ml: 1.5 }}>
              Elle nommera {m.entrepriseNom} comme employeur ; ses dates restent celles saisies.
            </Typography>
          )}
        </Box>
      ) : (
        <DateSaisie
          label="Début du contrat"
          valeur={debutAffiche(s)}
          onChange={(debutContrat) => maj({ debutContrat })}
          erreur={e('debutContrat')}
          aide="Le jour de l’issue, sauf si vous le changez"
          data-testid="debut-contrat"
        />
      )}
    </>
  );
}
