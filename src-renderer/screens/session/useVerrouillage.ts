import { useEffect, useRef } from 'react';
import { RACCOURCI_VERROUILLAGE } from '../../../src-main/contract';
import { appeler } from '../../api/client';

/** The page tells the main process that the person works at most this often. */
export const INTERVALLE_ACTIVITE_MS = 20_000;
const EVENEMENTS_ACTIVITE = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/**
 * Locks the workstation after `minutes` without keyboard or pointer activity, and at once on
 * Ctrl+L. While the person works, `session.activite` is sent at most every 20 s so that the main
 * process, which enforces the idle lock too, does not lock a screen in use.
 */
export function useVerrouillage(minutes: number, verrouiller: (motif: 'demande' | 'inactivite') => void): void {
  const rappel = useRef(verrouiller);
  useEffect(() => {
    rappel.current = verrouiller;
  }, [verrouiller]);

  useEffect(() => {
    let duree = minutes * 60_000;
    let derniere = Date.now();
    let dernierEnvoi = derniere;
    let fini = false;
    const verrouillerUneFois = (motif: 'demande' | 'inactivite') => {
      if (fini) return;
      fini = true;
      rappel.current(motif);
    };
    const activite = () => {
      derniere = Date.now();
      if (derniere - dernierEnvoi < INTERVALLE_ACTIVITE_MS) return;
      dernierEnvoi = derniere;
      appeler('session.activite', {})
        .then((r) => {
          duree = r.verrouillageMinutes * 60_000;
        })
        // A refused signal (session locked meanwhile) already made the shell read the session again.
        .catch(() => {});
    };
    const raccourci = (e: KeyboardEvent) => {
      if (
        e.ctrlKey === RACCOURCI_VERROUILLAGE.ctrl &&
        !e.altKey &&
        !e.shiftKey &&
        e.key.toLowerCase() === RACCOURCI_VERROUILLAGE.touche
      ) {
        e.preventDefault();
        e.stopPropagation();
        verrouillerUneFois('demande');
      }
    };
    // Checked often and against the clock, so that a workstation waking from sleep locks at once.
    const veille = setInterval(() => {
      if (Date.now() - derniere >= duree) verrouillerUneFois('inactivite');
    }, 1000);
    for (const e of EVENEMENTS_ACTIVITE) window.addEventListener(e, activite, { capture: true, passive: true });
    window.addEventListener('keydown', raccourci, { capture: true });
    return () => {
      clearInterval(veille);
      for (const e of EVENEMENTS_ACTIVITE) window.removeEventListener(e, activite, { capture: true });
      window.removeEventListener('keydown', raccourci, { capture: true });
    };
  }, [minutes]);
}
