"""Herald settings: everything comes from environment variables (see README "Configuration").

With nothing set, Herald runs on the embedded default: a SQLite file and an on-disk Celery
broker under HERALD_DATA_DIR. DATABASE_URL and CELERY_BROKER_URL switch it to PostgreSQL and
RabbitMQ without any other change.
"""

from pathlib import Path

import dj_database_url
import django_stubs_ext
from django.core.exceptions import ImproperlyConfigured

from campaigns_project.env import env_bool, env_float, env_int, env_json, env_list, env_str

# Lets generic classes (ModelAdmin[Tag], ModelSerializer[Campaign]) be subscripted at run time.
django_stubs_ext.monkeypatch()

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(env_str("HERALD_DATA_DIR", str(BASE_DIR / "data"))).resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = env_bool("DJANGO_DEBUG", False)
SECRET_KEY = env_str("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off (make run sets DJANGO_DEBUG=1 for local use)."
        )
    SECRET_KEY = "insecure-development-key-never-use-in-production"  # noqa: S105 (DEBUG only)

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", ["http://localhost:5173", "http://127.0.0.1:5173"])
CORS_ALLOWED_ORIGINS = env_list("DJANGO_CORS_ALLOWED_ORIGINS", ["http://localhost:5173", "http://127.0.0.1:5173"])
CORS_ALLOW_CREDENTIALS = True

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "corsheaders",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_celery_results",
    "campaigns",
    "messaging",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "campaigns_project.urls"
WSGI_APPLICATION = "campaigns_project.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------
SQLITE_PATH = DATA_DIR / "herald.sqlite3"
DATABASE_URL = env_str("DATABASE_URL", f"sqlite:///{SQLITE_PATH}")
_default_db = dj_database_url.parse(DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 60, minimum=0))
if _default_db["ENGINE"] == "django.db.backends.sqlite3":
    _default_db["CONN_MAX_AGE"] = 0
    _default_db["OPTIONS"] = {
        # WAL lets the web process read while a worker writes; IMMEDIATE takes the write lock
        # at BEGIN so concurrent writers queue on the busy timeout instead of failing mid-way.
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 30,
    }
    _default_db["TEST"] = {"NAME": str(DATA_DIR / f"test_{Path(_default_db['NAME']).stem}.sqlite3")}
elif _default_db["ENGINE"] == "django.db.backends.postgresql":
    _default_db["CONN_HEALTH_CHECKS"] = True
else:
    raise ImproperlyConfigured(f"DATABASE_URL must be sqlite:// or postgres://, got {DATABASE_URL!r}")

DATABASES = {
    "default": _default_db,
    # The mock provider stands in for an outside service: it writes through its own connection
    # so what it accepted stays committed even when the worker's transaction rolls back.
    "provider": {**_default_db, "TEST": {**_default_db.get("TEST", {}), "MIRROR": "default"}},
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Auth, i18n, static -----------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
SPA_DIST_DIR = BASE_DIR / "frontend" / "dist"
STATICFILES_DIRS = [SPA_DIST_DIR] if SPA_DIST_DIR.is_dir() else []
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True

SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE

# --- API --------------------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # Token first so an anonymous API client gets 401 with a WWW-Authenticate header.
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "campaigns.api.errors.exception_handler",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Herald API",
    "DESCRIPTION": "Campaign messaging: contacts, segments, campaigns, delivery and stats.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
}

# --- Celery -----------------------------------------------------------------------------------
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", f"herald-sqla+sqlite:///{DATA_DIR / 'broker.sqlite3'}")
CELERY_BROKER_TRANSPORT_OPTIONS = env_json("CELERY_BROKER_TRANSPORT_OPTIONS", {})
CELERY_RESULT_BACKEND = "django-db"
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_DEFAULT_QUEUE = env_str("CELERY_QUEUE", "herald")
# A task is acknowledged only when it has run, and handed back when its worker dies, so a
# crash redelivers the batch; the conditional claim makes the redelivery harmless.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
CELERY_BEAT_SCHEDULE_FILENAME = str(DATA_DIR / "celerybeat-schedule")

# --- Delivery pipeline (see DESIGN.md §3 and README "Configuration") --------------------------
HERALD_PROVIDER = env_str("HERALD_PROVIDER", "mock")
if HERALD_PROVIDER not in ("mock", "smtp"):
    raise ImproperlyConfigured(f"HERALD_PROVIDER must be mock or smtp, got {HERALD_PROVIDER!r}")
RATE_PER_SEC = env_float("RATE_PER_SEC", 20, minimum=0)
MAX_ATTEMPTS = env_int("MAX_ATTEMPTS", 5, minimum=1)
RETRY_BASE_SEC = env_float("RETRY_BASE_SEC", 2.0, minimum=0)
RETRY_MAX_SEC = env_float("RETRY_MAX_SEC", 300.0, minimum=0)
BATCH_SIZE = env_int("BATCH_SIZE", 500, minimum=1)
MATERIALISE_CHUNK = env_int("MATERIALISE_CHUNK", 20000, minimum=1)
PROVIDER_CONCURRENCY = env_int("PROVIDER_CONCURRENCY", 8, minimum=1)
CLAIM_TIMEOUT_SEC = env_float("CLAIM_TIMEOUT_SEC", 300, minimum=1)
DISPATCH_TIMEOUT_SEC = env_float("DISPATCH_TIMEOUT_SEC", 300, minimum=1)
MATERIALISE_TIMEOUT_SEC = env_float("MATERIALISE_TIMEOUT_SEC", 30, minimum=1)
SWEEP_INTERVAL_SEC = env_float("SWEEP_INTERVAL_SEC", 10, minimum=0.5)
SWEEP_LIMIT = env_int("SWEEP_LIMIT", 20000, minimum=1)

MOCK_FAILURE_RATE = env_float("MOCK_FAILURE_RATE", 0.1, minimum=0, maximum=1)
MOCK_LATENCY_MS = env_float("MOCK_LATENCY_MS", 0, minimum=0)

CELERY_BEAT_SCHEDULE = {
    "messaging.sweep": {"task": "messaging.sweep", "schedule": SWEEP_INTERVAL_SEC},
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
}

# --- Email (HERALD_PROVIDER=smtp) -------------------------------------------------------------
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25, minimum=1)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 30, minimum=1)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "herald@localhost")
HERALD_EMAIL_DOMAIN = env_str("HERALD_EMAIL_DOMAIN", "herald.localhost")
HERALD_DEFAULT_SUBJECT = env_str("HERALD_DEFAULT_SUBJECT", "A message for you")
