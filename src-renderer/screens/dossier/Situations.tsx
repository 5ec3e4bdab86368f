import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  IconButton,
  Link,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import {
  EMPLOI_DURABLE_MOIS,
  SOUS_TYPES_SITUATION,
  TYPE_SITUATION_LIBELLES,
  TYPES_SITUATION,
  type Positionnement,
  type SituationJeune,
  type TypeSituation,
} from '../../../src-main/contract';
import { champErreur, messageErreur } from '../../api/client';
import { useDroits } from '../../api/droits';
import { useAction, useRequete } from '../../api/hooks';
import { ConfirmationEnLigne, EnTeteTableau, Vide } from '../../components/communs';
import { aujourdhuiIso, dateFr } from '../../components/dates';
import { ChoixEntreprise } from '../../components/ChoixEntreprise';
import { ListeChoix } from '../../components/formulaires';
import { useNotifier } from '../../components/Notifications';
import { lienEntreprise } from '../entreprises/logique';
import { accepteEntreprise, lienMisesEnRelationJeune } from '../entreprises/logiqueOffres';
import { lienAction } from '../formation/logique';
import { DialogueFormulaire } from './DialogueFormulaire';
import { ChampLibre, DateSaisie } from './elements';
import { dateEnvoyee, dateOptionnelle, sousTypeGarde, sousTypes } from './logique';

/** The jeune's situations (emploi, alternance, formation…), the most recent first. */
export function Situations({ jeuneId }: { jeuneId: number }) {
  const { peut } = useDroits();
  const situations = useRequete('situations.duJeune', { jeuneId });
  const [dialogue, setDialogue] = useState<{ situation: SituationJeune | null } | null>(null);
  const enregistre = peut('situations.enregistrer');
  // A training situation created on entry names its action: the jeune's candidacies give its id.
  const issuesDeFormation = (situations.data ?? []).some((s) => s.positionnementId !== null);
  const positionnements = useRequete(
    'positionnements.duJeune',
    { jeuneId },
    { enabled: issuesDeFormation && peut('positionnements.duJeune') },
  );
  const actionDe = (positionnementId: number | null) =>
    positionnementId === null ? null : (positionnements.data?.find((p) => p.id === positionnementId) ?? null);

  if (situations.isLoading) return <Skeleton variant="rectangular" height={160} />;
  if (!situations.data) return <Alert severity="error">{messageErreur(situations.error)}</Alert>;
  const liste = situations.data;

  return (
    <Box>
      <Stack direction="row" sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
          « Emploi durable » : un CDI, ou un contrat de {EMPLOI_DURABLE_MOIS} mois et plus (emploi, alternance).
        </Typography>
        {enregistre ? (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setDialogue({ situation: null })}>
            Nouvelle situation
          </Button>
        ) : null}
      </Stack>
      {liste.length === 0 ? (
        <Vide>Aucune situation : emploi, alternance, formation, immersion, service civique…</Vide>
      ) : (
        <Table size="small" aria-label="Situations du jeune">
          <EnTeteTableau
            colonnes={['Situation', 'Employeur ou organisme', 'Début', 'Fin prévue', 'Fin réelle', '', '']}
          />
          <TableBody>
            {liste.map((s) => (
              <LigneSituation
                key={s.id}
                situation={s}
                positionnement={actionDe(s.positionnementId)}
                onModifier={enregistre ? () => setDialogue({ situation: s }) : null}
              />
            ))}
          </TableBody>
        </Table>
      )}
      {dialogue ? (
        <DialogueSituation jeuneId={jeuneId} situation={dialogue.situation} onFermer={() => setDialogue(null)} />
      ) : null}
    </Box>
  );
}

