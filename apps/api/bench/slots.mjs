// Benchmark: GET /mentors/{slug}/slots for 60 days with 100 existing bookings, at 100 req/s.
// Goal (issue [5/10]): p95 ≤ 15 ms. Run: pnpm --filter @ladder/api build && node bench/slots.mjs
import {
  fixedRate,
  httpClient,
  makeMentees,
  makeMentors,
  scratchDatabase,
  startApi,
} from './booking-harness.mjs';

const s = await scratchDatabase('ladder_bench_slots');
const [mentor] = await makeMentors(s.db, 1, {
  durationMinutes: 30,
  timezone: 'Europe/Berlin',
  weekly: [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, start: '08:00', end: '12:00' },
    { weekday, start: '13:00', end: '18:00' },
  ]),
});
const [mentee] = await makeMentees(s.db, 1);
// 100 confirmed bookings spread over the next 60 days (30 min each, with 10-min buffers around).
await s.db.query(
  `INSERT INTO bookings (mentor_id, mentee_id, offering_id, status, starts_at, ends_at, blocked_range, price_amount, currency, confirmed_at)
   SELECT $1, $2, $3, 'confirmed', t, t + interval '30 minutes',
          tstzrange(t - interval '10 minutes', t + interval '40 minutes'), 0, 'USD', now()
     FROM (SELECT date_trunc('hour', now()) + (g * interval '14 hours') + interval '1 day' AS t FROM generate_series(1, 100) g) x`,
  [mentor.id, mentee.id, mentor.offeringId],
);
const api = await startApi(s.url, 3911);
const from = new Date().toISOString();
const to = new Date(Date.now() + 60 * 86_400_000).toISOString();
const path = `/api/v1/mentors/${mentor.slug}/slots?offeringId=${mentor.offeringId}&from=${from}&to=${to}`;
const http = httpClient(api.base);
const probe = await (await http.get(path)).json();

// Warm up (JIT, connection pool), then measure at a fixed 100 requests per second.
await fixedRate(50, 3, () => http.get(path));
const result = await fixedRate(100, 15, () => http.get(path));
console.log(
  JSON.stringify(
    { bench: 'slots-60d-100-bookings', slotsPerResponse: probe.slots.length, ...result },
    null,
    2,
  ),
);
if (process.env.BENCH_HOLD) {
  console.log(`holding: ${api.base}${path}`);
  await new Promise((r) => setTimeout(r, Number(process.env.BENCH_HOLD) * 1000));
}
await http.close();
await api.stop();
await s.drop();
