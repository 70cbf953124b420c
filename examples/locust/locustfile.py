"""perf-gate's example locustfile: the example service's GET /users and GET /orders.

The one import below makes every request a line of PREFIX_requests.jsonl beside Locust's --csv PREFIX files,
which perf-gate reads at full fidelity (copy support/perf_gate_requests.py from perf-gate next to this file,
or put its folder on PYTHONPATH). The host comes from --host, which perf-gate sets from target-url.
"""

import perf_gate_requests  # noqa: F401
from locust import HttpUser, constant, task


class Api(HttpUser):
    wait_time = constant(0.01)

    @task(2)
    def users(self):
        self.client.get("/users")

    @task
    def orders(self):
        self.client.get("/orders")
