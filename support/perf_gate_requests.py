"""perf-gate's per-request recorder for Locust (https://github.com/perf-gate/perf-gate).

Add one line to a locustfile:

    import perf_gate_requests  # noqa: F401

and every request is written as one line of a file perf-gate reads at full fidelity (every response time, not
Locust's rounded percentiles): ``PREFIX_requests.jsonl`` beside Locust's own ``--csv PREFIX`` files, or the
path in the ``PERF_GATE_REQUESTS`` environment variable. The first line names the format, Locust's version and
the load model the user classes' wait times imply; each further line is a JSON array:

    [start time (epoch ms), method, name, response time (ms), failure message or null]

Importing it twice (a locustfile that imports it, run by ``engine: locust``, which loads it too) records once.
It also makes Locust flush ``_stats_history.csv`` every second instead of every 10 seconds.
"""

import json
import os
import time

import locust
import locust.stats
from locust import events

FORMAT = "perf-gate-locust-requests"
ENV_VAR = "PERF_GATE_REQUESTS"
PACED = ("constant_pacing", "constant_throughput")


def _load_model(user_classes):
    """'open' when every user class paces its tasks (constant_pacing / constant_throughput), 'closed' when
    none does, 'unknown' when some do and others loop (throughput is then neither set nor a result)."""
    kinds = [getattr(getattr(cls, "wait_time", None), "__qualname__", "") for cls in user_classes]
    paced = sum(1 for kind in kinds if kind.startswith(PACED))
    if paced == 0:
        return "closed"
    return "open" if paced == len(kinds) else "unknown"


def _locust_version():
    """Locust's version (Debian's package leaves ``locust.__version__`` empty; its metadata has it)."""
    if getattr(locust, "__version__", ""):
        return locust.__version__
    try:
        from importlib.metadata import version

        found = version("locust")
        return "" if found == "0.0.0" else found
    except Exception:  # noqa: BLE001 - unknown is a fine answer
        return ""


class _Recorder:
    def __init__(self):
        self.out = None

    def start(self, environment, **_kwargs):
        options = environment.parsed_options
        path = os.environ.get(ENV_VAR) or (
            f"{options.csv_prefix}_requests.jsonl" if options is not None and options.csv_prefix else ""
        )
        if not path or self.out is not None:
            return
        self.out = open(path, "w", encoding="utf-8", buffering=1 << 16)
        header = {
            "format": FORMAT,
            "version": 1,
            "locust": _locust_version(),
            "loadModel": _load_model(environment.user_classes or []),
        }
        self.out.write(json.dumps(header) + "\n")

    def request(self, request_type, name, response_time, exception=None, start_time=None, **_kwargs):
        if self.out is None or response_time is None:
            return
        started = start_time if start_time is not None else time.time() - response_time / 1000
        failure = None if exception is None else str(exception)[:300]
        line = [round(started * 1000, 3), request_type, name, round(response_time, 3), failure]
        self.out.write(json.dumps(line, separators=(",", ":")) + "\n")

    def stop(self, **_kwargs):
        if self.out is not None:
            self.out.close()
            self.out = None


if not getattr(events, "_perf_gate_recorder", None):
    events._perf_gate_recorder = _Recorder()
    events.init.add_listener(events._perf_gate_recorder.start)
    events.request.add_listener(events._perf_gate_recorder.request)
    events.quitting.add_listener(events._perf_gate_recorder.stop)
    locust.stats.CSV_STATS_FLUSH_INTERVAL_SEC = 1
