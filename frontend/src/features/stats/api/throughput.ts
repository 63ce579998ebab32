import { useEffect, useRef, useState } from 'react';

export interface ThroughputPoint {
  /** Seconds since the first sample. */
  t: number;
  /** Messages sent per second since the previous sample. */
  rate: number;
  sent: number;
}

interface Sample {
  at: number;
  sent: number;
}

const MAX_POINTS = 300;

/** Add a sample and return the new point (sent delta / time delta), or null for the first sample. */
export function nextPoint(previous: Sample | null, first: Sample, current: Sample): ThroughputPoint | null {
  if (!previous) return null;
  const dt = (current.at - previous.at) / 1000;
  if (dt <= 0) return null;
  const delta = Math.max(0, current.sent - previous.sent);
  return {
    t: Math.round(((current.at - first.at) / 1000) * 10) / 10,
    rate: Math.round((delta / dt) * 10) / 10,
    sent: current.sent,
  };
}

/**
 * Throughput over time computed from successive stats answers (sent deltas between polls).
 * `updatedAt` identifies a new answer (TanStack Query's dataUpdatedAt).
 */
export function useThroughput(sent: number | undefined, updatedAt: number, active: boolean): ThroughputPoint[] {
  const [points, setPoints] = useState<ThroughputPoint[]>([]);
  const first = useRef<Sample | null>(null);
  const previous = useRef<Sample | null>(null);

  useEffect(() => {
    if (sent === undefined || !updatedAt) return;
    const current = { at: updatedAt, sent };
    if (previous.current && previous.current.at === updatedAt) return;
    if (!active && !previous.current) return; // nothing moving: no chart for a finished campaign
    if (!first.current) first.current = current;
    const point = nextPoint(previous.current, first.current, current);
    previous.current = current;
    if (point) setPoints((old) => [...old, point].slice(-MAX_POINTS));
  }, [sent, updatedAt, active]);

  return points;
}
