import { useEffect, useRef } from 'react';

/**
 * A table row that may be the one opened from elsewhere (the timeline of the file): when it is the
 * target, it is brought to the middle of the screen. Give the ref to the row, and `selected={cible}`.
 */
export function useLigneCible(cible: boolean) {
  const ref = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    if (cible) ref.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [cible]);
  return ref;
}
