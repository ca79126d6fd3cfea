import { useEffect, useState } from 'react';

/** The current time, refreshed every `everyMs`: "3 hours ago" and the cadence move on by themselves. */
export function useNow(everyMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
