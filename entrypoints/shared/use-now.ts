import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every `everyMs`: waiting times, "due now" and "3 hours ago" move
 * while a page stays open, without re-reading the clock on every render.
 */
export function useNow(everyMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
