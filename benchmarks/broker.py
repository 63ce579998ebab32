"""Which server-less broker for the embedded default? Tasks per second through a real worker.

    python -m benchmarks.broker     # compares kombu's filesystem transport and herald-sqla

Publishes BENCH_TASKS no-op tasks (Celery's built-in `celery.accumulate`) from another process
and times one worker (concurrency 2) draining them, its start-up included.
"""

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TASKS = int(os.environ.get("BENCH_TASKS", "300"))


def measure(name: str, url: str, options: str, folder: Path) -> float:
    env = {
        **os.environ,
        "DJANGO_DEBUG": "1",
        "HERALD_DATA_DIR": str(folder),
        "CELERY_BROKER_URL": url,
        "CELERY_QUEUE": f"bench-{uuid.uuid4().hex[:6]}",
        "CELERY_BROKER_TRANSPORT_OPTIONS": options,
    }
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    publish = (
        "import django; django.setup();"
        "from campaigns_project.celery import app;"
        f"[app.send_task('celery.accumulate', args=(1,)) for _ in range({TASKS})]"
    )
    env["DJANGO_SETTINGS_MODULE"] = "campaigns_project.settings"
    subprocess.run([sys.executable, "-c", publish], cwd=ROOT, env=env, check=True)
    log = folder / "worker.log"
    start = time.perf_counter()
    with log.open("wb") as out:
        worker = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "campaigns_project", "worker", "-l", "info", "-c", "2",
             "--without-gossip", "--without-mingle"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        while log.read_text(errors="replace").count("succeeded in") < TASKS:
            if time.perf_counter() - start > 600:
                raise SystemExit(f"{name}: not drained in 600 s")
            time.sleep(0.2)
    finally:
        worker.terminate()
        worker.wait(timeout=30)
    elapsed = time.perf_counter() - start
    rate = TASKS / elapsed
    sys.stdout.write(f"{name:<28} {TASKS} tasks in {elapsed:6.1f} s = {rate:6.1f} tasks/s (incl. worker start)\n")
    return rate


def main() -> None:
    base = ROOT / "data" / "bench-broker"
    shutil.rmtree(base, ignore_errors=True)
    fs = base / "fs"
    for sub in ("in", "out", "processed"):
        (fs / sub).mkdir(parents=True)
    import json

    measure(
        "filesystem (0.1 s polling)",
        "filesystem://",
        json.dumps({"data_folder_in": str(fs / "out"), "data_folder_out": str(fs / "out"),
                    "processed_folder": str(fs / "processed"), "store_processed": False, "polling_interval": 0.1}),
        fs,
    )  # fmt: skip
    (base / "sqla").mkdir(parents=True)
    measure(
        "herald-sqla (0.1 s polling)", f"herald-sqla+sqlite:///{base / 'sqla' / 'broker.sqlite3'}", "{}", base / "sqla"
    )


if __name__ == "__main__":
    main()
