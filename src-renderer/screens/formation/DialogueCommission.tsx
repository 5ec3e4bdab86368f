import { useState } from 'react';
import { Alert, Box, FormControlLabel, Paper, Radio, RadioGroup, Stack, Typography } from '@mui/material';
import {
  MOTIF_NON_RETENU_FORMATION_LIBELLES,
  MOTIFS_NON_RETENU_FORMATION,
  type ActionFormation,
  type DecisionCommission,
} from '../../../src-main/contract';
import { useAction } from '../../api/hooks';
import { Vide } from '../../components/communs';
import { aujourdhuiIso } from '../../components/dates';
import { ListeChoix } from '../../components/formulaires';
import { useNotifier } from '../../components/Notifications';
import { DialogueFormulaire } from '../dossier/DialogueFormulaire';
import { ChampLibre, DateSaisie } from '../dossier/elements';
import { PuceStatutPositionnement, useFocusPremiereErreur } from './elements';
import {
  candidaturesExaminables,
  entreeCommission,
  manquesCommission,
  messagesCommission,
  resumeDecisions,
  saisieCommission,
  type ChoixDecision,
  type DecisionSaisie,
  type SaisieCommission,
} from './logique';

const NON_EXAMINE: DecisionSaisie = { choix: 'non_examine', motifNonRetenu: null, commentaire: '' };

const CHOIX: { valeur: ChoixDecision; libelle: string }[] = [
  { valeur: 'retenu', libelle: 'Retenu' },
  { valeur: 'non_retenu', libelle: 'Non retenu' },
  { valeur: 'ajourne', libelle: 'Ajourné' },
  { valeur: 'non_examine', libelle: 'Non examiné' },
];

/**
 * Holds an entry commission: its date, participants and note, and a decision for each candidacy
 * still undecided (retained, not retained with the motif, postponed, or not examined this time).
 * Every decision is written or none; the minutes are printed from the action's page.
 */
