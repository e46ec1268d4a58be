// Preload for tests: the wall clock runs CLOCK_AHEAD_MS ahead of the monotonic clock, as on a VM
// or container that was paused (performance.now() stops, Date.now() does not).
const ahead = Number(process.env.CLOCK_AHEAD_MS ?? 75_000);
const realNow = Date.now.bind(Date);
Date.now = () => realNow() + ahead;
