import { useMemo } from 'react';
import { useAction, useRequete } from '../../api/hooks';
import { DialogueReaffecter } from '../../components/DialogueReaffecter';
import { useNotifier } from '../../components/Notifications';
import { responsablesPossibles } from './logique';

/** « personne », the choice of handing the firms to nobody (a list needs a value that is not null). */
const PERSONNE = 0;

function entreprises(n: number): string {
  return `${n} entreprise${n > 1 ? 's' : ''}`;
}

/**
 * Hands the ticked firms to another staff member (or to nobody), in two steps: choose, then
 * confirm. Each change is written in the firm's timeline and in the trail.
 */
export function DialogueReaffectationEntreprises({
  entrepriseIds,
  exclu,
  onFermer,
  onFait,
}: {
  entrepriseIds: number[];
  /** The person whose portfolio is shown: handing them their own firms changes nothing. */
  exclu: number | null;
  onFermer: () => void;
  onFait: () => void;
}) {
  const notifier = useNotifier();
  const personnel = useRequete('personnel.lister', { actifsSeulement: true });
  const reaffecter = useAction('entreprises.reaffecter');
  const options = useMemo(
    () => [
      ...responsablesPossibles(personnel.data ?? [])
        .filter((p) => p.id !== exclu)
        .map((p) => ({ valeur: p.id, libelle: `${p.prenom} ${p.nom}` })),
      { valeur: PERSONNE, libelle: 'Personne (entreprises sans responsable)' },
    ],
    [personnel.data, exclu],
  );
  const n = entrepriseIds.length;

  return (
    <DialogueReaffecter
      titre={`Réaffecter ${entreprises(n)}`}
      titreId="titre-reaffectation-entreprises"
      testId="dialogue-reaffectation-entreprises"
      explication={
        <>
          Choisissez qui suit désormais {n > 1 ? 'ces entreprises' : 'cette entreprise'} : la relation, les relances et
          les offres de son portefeuille.
        </>
      }
      label="Nouveau responsable"
      options={options}
      manque="Choisissez la personne qui reprend ces entreprises."
      confirmation={(choisi, nom) => (
        <>
          {choisi === PERSONNE ? (
            <>
              Laisser {entreprises(n)} sans responsable ? {n > 1 ? 'Elles restent' : 'Elle reste'} visible
              {n > 1 ? 's' : ''} de tous, dans « Sans responsable ».
            </>
          ) : (
            <>
              Confier {entreprises(n)} à <strong>{nom}</strong> ?
            </>
          )}{' '}
          Le changement est noté dans la chronologie de {n > 1 ? 'chaque entreprise' : 'l’entreprise'} et dans le
          journal.
        </>
      )}
      testIdConfirmation="confirmation-reaffectation-entreprises"
      testIdValider="valider-reaffectation"
      lecture={personnel}
      onConfirmer={{
        isPending: reaffecter.isPending,
        error: reaffecter.error,
        lancer: (choisi, nom) =>
          reaffecter.mutate(
            { entrepriseIds, responsableId: choisi === PERSONNE ? null : choisi },
            {
              onSuccess: (r) => {
                notifier(
                  choisi === PERSONNE
                    ? `${entreprises(r.reaffectees)} sans responsable désormais.`
                    : `${entreprises(r.reaffectees)} confiée${r.reaffectees > 1 ? 's' : ''} à ${nom}.`,
                );
                onFait();
              },
            },
          ),
      }}
      onFermer={onFermer}
    />
  );
}
