import { useState, type KeyboardEvent } from 'react';
import { Alert, Box, LinearProgress, List, ListItemButton, Typography } from '@mui/material';
import type { Offre } from '../../../src-main/contract';
import { champErreur, messageErreur } from '../../api/client';
import { useAction, useRequete } from '../../api/hooks';
import { ChoixJeunes, useChoixJeunes } from '../../components/ChoixJeunes';
import { Vide } from '../../components/communs';
import { aujourdhuiIso, dateFr } from '../../components/dates';
import { ChampRecherche } from '../../components/listeRecherche';
import { useNotifier } from '../../components/Notifications';
import { useDiffere } from '../../components/useDiffere';
import { DialogueFormulaire } from '../dossier/DialogueFormulaire';
import { ChampLibre, DateSaisie } from '../dossier/elements';
import { dateEnvoyee, nomComplet } from '../dossier/logique';
import { libelleContratOffre } from './logiqueOffres';

/** The date and comment of a proposal, common to both sides. */
function ChampsProposition({
  date,
  commentaire,
  onDate,
  onCommentaire,
  erreur,
}: {
  date: string;
  commentaire: string;
  onDate: (v: string) => void;
  onCommentaire: (v: string) => void;
  erreur: Error | null;
}) {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 2fr' }, gap: 2, mt: 2 }}>
      <DateSaisie
        label="Date de la mise en relation"
        required
        valeur={date}
        onChange={onDate}
        erreur={champErreur(erreur, 'date')}
        data-testid="date-proposition"
      />
      <ChampLibre
        label="Commentaire"
        lignes={[1, 4]}
        valeur={commentaire}
        onChange={onCommentaire}
        erreur={champErreur(erreur, 'commentaire')}
        aide="CV transmis, entretien prévu le… · Ctrl+Entrée enregistre"
      />
    </Box>
  );
}

/**
 * « Proposer des jeunes » on an offer: jeunes found as you type (the file's search: ↑ ↓ choose,
 * Entrée adds or removes the highlighted one), several at a time; those already proposed on this
 * offer are shown but not taken again. `onFermer` receives the matches created.
 */
export function DialogueProposer({
  offre,
  dejaProposes,
  onFermer,
}: {
  offre: Pick<Offre, 'id' | 'intitule' | 'entrepriseNom' | 'typeContrat' | 'dureeMois'>;
  /** The jeunes already matched with this offer. */
  dejaProposes: readonly number[];
  onFermer: (ids?: number[]) => void;
}) {
  const notifier = useNotifier();
  const proposer = useAction('misesEnRelation.proposer');
  const choix = useChoixJeunes(
    dejaProposes,
    (j) => `${nomComplet(j)} est déjà proposé(e) sur cette offre : notez plutôt l’issue dans la liste.`,
  );
  const { choisis, modifie, marquerModifie } = choix;
  const [date, setDate] = useState(() => dateFr(aujourdhuiIso()));
  const [commentaire, setCommentaire] = useState('');
  const erreur = proposer.error;

  const envoyer = () => {
    if (!choix.verifier()) return;
    proposer.mutate(
      {
        offreId: offre.id,
        jeuneIds: choisis.map((j) => j.id),
        date: dateEnvoyee(date),
        commentaire,
      },
      {
        onSuccess: (r) => {
          notifier(
            r.ids.length > 1
              ? `${r.ids.length} jeunes proposés sur « ${offre.intitule} ».`
              : `${nomComplet(choisis[0]!)} proposé(e) sur « ${offre.intitule} ».`,
          );
          onFermer(r.ids);
        },
      },
    );
  };

  return (
    <DialogueFormulaire
      titre="Proposer des jeunes sur l’offre"
      sousTitre={`« ${offre.intitule} » chez ${offre.entrepriseNom} · ${libelleContratOffre(offre.typeContrat, offre.dureeMois)}`}
      enCours={proposer.isPending}
      modifie={modifie && (choisis.length > 0 || commentaire !== '')}
      onFermer={() => onFermer()}
      onEnvoyer={envoyer}
      libelleEnvoi={choisis.length > 1 ? `Proposer les ${choisis.length} jeunes` : 'Proposer'}
      erreur={erreur}
      maxWidth="md"
      testId="dialogue-proposer"
    >
      <ChoixJeunes
        etat={choix}
        erreur={erreur}
        libelleDeja=" · déjà proposé(e) sur cette offre"
        testIds={{ bloc: 'choix-jeunes', trouve: 'jeune-a-proposer', choisi: 'jeune-choisi' }}
      />
      <ChampsProposition
        date={date}
        commentaire={commentaire}
        onDate={(v) => {
          marquerModifie();
          setDate(v);
        }}
        onCommentaire={(v) => {
          marquerModifie();
          setCommentaire(v);
        }}
        erreur={erreur}
      />
    </DialogueFormulaire>
  );
}

/**
 * « Proposer sur une offre » from the jeune's file: one of the open offers, found by words of its
 * title, job, firm or commune (↑ ↓ choose, Entrée takes the highlighted one); those the jeune is
 * already matched with are shown but not taken again.
 */