function LigneSituation({
  situation: s,
  positionnement,
  onModifier,
}: {
  situation: SituationJeune;
  /** The candidacy the situation came from (entry in training), once read. */
  positionnement: Pick<Positionnement, 'actionId' | 'actionIntitule'> | null;
  onModifier: (() => void) | null;
}) {
  const { peut } = useDroits();
  const notifier = useNotifier();
  const supprimer = useAction('situations.supprimer');
  const [confirmer, setConfirmer] = useState(false);
  const libelle = `${TYPE_SITUATION_LIBELLES[s.type]}${s.sousType ? ` · ${SOUS_TYPES_SITUATION[s.type][s.sousType] ?? s.sousType}` : ''}`;
  return (
    <TableRow data-testid="ligne-situation" sx={{ '& td': { verticalAlign: 'top' } }}>
      <TableCell>
        <Typography sx={{ fontWeight: 600 }}>{libelle}</Typography>
        {s.intitule ? (
          <Typography variant="body2" color="text.secondary">
            {s.intitule}
          </Typography>
        ) : null}
        {s.commentaire ? (
          <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'pre-wrap' }} component="div">
            {s.commentaire}
          </Typography>
        ) : null}
      </TableCell>
      <TableCell>
        <Employeur situation={s} positionnement={positionnement} />
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{dateFr(s.debut)}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{dateFr(s.finPrevue) || '—'}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{dateFr(s.finReelle) || '—'}</TableCell>
      <TableCell>
        <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', rowGap: 0.5 }}>
          {s.enCours ? <Chip size="small" color="primary" label="En cours" /> : null}
          {s.emploiDurable ? (
            <Chip size="small" color="success" label="Emploi durable" data-testid="emploi-durable" />
          ) : null}
          {s.dureeMois !== null && s.dureeMois > 0 ? (
            <Chip size="small" variant="outlined" label={`${s.dureeMois} mois`} />
          ) : null}
        </Stack>
      </TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
        {confirmer ? (
          <ConfirmationEnLigne
            enCours={supprimer.isPending}
            onNon={() => setConfirmer(false)}
            onOui={() =>
              supprimer.mutate(
                { id: s.id },
                {
                  onSuccess: () => notifier(`Situation « ${libelle} » supprimée.`),
                  onError: (e) => {
                    setConfirmer(false);
                    notifier(e.message, 'error');
                  },
                },
              )
            }
          />
        ) : (
          <>
            {onModifier ? (
              <Tooltip title="Modifier">
                <IconButton aria-label={`Modifier la situation ${libelle}`} onClick={onModifier}>
                  <EditIcon fontSize="small" />
                </IconButton>
              </Tooltip>
            ) : null}
            {peut('situations.supprimer') ? (
              <Tooltip title="Supprimer (saisie par erreur)">
                <IconButton aria-label={`Supprimer la situation ${libelle}`} onClick={() => setConfirmer(true)}>
                  <DeleteIcon fontSize="small" />
                </IconButton>
              </Tooltip>
            ) : null}
          </>
        )}
      </TableCell>
    </TableRow>
  );
}

/**
 * The employer or training body; a firm of the portfolio as a link to its page (with the name
 * typed on the situation when it differs), and the mise en relation or the training action it
 * came from.
 */
function Employeur({
  situation: s,
  positionnement,
}: {
  situation: SituationJeune;
  positionnement: Pick<Positionnement, 'actionId' | 'actionIntitule'> | null;
}) {
  return (
    <Box>
      {s.entrepriseId !== null ? (
        <Link href={lienEntreprise(s.entrepriseId)} data-testid="lien-employeur">
          {s.entrepriseNom ?? s.organisme}
        </Link>
      ) : (
        (s.organisme ?? '—')
      )}
      {s.entrepriseId !== null && s.organisme && s.organisme !== s.entrepriseNom ? (
        <Typography variant="body2" color="text.secondary">
          {s.organisme}
        </Typography>
      ) : null}
      {s.miseEnRelationId !== null ? (
        <Typography variant="caption" component="div" data-testid="issue-mise-en-relation">
          <Link href={lienMisesEnRelationJeune(s.jeuneId, s.miseEnRelationId)} color="text.secondary">
            issue d’une mise en relation
          </Link>
        </Typography>
      ) : null}
      {s.positionnementId !== null ? (
        <Typography variant="caption" component="div" data-testid="issue-action-formation">
          {positionnement ? (
            <Link href={lienAction(positionnement.actionId)} color="text.secondary">
              issue de l’action « {positionnement.actionIntitule} »
            </Link>
          ) : (
            'issue d’une action de formation'
          )}
        </Typography>
      ) : null}
    </Box>
  );
}

interface SaisieSituation {
  type: TypeSituation | null;
  sousType: string | null;
  /** The employer, a firm of the portfolio (emploi, alternance, immersion). */
  entreprise: { id: number; nom: string } | null;
  debut: string;
  finPrevue: string;
  finReelle: string;
  organisme: string;
  intitule: string;
  commentaire: string;
}

