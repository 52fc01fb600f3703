// Main-thread CPU time of a page load, read from a Chromium trace: a figure that other work on
// the machine disturbs much less than wall-clock time, since a task that waits for a core is
// not charged for the wait (`tdur` is the thread's own time).

/** Trace categories that record every task with its thread time, the paint and the marks. */
export const CPU_CATEGORIES = ['disabled-by-default-devtools.timeline', 'loading', 'blink.user_timing'];

/**
 * CPU milliseconds of the page's renderer until each event in `until` (trace event names,
 * `firstContentfulPaint` or a performance mark): on its main thread, and on all its threads
 * (background compile, compositor, workers). NaN when the event is not in the trace.
 */
export function cpuUntil(events, until) {
  const mark = events.find((e) => e.name === 'trustwright:editor-ready' && e.cat === 'blink.user_timing');
  const pid = mark?.pid;
  const threads = new Map(
    events.filter((e) => e.pid === pid && e.name === 'thread_name').map((e) => [e.tid, e.args.name]),
  );
  const mainTid = [...threads].find(([, name]) => name === 'CrRendererMain')?.[0];
  const start = events.find((e) => e.pid === pid && e.name === 'navigationStart')?.ts;
  const tasks = events.filter(
    (e) => e.pid === pid && e.ph === 'X' && e.name === 'RunTask' && e.tdur !== undefined,
  );
  const result = {};
  for (const name of until) {
    const end = events.find((e) => e.pid === pid && e.name === name)?.ts;
    if (pid === undefined || start === undefined || end === undefined) {
      result[name] = { main: Number.NaN, all: Number.NaN };
      continue;
    }
    let main = 0;
    let all = 0;
    for (const task of tasks) {
      if (task.ts < start || task.ts >= end) continue;
      // A task that runs past the event counts for the share of it before the event.
      const share = Math.min(1, (end - task.ts) / Math.max(task.dur, 1));
      all += task.tdur * share;
      if (task.tid === mainTid) main += task.tdur * share;
    }
    result[name] = { main: main / 1000, all: all / 1000 };
  }
  return result;
}