export function DialogueProposerSurOffre({
  jeuneId,
  jeuneNom,
  dejaProposees,
  onFermer,
}: {
  jeuneId: number;
  jeuneNom: string;
  /** The offers this jeune is already matched with. */
  dejaProposees: readonly number[];
  onFermer: (ids?: number[]) => void;
}) {
  const notifier = useNotifier();
  const proposer = useAction('misesEnRelation.proposer');
  const [texte, setTexte] = useState('');
  const recherche = useDiffere(texte.trim(), 250);
  const offres = useRequete(
    'offres.rechercher',
    {
      texte: recherche,
      statuts: ['ouverte'],
      typesContrat: [],
      codeInsee: null,
      entrepriseId: null,
      transmisesAMoi: false,
      limite: 50,
    },
    { garderPrecedent: true },
  );
  const liste = offres.data?.offres ?? [];
  const [surligne, setSurligne] = useState(0);
  const [choisie, setChoisie] = useState<Offre | null>(null);
  const [date, setDate] = useState(() => dateFr(aujourdhuiIso()));
  const [commentaire, setCommentaire] = useState('');
  const [modifie, setModifie] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const erreur = proposer.error;

  const choisir = (o: Offre) => {
    setModifie(true);
    if (dejaProposees.includes(o.id)) {
      setMessage(`${jeuneNom} est déjà proposé(e) sur « ${o.intitule} » : notez plutôt l’issue dans la liste.`);
      return;
    }
    setMessage(null);
    setChoisie(o);
  };
  const clavier = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setSurligne((i) => Math.min(i + 1, Math.max(liste.length - 1, 0)));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setSurligne((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
      const o = liste[surligne];
      if (o && o.id !== choisie?.id) {
        e.preventDefault();
        choisir(o);
      }
    }
  };
  const envoyer = () => {
    if (choisie === null) {
      setMessage('Choisissez l’offre : tapez un mot de son intitulé ou le nom de l’entreprise, puis Entrée.');
      return;
    }
    proposer.mutate(
      { offreId: choisie.id, jeuneIds: [jeuneId], date: dateEnvoyee(date), commentaire },
      {
        onSuccess: (r) => {
          notifier(`${jeuneNom} proposé(e) sur « ${choisie.intitule} » (${choisie.entrepriseNom}).`);
          onFermer(r.ids);
        },
      },
    );
  };
  const erreurOffre = message ?? champErreur(erreur, 'offreId') ?? champErreur(erreur, 'jeuneIds');

  return (
    <DialogueFormulaire
      titre="Proposer sur une offre"
      sousTitre={`${jeuneNom}, sur une offre ouverte d’une entreprise du portefeuille`}
      enCours={proposer.isPending}
      modifie={modifie && (choisie !== null || commentaire !== '')}
      onFermer={() => onFermer()}
      onEnvoyer={envoyer}
      libelleEnvoi="Proposer"
      erreur={erreur}
      maxWidth="md"
      testId="dialogue-proposer-offre"
    >
      <ChampRecherche
        autoFocus
        fullWidth
        label="Rechercher une offre ouverte"
        placeholder="Intitulé, métier, code ROME, lieu ou entreprise"
        value={texte}
        onChange={(e) => {
          setTexte(e.target.value);
          setSurligne(0);
        }}
        onKeyDown={clavier}
        sx={{ mt: 1 }}
        testId="recherche-offre-ouverte"
      />
      <Box sx={{ height: 2 }}>{offres.isFetching ? <LinearProgress sx={{ height: 2 }} /> : null}</Box>
      {offres.error ? <Alert severity="error">{messageErreur(offres.error)}</Alert> : null}
      <Box sx={{ maxHeight: 300, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1, mt: 0.5 }}>
        {offres.data && liste.length === 0 ? (
          <Vide>
            {recherche
              ? `Aucune offre ouverte ne correspond à « ${recherche} ».`
              : 'Aucune offre ouverte en ce moment.'}
          </Vide>
        ) : (
          <List dense disablePadding aria-label="Offres ouvertes">
            {liste.map((o, i) => {
              const deja = dejaProposees.includes(o.id);
              return (
                <ListItemButton
                  key={o.id}
                  divider
                  selected={i === surligne || choisie?.id === o.id}
                  onClick={() => choisir(o)}
                  data-testid="offre-a-proposer"
                  data-offre={o.id}
                  sx={{
                    borderLeft: 3,
                    borderLeftColor: i === surligne ? 'primary.main' : 'transparent',
                    opacity: deja ? 0.6 : 1,
                  }}
                >
                  <Box sx={{ flex: 1, minWidth: 0 }}>
                    <Typography sx={{ fontWeight: 600 }}>
                      {o.intitule}
                      {choisie?.id === o.id ? ' · ✓ choisie' : deja ? ' · déjà proposé(e)' : ''}
                    </Typography>
                    <Typography variant="body2" color="text.secondary" noWrap>
                      {[
                        o.entrepriseNom,
                        libelleContratOffre(o.typeContrat, o.dureeMois),
                        o.commune ?? o.lieu,
                        `expire le ${dateFr(o.expireLe)}`,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Typography>
                  </Box>
                </ListItemButton>
              );
            })}
          </List>
        )}
      </Box>
      {erreurOffre ? (
        <Typography variant="caption" color="error" component="p" sx={{ mt: 0.5 }} role="alert">
          {erreurOffre}
        </Typography>
      ) : choisie ? (
        <Typography variant="body2" sx={{ mt: 1 }} data-testid="offre-choisie">
          Offre choisie : <strong>{choisie.intitule}</strong> chez {choisie.entrepriseNom}
        </Typography>
      ) : null}
      <ChampsProposition
        date={date}
        commentaire={commentaire}
        onDate={(v) => {
          setModifie(true);
          setDate(v);
        }}
        onCommentaire={(v) => {
          setModifie(true);
          setCommentaire(v);
        }}
        erreur={erreur}
      />
    </DialogueFormulaire>
  );
}