export function DialogueCommission({
  action,
  onFermer,
}: {
  action: Pick<ActionFormation, 'id' | 'intitule' | 'organismeNom' | 'positionnementsListe' | 'placesRestantes'>;
  onFermer: () => void;
}) {
  const notifier = useNotifier();
  const enregistrer = useAction('commissions.enregistrer');
  const [aujourdhui] = useState(aujourdhuiIso);
  const candidatures = candidaturesExaminables(action.positionnementsListe);
  const ordre = candidatures.map((p) => p.id);
  const [s, setS] = useState<SaisieCommission>(() => saisieCommission(action.positionnementsListe, aujourdhui));
  const [messages, setMessages] = useState<Record<string, string>>({});
  const [refus, setRefus] = useState(0);
  useFocusPremiereErreur('dialogue-commission', refus);
  const [modifie, setModifie] = useState(false);
  const oublier = (champs: string[]) =>
    setMessages((m) =>
      Object.fromEntries(Object.entries(m).filter(([k]) => !champs.some((c) => k === c || k.startsWith(`${c}.`)))),
    );
  const maj = (patch: Partial<SaisieCommission>) => {
    setModifie(true);
    oublier([...Object.keys(patch), 'decisions']);
    setS((avant) => ({ ...avant, ...patch }));
  };
  const majDecision = (id: number, patch: Partial<DecisionSaisie>) => {
    setModifie(true);
    oublier([`decision.${id}`, 'decisions']);
    setS((avant) => ({
      ...avant,
      decisions: { ...avant.decisions, [id]: { ...(avant.decisions[id] ?? NON_EXAMINE), ...patch } },
    }));
  };

  const envoyer = () => {
    const manques = manquesCommission(s, action.id, ordre);
    if (Object.keys(manques).length > 0) {
      setMessages(manques);
      setRefus((n) => n + 1);
      return;
    }
    const entree = entreeCommission(s, action.id, ordre);
    enregistrer.mutate(entree, {
      onSuccess: () => {
        notifier(`Commission du ${s.date} enregistrée : ${resumeDecisions(entree.decisions)}.`);
        onFermer();
      },
      onError: (err) => {
        setMessages(messagesCommission(err.champs, entree));
        setRefus((n) => n + 1);
      },
    });
  };

  const examinees = ordre.flatMap((id) => {
    const d = s.decisions[id];
    return d && d.choix !== 'non_examine' ? [{ decision: d.choix as DecisionCommission }] : [];
  });
  const retenus = examinees.filter((d) => d.decision === 'retenu').length;
  const enTrop = retenus - Math.max(action.placesRestantes, 0);

  return (
    <DialogueFormulaire
      titre="Tenir une commission d’entrée"
      sousTitre={`« ${action.intitule} » · ${action.organismeNom}`}
      enCours={enregistrer.isPending}
      modifie={modifie}
      onFermer={onFermer}
      onEnvoyer={envoyer}
      libelleEnvoi="Enregistrer la commission"
      erreur={enregistrer.error}
      maxWidth="md"
      testId="dialogue-commission"
    >
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 2fr' }, gap: 2, pt: 1 }}>
        <DateSaisie
          label="Date de la commission"
          required
          autoFocus
          valeur={s.date}
          onChange={(date) => maj({ date })}
          erreur={messages.date}
          data-testid="date-commission"
        />
        <ChampLibre
          label="Participants"
          lignes={[1, 4]}
          valeur={s.participants}
          onChange={(participants) => maj({ participants })}
          erreur={messages.participants}
          aide="Organisme, Mission Locale, financeur…"
          slotProps={{ htmlInput: { 'data-testid': 'participants-commission' } }}
        />
      </Box>

      <Stack direction="row" sx={{ alignItems: 'baseline', mt: 2.5, mb: 1, gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="subtitle2" component="h3">
          Candidatures examinées
        </Typography>
        <Typography variant="body2" color="text.secondary" data-testid="resume-commission">
          {examinees.length === 0 ? 'aucune décision pour l’instant' : resumeDecisions(examinees)}
        </Typography>
      </Stack>
      {messages.decisions ? (
        <Alert severity="error" sx={{ mb: 1 }}>
          {messages.decisions}
        </Alert>
      ) : null}
      {enTrop > 0 ? (
        <Alert severity="warning" sx={{ mb: 1 }} data-testid="commission-places">
          {retenus} retenu{retenus > 1 ? 's' : ''} pour {Math.max(action.placesRestantes, 0)} place
          {action.placesRestantes > 1 ? 's' : ''} restante{action.placesRestantes > 1 ? 's' : ''} : l’action sera
          remplie au-delà de ses places.
        </Alert>
      ) : null}
      {candidatures.length === 0 ? (
        <Vide>Aucune candidature en attente de décision sur cette action.</Vide>
      ) : (
        <Stack spacing={1} role="list" aria-label="Candidatures en attente de décision">
          {candidatures.map((p) => {
            // A candidacy positioned while the dialog is open starts « non examiné ».
            const d = s.decisions[p.id] ?? NON_EXAMINE;
            const cle = `decision.${p.id}`;
            return (
              <Paper
                key={p.id}
                variant="outlined"
                role="listitem"
                sx={{ p: 1.5, borderColor: messages[`${cle}.motifNonRetenu`] ? 'error.main' : undefined }}
                data-testid="candidature-commission"
                data-positionnement={p.id}
              >
                <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                  <Typography sx={{ fontWeight: 600, minWidth: 200 }} id={`jeune-commission-${p.id}`}>
                    {p.jeuneNom}
                  </Typography>
                  <PuceStatutPositionnement statut={p.statut} />
                  <Box sx={{ flex: 1 }} />
                  <RadioGroup
                    row
                    aria-labelledby={`jeune-commission-${p.id}`}
                    value={d.choix}
                    onChange={(ev) => majDecision(p.id, { choix: ev.target.value as ChoixDecision })}
                    data-testid={`decision-${p.id}`}
                  >
                    {CHOIX.map((c) => (
                      <FormControlLabel
                        key={c.valeur}
                        value={c.valeur}
                        control={<Radio size="small" />}
                        label={c.libelle}
                        data-testid={`decision-${p.id}-${c.valeur}`}
                      />
                    ))}
                  </RadioGroup>
                </Stack>
                {d.choix !== 'non_examine' ? (
                  <Box
                    sx={{
                      display: 'grid',
                      gridTemplateColumns: { xs: '1fr', sm: d.choix === 'non_retenu' ? '1fr 1fr' : '1fr' },
                      gap: 1.5,
                      mt: 1,
                    }}
                  >
                    {d.choix === 'non_retenu' ? (
                      <Box data-testid={`motif-${p.id}`}>
                        <ListeChoix
                          label="Motif *"
                          valeur={d.motifNonRetenu}
                          onChange={(motifNonRetenu) => majDecision(p.id, { motifNonRetenu })}
                          options={MOTIFS_NON_RETENU_FORMATION.map((c) => ({
                            valeur: c,
                            libelle: MOTIF_NON_RETENU_FORMATION_LIBELLES[c],
                          }))}
                          erreur={messages[`${cle}.motifNonRetenu`]}
                          sx={{ width: '100%' }}
                        />
                      </Box>
                    ) : null}
                    <ChampLibre
                      label={d.choix === 'non_retenu' && d.motifNonRetenu === 'autre' ? 'Commentaire *' : 'Commentaire'}
                      valeur={d.commentaire}
                      onChange={(commentaire) => majDecision(p.id, { commentaire })}
                      erreur={messages[`${cle}.commentaire`] ?? messages[cle]}
                      aide={
                        d.choix === 'ajourne'
                          ? 'Ce qui manque pour décider (revu à une prochaine commission)'
                          : undefined
                      }
                    />
                  </Box>
                ) : null}
              </Paper>
            );
          })}
        </Stack>
      )}
      <ChampLibre
        label="Note de la commission"
        lignes={[2, 6]}
        valeur={s.note}
        onChange={(note) => maj({ note })}
        erreur={messages.note}
        aide="Ce qui figurera au procès-verbal · Ctrl+Entrée enregistre"
        sx={{ mt: 2 }}
        fullWidth
      />
    </DialogueFormulaire>
  );
}