/** Records or corrects a situation; the subtypes offered follow the type. */
export function DialogueSituation({
  jeuneId,
  situation,
  onFermer,
}: {
  jeuneId: number;
  situation: SituationJeune | null;
  onFermer: () => void;
}) {
  const { peut } = useDroits();
  const notifier = useNotifier();
  const enregistrer = useAction('situations.enregistrer');
  const [s, setS] = useState<SaisieSituation>(() => ({
    type: situation?.type ?? null,
    sousType: situation?.sousType ?? null,
    entreprise:
      situation?.entrepriseId != null
        ? { id: situation.entrepriseId, nom: situation.entrepriseNom ?? situation.organisme ?? '' }
        : null,
    debut: dateFr(situation?.debut ?? aujourdhuiIso()),
    finPrevue: dateFr(situation?.finPrevue),
    finReelle: dateFr(situation?.finReelle),
    organisme: situation?.organisme ?? '',
    intitule: situation?.intitule ?? '',
    commentaire: situation?.commentaire ?? '',
  }));
  const [modifie, setModifie] = useState(false);
  const [manque, setManque] = useState<string>();
  const erreur = enregistrer.error;
  const e = (champ: string) => champErreur(erreur, champ);
  const maj = (p: Partial<SaisieSituation>) => {
    setModifie(true);
    setS((avant) => {
      const suivant = { ...avant, ...p };
      return {
        ...suivant,
        sousType: sousTypeGarde(suivant.type, suivant.sousType),
        // Only a job, an alternance or an immersion is at a firm of the portfolio.
        entreprise: accepteEntreprise(suivant.type) ? suivant.entreprise : null,
      };
    });
  };
  const offerts = sousTypes(s.type);
  const choixEntreprise = accepteEntreprise(s.type) && peut('entreprises.rechercher');

  return (
    <DialogueFormulaire
      titre={situation ? 'Modifier la situation' : 'Nouvelle situation'}
      enCours={enregistrer.isPending}
      modifie={modifie}
      onFermer={onFermer}
      onEnvoyer={() => {
        if (s.type === null) {
          setManque('Choisissez le type de situation.');
          return;
        }
        enregistrer.mutate(
          {
            jeuneId,
            id: situation?.id ?? null,
            type: s.type,
            sousType: s.sousType,
            debut: dateEnvoyee(s.debut),
            finPrevue: dateOptionnelle(s.finPrevue),
            finReelle: dateOptionnelle(s.finReelle),
            organisme: s.organisme,
            entrepriseId: s.entreprise?.id ?? null,
            intitule: s.intitule,
            commentaire: s.commentaire,
          },
          {
            onSuccess: (r) => {
              notifier(
                [
                  r.emploiDurable ? 'Situation enregistrée : emploi durable.' : 'Situation enregistrée.',
                  ...r.avertissements,
                ].join(' '),
                r.avertissements.length > 0 ? 'warning' : 'success',
              );
              onFermer();
            },
          },
        );
      }}
      libelleEnvoi="Enregistrer"
      erreur={erreur}
      testId="dialogue-situation"
    >
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2, pt: 1 }}>
        <ListeChoix
          label="Type *"
          valeur={s.type}
          onChange={(type) => {
            setManque(undefined);
            maj({ type });
          }}
          options={TYPES_SITUATION.map((t) => ({ valeur: t, libelle: TYPE_SITUATION_LIBELLES[t] }))}
          erreur={manque ?? e('type')}
        />
        <ListeChoix
          label="Sous-type"
          valeur={s.sousType}
          onChange={(sousType) => maj({ sousType })}
          options={offerts}
          vide={offerts.length > 0 ? 'Non précisé' : 'Sans sous-type'}
          erreur={e('sousType')}
          disabled={offerts.length === 0}
        />
        <DateSaisie label="Début" required valeur={s.debut} onChange={(debut) => maj({ debut })} erreur={e('debut')} />
        <Box />
        <DateSaisie
          label="Fin prévue"
          valeur={s.finPrevue}
          onChange={(finPrevue) => maj({ finPrevue })}
          erreur={e('finPrevue')}
          aide="Vide : sans terme (CDI…)"
        />
        <DateSaisie
          label="Fin réelle"
          valeur={s.finReelle}
          onChange={(finReelle) => maj({ finReelle })}
          erreur={e('finReelle')}
          aide="Vide : en cours"
        />
        {choixEntreprise ? (
          <Box sx={{ gridColumn: '1 / -1' }}>
            <ChoixEntreprise
              label="Employeur (entreprise du portefeuille)"
              valeur={s.entreprise}
              onChange={(entreprise) => maj({ entreprise })}
              erreur={e('entrepriseId')}
              aide="Facultatif : l’entreprise du portefeuille qui emploie ou accueille le jeune"
              testId="situation-entreprise"
            />
          </Box>
        ) : null}
        <ChampLibre
          label="Employeur ou organisme"
          valeur={s.organisme}
          onChange={(v) => maj({ organisme: v })}
          erreur={e('organisme')}
          aide={s.entreprise ? `Vide : « ${s.entreprise.nom} »` : undefined}
        />
        <ChampLibre
          label="Poste ou intitulé"
          valeur={s.intitule}
          onChange={(v) => maj({ intitule: v })}
          erreur={e('intitule')}
        />
        <ChampLibre
          label="Commentaire"
          sx={{ gridColumn: '1 / -1' }}
          lignes={[2, 6]}
          valeur={s.commentaire}
          onChange={(v) => maj({ commentaire: v })}
          erreur={e('commentaire')}
        />
      </Box>
    </DialogueFormulaire>
  );
}
