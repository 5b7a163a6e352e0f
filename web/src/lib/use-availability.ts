/** Whether this node serves an API route (from its OpenAPI document): undefined while reading. */
import { useEffect, useState } from 'react';
import { loadAvailability } from '../api/availability.ts';

export function useAvailability(path: string): boolean | undefined {
  const [has, setHas] = useState<boolean>();
  useEffect(() => {
    let live = true;
    void loadAvailability().then((a) => live && setHas(a.has(path)));
    return () => {
      live = false;
    };
  }, [path]);
  return has;
}
