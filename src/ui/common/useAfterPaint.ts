import { useEffect, useState } from 'react';

/**
 * False in the first render and until the browser has painted the frame
 * after it, then true: for a part of a view that can come one frame after
 * the rest, so that the task of the first paint stays short. (A frame
 * callback runs before that frame's paint; a task queued from it, after.)
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
