/** Loads data for a page: `{ data, error, loading, reload }`, ignoring answers that arrive after a newer request. */
import { useCallback, useEffect, useRef, useState } from 'react';

export interface Loaded<T> {
  readonly data: T | undefined;
  readonly error: Error | undefined;
  readonly loading: boolean;
  readonly reload: () => void;
  readonly set: (value: T) => void;
}

export function useLoad<T>(
  load: (() => Promise<T>) | undefined,
  deps: readonly unknown[],
): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(load !== undefined);
  const [tick, setTick] = useState(0);
  const latest = useRef(0);
  useEffect(() => {
    if (!load) return;
    const id = ++latest.current;
    setLoading(true);
    setError(undefined);
    load().then(
      (value) => {
        if (id !== latest.current) return;
        setData(value);
        setLoading(false);
      },
      (e: unknown) => {
        if (id !== latest.current) return;
        setError(e instanceof Error ? e : new Error(String(e)));
        setLoading(false);
      },
    );
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, reload, set: setData };
}
