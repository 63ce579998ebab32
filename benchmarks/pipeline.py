"""`make bench`: the pipeline's figures at scale, on the configured backend.

    python -m benchmarks.pipeline            # embedded (SQLite + on-disk broker)
    DATABASE_URL=postgres://… CELERY_BROKER_URL=amqp://… python -m benchmarks.pipeline

It uses its own database (`herald_bench` on PostgreSQL, data/bench/ on SQLite) and queue, seeds
BENCH_CONTACTS contacts (default 100,000; half tagged vip), then measures: seeding, the send
request, materialisation, end-to-end delivery with BENCH_WORKERS real worker processes
(RATE_PER_SEC=0, the mock provider with no latency and 10% transient failures), the workers'
peak memory, and the stats and messages-list reads at that size.
"""

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CONTACTS = int(os.environ.get("BENCH_CONTACTS", "100000"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
BENCH_DIR = ROOT / "data" / "bench"


def configure() -> str:
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    # Production settings: DEBUG keeps every SQL statement in memory, which would skew the figures.
    os.environ["DJANGO_DEBUG"] = "0"
    os.environ.setdefault("DJANGO_SECRET_KEY", f"bench-{uuid.uuid4().hex}")
    os.environ["HERALD_DATA_DIR"] = str(BENCH_DIR)
    os.environ["CELERY_QUEUE"] = f"herald-bench-{uuid.uuid4().hex[:8]}"
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgres"):
        import psycopg

        base, _, _ = url.rpartition("/")
        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            conn.execute("DROP DATABASE IF EXISTS herald_bench WITH (FORCE)")
            conn.execute("CREATE DATABASE herald_bench")
        os.environ["DATABASE_URL"] = f"{base}/herald_bench"
        backend = "postgresql+rabbitmq"
    else:
        for stale in BENCH_DIR.glob("*.sqlite3*"):
            stale.unlink()
        os.environ["DATABASE_URL"] = f"sqlite:///{BENCH_DIR / 'bench.sqlite3'}"
        os.environ.setdefault("CELERY_BROKER_URL", f"herald-sqla+sqlite:///{BENCH_DIR / 'broker.sqlite3'}")
        backend = "sqlite+on-disk broker"
    os.environ["DJANGO_SETTINGS_MODULE"] = "campaigns_project.settings"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return backend


def timed(label: str, results: dict[str, Any], fn: Any, *args: Any, **kwargs: Any) -> Any:
    start = time.perf_counter()
    value = fn(*args, **kwargs)
    results[label] = round(time.perf_counter() - start, 3)
    return value


def peak_rss_mb(pid: int) -> float:
    """Peak resident memory of a process and its children (the pool), in MB."""
    total = 0
    pids = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        pids += [int(c) for c in children]
    except OSError:
        pass
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return round(total / 1024, 1)


def main() -> None:
    backend = configure()
    from django.core.management import call_command
    from django.db import connection

    from campaigns.models import Campaign
    from campaigns.services import campaign_create, campaign_send
    from messaging.models import Message
    from messaging.selectors import campaign_messages, campaign_stats

    results: dict[str, Any] = {"backend": backend, "contacts": CONTACTS, "workers": WORKERS}
    with open(os.devnull, "w") as quiet:
        timed("seed_s", results, call_command, "seed_users", "--count", str(CONTACTS), stdout=quiet)
    Campaign.objects.all().delete()
    campaign = campaign_create(name="Bench", template="Hi {{ name }}, we miss you! 💌", segment_rule="")
    audience = timed("send_request_s", results, campaign_send, campaign_id=campaign.pk).audience_size
    results["audience"] = audience

    env = {
        **os.environ,
        "RATE_PER_SEC": "0",
        "MOCK_FAILURE_RATE": "0.1",
        "MOCK_LATENCY_MS": "0",
        "RETRY_BASE_SEC": "0.2",
        "RETRY_MAX_SEC": "2",
        "SWEEP_INTERVAL_SEC": "5",
    }
    workers = []
    for index in range(WORKERS):
        log = open(BENCH_DIR / f"worker{index}.log", "wb")  # noqa: SIM115 (kept open for the worker's life)
        workers.append(
            subprocess.Popen(
                [sys.executable, "-m", "celery", "-A", "campaigns_project", "worker", "-l", "warning",
                 "-c", "2", "-n", f"bench{index}@%h", "--without-gossip", "--without-mingle"]
                + (["-B", "--schedule", str(BENCH_DIR / "beat")] if index == 0 else []),
                cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )
        )  # fmt: skip
    started = time.perf_counter()
    materialised_at = None
    peak = 0.0
    try:
        while True:
            time.sleep(0.5)
            peak = max(peak, sum(peak_rss_mb(w.pid) for w in workers))
            campaign.refresh_from_db()
            if materialised_at is None and campaign.materialised_at is not None:
                materialised_at = time.perf_counter() - started
            if campaign.status == Campaign.Status.SENT:
                break
            if time.perf_counter() - started > 1800:
                raise SystemExit("benchmark did not finish in 30 minutes")
    finally:
        for w in workers:
            os.killpg(w.pid, signal.SIGTERM)
        for w in workers:
            try:
                w.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(w.pid, signal.SIGKILL)
    elapsed = time.perf_counter() - started
    results["materialised_after_s"] = round(materialised_at or 0, 2)
    results["end_to_end_s"] = round(elapsed, 2)
    results["messages_per_s"] = round(audience / elapsed)
    results["workers_peak_rss_mb"] = peak

    stats = timed("stats_read_s", results, campaign_stats, campaign=campaign)
    results.update(sent=stats.sent, failed=stats.failed, p50_ms=stats.p50_ms, p95_ms=stats.p95_ms)
    last_id = Message.objects.filter(campaign=campaign).order_by("-pk").values_list("pk", flat=True).first() or 0
    deep = campaign_messages(campaign=campaign, status="sent").filter(pk__gt=last_id - 1000)
    timed("messages_deep_page_s", results, lambda: list(deep.order_by("pk")[:50]))
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            start = time.perf_counter()
            cursor.execute(
                "SELECT percentile_cont(ARRAY[0.5, 0.95]) WITHIN GROUP (ORDER BY"
                " extract(epoch FROM sent_at - created_at)) FROM messaging_message WHERE campaign_id = %s"
                " AND status = 'sent'",
                [campaign.pk],
            )
            exact = cursor.fetchone()
            results["exact_percentile_query_s"] = round(time.perf_counter() - start, 3)
            results["exact_p50_ms"] = round(exact[0][0] * 1000, 1) if exact and exact[0] else None
            results["exact_p95_ms"] = round(exact[0][1] * 1000, 1) if exact and exact[0] else None

    out = BENCH_DIR / f"results-{backend.split('+')[0]}.json"
    out.write_text(json.dumps(results, indent=2))
    width = max(len(k) for k in results)
    for key, value in results.items():
        sys.stdout.write(f"{key:<{width}}  {value}\n")
    sys.stdout.write(f"(saved to {out.relative_to(ROOT)})\n")


if __name__ == "__main__":
    main()
