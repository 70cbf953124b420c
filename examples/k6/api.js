// k6 load test of the example service (examples/service/server.mjs): the test the example workflows gate
// on. examples/scenario.yml is the same test for perf-gate's embedded engine: same endpoints, same series
// names, same open load model and rate.
//
//   PORT=3000 node examples/service/server.mjs &
//   k6 run -e BASE_URL=http://127.0.0.1:3000 examples/k6/api.js
//
// perf-gate runs it with `--out json`, trims the warm-up (its `warmup` input, 5 s in the workflows) and
// compares each series, named by the request's `name` tag: GET /users, GET /orders and POST /orders.
import { check } from 'k6';
import http from 'k6/http';

const BASE_URL = (__ENV.BASE_URL || 'http://127.0.0.1:3000').replace(/\/+$/, '');

export const options = {
  discardResponseBodies: true,
  scenarios: {
    // Open model: 200 iterations start every second whether or not earlier ones have finished, so a
    // slower build cannot slow the load down and hide its own slowness (no coordinated omission).
    api: {
      executor: 'constant-arrival-rate',
      rate: 200,
      timeUnit: '1s',
      duration: '35s', // 5 s warm-up + 30 s measured
      preAllocatedVUs: 50,
      maxVUs: 100,
      gracefulStop: '5s',
    },
  },
  // k6's own pass/fail lines: perf-gate reports crossed thresholds next to its comparison.
  thresholds: {
    http_req_failed: ['rate<0.01'],
    'http_req_duration{name:/users}': ['p(95)<250'],
    checks: ['rate>0.99'],
  },
};

const JSON_HEADERS = { 'Content-Type': 'application/json' };

export default function () {
  const users = http.get(`${BASE_URL}/users`, { tags: { name: '/users' } });
  check(users, { 'GET /users: status 200': (r) => r.status === 200 });

  const orders = http.get(`${BASE_URL}/orders`, { tags: { name: '/orders' } });
  check(orders, { 'GET /orders: status 200': (r) => r.status === 200 });

  const created = http.post(`${BASE_URL}/orders`, JSON.stringify({ item: 42, quantity: 1 }), {
    headers: JSON_HEADERS,
    tags: { name: '/orders' },
    // only 201 counts as success in http_req_failed, as `expect: [201]` does in the scenario file
    responseCallback: http.expectedStatuses(201),
  });
  check(created, { 'POST /orders: status 201': (r) => r.status === 201 });
}
