"""Settings for the test run: the real settings, with a private queue and data folder."""

import os
import uuid
from pathlib import Path

_root = Path(__file__).resolve().parent.parent
os.environ.setdefault("DJANGO_DEBUG", "1")
os.environ.setdefault("HERALD_DATA_DIR", str(_root / "data" / "test"))
# A queue of our own, so concurrent runs (or a running `make run`) never see each other's tasks.
os.environ.setdefault("CELERY_QUEUE", f"herald-test-{uuid.uuid4().hex[:12]}")
os.environ.setdefault(
    "CELERY_BROKER_URL", f"herald-sqla+sqlite:///{Path(os.environ['HERALD_DATA_DIR']) / 'test-broker.sqlite3'}"
)

from campaigns_project.settings import *  # noqa: E402,F403

# Hashing passwords slowly is the point in production and a waste of minutes in tests.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
