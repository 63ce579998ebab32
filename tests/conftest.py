"""Shared fixtures: factories, an API client, and real Celery worker processes."""

import contextlib
import os
import signal
import subprocess
import sys
import time
import uuid
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from campaigns.models import Campaign, Contact
from campaigns.services import campaign_create, tags_ensure

ROOT = Path(__file__).resolve().parent.parent


# --- factories ---------------------------------------------------------------------------------


@pytest.fixture
def make_contact() -> Callable[..., Contact]:
    counter = iter(range(1, 10**9))

    def make(
        name: str | None = None,
        tags: tuple[str, ...] = (),
        email: str | None = None,
        unsubscribed: bool = False,
        **fields: Any,
    ) -> Contact:
        n = next(counter)
        contact = Contact.objects.create(
            name=name or f"Contact {n}",
            email=email or f"contact{n}-{uuid.uuid4().hex[:6]}@example.com",
            **fields,
        )
        if unsubscribed:
            from django.utils import timezone

            contact.unsubscribed_at = timezone.now()
            contact.save(update_fields=["unsubscribed_at"])
        if tags:
            contact.tags.set(tags_ensure(list(tags)))
        return contact

    return make


@pytest.fixture
def make_audience(make_contact: Callable[..., Contact]) -> Callable[..., list[int]]:
    """`count` contacts created set-based, each with `tags`; returns their ids."""

    def make(count: int, tags: tuple[str, ...] = ("vip",), domain: str = "example.com") -> list[int]:
        prefix = uuid.uuid4().hex[:8]
        contacts = Contact.objects.bulk_create(
            [Contact(name=f"Person {i}", email=f"{prefix}-{i}@{domain}") for i in range(count)]
        )
        ids = list(Contact.objects.filter(email__startswith=f"{prefix}-").values_list("pk", flat=True))
        through = Contact.tags.through
        tag_ids = [tag.pk for tag in tags_ensure(list(tags))]
        through.objects.bulk_create([through(contact_id=i, tag_id=t) for i in ids for t in tag_ids])
        assert len(contacts) == count
        return ids

    return make


@pytest.fixture
def make_campaign() -> Callable[..., Campaign]:
    def make(
        name: str = "Welcome Back", template: str = "Hi {{name}}, we miss you! 💌", segment_rule: str = "vip"
    ) -> Campaign:
        return campaign_create(name=name, template=template, segment_rule=segment_rule)

    return make


@pytest.fixture
def operator(db: None) -> Any:
    return get_user_model().objects.create_user(username="operator", password="a-long-password-1")


@pytest.fixture
def api(operator: Any) -> APIClient:
    client = APIClient()
    client.force_authenticate(operator)
    return client


@pytest.fixture
def token_api(operator: Any) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=operator).key}")
    return client


# --- real Celery workers -----------------------------------------------------------------------


def database_url() -> str:
    """The URL of the database the tests run on (the test database, not the development one)."""
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    user = db.get("USER") or "postgres"
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{user}{password}@{db.get('HOST') or '127.0.0.1'}:{db.get('PORT') or 5432}/{db['NAME']}"


@dataclass
class Worker:
    process: subprocess.Popen[bytes]
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def kill(self) -> None:
        """SIGKILL the worker and its pool children at once, as a crash or OOM kill would."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=30)

    def stop(self) -> None:
        """Warm shutdown as `celery worker` gets it from a supervisor; then make sure all is gone."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=10)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)


WORKER_DEFAULTS = {
    "RATE_PER_SEC": "0",
    "MOCK_FAILURE_RATE": "0",
    "MOCK_LATENCY_MS": "0",
    "RETRY_BASE_SEC": "0.05",
    "RETRY_MAX_SEC": "0.5",
    "SWEEP_INTERVAL_SEC": "1",
    "DISPATCH_TIMEOUT_SEC": "4",
    "CLAIM_TIMEOUT_SEC": "6",
    "BATCH_SIZE": "50",
}


@pytest.fixture
def start_worker(transactional_db: None, tmp_path: Path) -> Iterator[Callable[..., Worker]]:
    """Start real `celery worker` processes on the test database and the test broker queue."""
    workers: list[Worker] = []

    def start(beat: bool = True, concurrency: int = 2, **env: str) -> Worker:
        name = f"w{len(workers)}-{uuid.uuid4().hex[:6]}"
        environment = {
            **os.environ,
            **WORKER_DEFAULTS,
            **{key: str(value) for key, value in env.items()},
            "DJANGO_SETTINGS_MODULE": "campaigns_project.settings",
            "DATABASE_URL": database_url(),
            "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
            "CELERY_QUEUE": settings.CELERY_TASK_DEFAULT_QUEUE,
            "HERALD_DATA_DIR": str(tmp_path),
            "PYTHONUNBUFFERED": "1",
        }
        log_path = tmp_path / f"{name}.log"
        command = [
            sys.executable, "-m", "celery", "-A", "campaigns_project", "worker", "-l", "info",
            "-c", str(concurrency), "-n", f"{name}@%h", "--without-gossip", "--without-mingle",
        ]  # fmt: skip
        if beat:
            command += ["-B", "--schedule", str(tmp_path / f"{name}-beat")]
        with log_path.open("wb") as log:
            process = subprocess.Popen(
                command, cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        worker = Worker(process=process, log_path=log_path)
        workers.append(worker)
        deadline = time.monotonic() + 60
        while " ready." not in worker.log():
            if process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"worker did not start:\n{worker.log()[-4000:]}")
            time.sleep(0.1)
        return worker

    try:
        yield start
    finally:
        for worker in workers:
            worker.stop()
        for worker in workers:
            errors = [line for line in worker.log().splitlines() if "Traceback" in line]
            if errors:  # shown by pytest when the test fails, to say what the worker saw
                sys.stdout.write(f"--- {worker.log_path.name}: {len(errors)} tracebacks\n{worker.log()[-6000:]}\n")


def wait_for(predicate: Callable[[], Any], timeout: float, interval: float = 0.25, message: str = "") -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s: {message}")
        time.sleep(interval)


@pytest.fixture(scope="session", autouse=True)
def _private_queue_removed_after_the_run() -> Iterator[None]:
    """Each run publishes to a queue of its own (tests/settings.py); delete it at the end."""
    yield
    from campaigns_project.celery import app

    try:
        with app.connection_for_write() as conn:
            conn.default_channel.queue_delete(settings.CELERY_TASK_DEFAULT_QUEUE)  # type: ignore[attr-defined]
    except Exception as error:  # cleanup only: a broker that is already gone has nothing to delete
        warnings.warn(f"could not delete the test queue: {error}", stacklevel=1)
