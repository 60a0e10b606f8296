"""Moot's one settings file.

Everything comes from environment variables with safe defaults, read through
the strict helpers below, so ``make demo`` works with no ``.env`` at all.
"""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def envbool(name: str, default: str) -> bool:
    """Read a boolean; anything but ``True`` or ``False`` is a mistake."""
    value = os.environ.get(name, default)
    if value not in ("True", "False"):
        raise ImproperlyConfigured(f"{name} must be True or False, not {value!r}.")
    return value == "True"


def envsecret(name: str, default: str) -> str:
    """Read a secret from ``NAME`` or from the file named by ``NAME_FILE``."""
    path = os.environ.get(f"{name}_FILE")
    if path:
        return Path(path).read_text().strip()
    return os.environ.get(name, default)


DEBUG = envbool("DEBUG", "False")
SECRET_KEY = envsecret("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        # Sessions, CSRF tokens and password resets are signed with this key:
        # a site on a key published in the source would sign them for anyone.
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set SECRET_KEY, or SECRET_KEY_FILE naming a "
            "file that holds it, to 50 or more random characters, e.g. "
            '`python -c "import secrets; print(secrets.token_urlsafe(50))"` '
            "(docs/deploy.md). For development only, set DEBUG=True to run on "
            "a built-in insecure key."
        )
    SECRET_KEY = "moot-insecure-development-key-change-me"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]").split(",")
MOOT_DATA_DIR = Path(os.environ.get("MOOT_DATA_DIR", BASE_DIR / "data"))
# Who to contact about this installation's importers (an email or URL), sent
# in their User-Agent so a council's web team can reach the operator.
MOOT_CONTACT = os.environ.get("MOOT_CONTACT", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",
    "moot.records",
    "moot.importers",
    "moot.tracker",
    "moot.site",
    "moot.search",
    "moot.sample",
    "moot.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into a 429 page.
    "axes.middleware.AxesMiddleware",
]

# Admin login throttling (django-axes): after AXES_FAILURE_LIMIT failed logins
# for one username from one address, that pair is refused (HTTP 429) for
# AXES_COOLOFF_TIME hours; a successful login clears the count. Locking the
# pair, not the username alone, keeps a guesser elsewhere from locking a clerk
# out. Attempts are kept in the database (cleared with ``moot axes_reset``).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_ENABLED = envbool("AXES_ENABLED", "True")
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_TIME", "1"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "moot.site.logins.client_ip"

# Content-Security-Policy on every response (django-csp): scripts, styles and
# images from this origin only, no inline script or style, no plugins, no
# framing. Templates keep every style in static files (the body's colour is a
# stylesheet too, moot/site/views.py ``brand_css``), so nothing needs
# 'unsafe-inline'. Django's admin is compatible as it is.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

ROOT_URLCONF = "moot.urls"
WSGI_APPLICATION = "moot.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "moot.site.context.site",
            ],
        },
    },
]


def database() -> dict:
    """SQLite in the data directory unless ``DATABASE_URL`` names PostgreSQL."""
    url = os.environ.get("DATABASE_URL", "")
    if not url:
        # Several writers (gunicorn workers, an import, a clerk's save) take
        # turns: WAL lets readers go on during a write; IMMEDIATE takes the
        # write lock when a transaction begins, so a transaction that has read
        # never finds, at its first write, that another wrote meanwhile (an
        # instant "database is locked" that no waiting cures); and a writer
        # waits up to MOOT_SQLITE_TIMEOUT seconds for the lock before failing.
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": MOOT_DATA_DIR / "moot.sqlite3",
            "OPTIONS": {
                "init_command": "PRAGMA journal_mode=WAL;",
                "transaction_mode": "IMMEDIATE",
                "timeout": float(os.environ.get("MOOT_SQLITE_TIMEOUT", "20")),
            },
        }
    if not url.startswith(("postgres://", "postgresql://")):
        raise ImproperlyConfigured(
            f"DATABASE_URL must start with postgres:// or postgresql://, not {url!r}."
        )
    # dj-database-url keeps the query string as connection options
    # (``?sslmode=require`` reaches psycopg) and unquotes the parts.
    import dj_database_url

    return dict(dj_database_url.parse(url))


DATABASES = {"default": database()}
# Keep connections between requests: opening one (and SQLite's WAL pragma) per
# request would cost more than serving a cached page.
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("CONN_MAX_AGE", "600"))
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LANGUAGE_CODE = "en-gb"
# The public site in English and Welsh (Welsh councils publish in both): /cy/
# before a page's address gives it in Welsh (moot/urls.py). Translations are
# in moot/locale; the records themselves are in the language they were written.
LANGUAGES = [("en-gb", "English"), ("cy", "Cymraeg")]
LOCALE_PATHS = [BASE_DIR / "moot" / "locale"]
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/London")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = MOOT_DATA_DIR / "static"
# Our CSS, and GOV.UK Frontend's compiled CSS that ``make assets`` copies in.
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_ROOT = MOOT_DATA_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
# Serve static files from the finders when ``collectstatic`` has not been run,
# so ``make demo`` needs no collect step; production collects (docs/deploy.md).
WHITENOISE_USE_FINDERS = envbool("WHITENOISE_USE_FINDERS", "True")

# Rendered item pages, keyed by what they show (moot/site/views.py), so every
# worker process may keep its own copy.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {
            "MAX_ENTRIES": int(os.environ.get("MOOT_PAGE_CACHE_ENTRIES", "5000"))
        },
    }
}

# HTTPS and cookies: on by default in production (DEBUG=False). MOOT_HTTPS=False
# turns them all off for plain HTTP on loopback (``make demo``); each can also
# be set on its own.
MOOT_HTTPS = envbool("MOOT_HTTPS", str(not DEBUG))
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", str(MOOT_HTTPS))
SECURE_HSTS_SECONDS = int(
    os.environ.get("SECURE_HSTS_SECONDS", "31536000" if MOOT_HTTPS else "0")
)
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool(
    "SECURE_HSTS_INCLUDE_SUBDOMAINS", str(MOOT_HTTPS)
)
SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", "False")
# Behind a TLS-terminating proxy that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https")
    if envbool("SECURE_PROXY_SSL_HEADER", "False")
    else None
)
SESSION_COOKIE_SECURE = envbool("SESSION_COOKIE_SECURE", str(MOOT_HTTPS))
CSRF_COOKIE_SECURE = envbool("CSRF_COOKIE_SECURE", str(MOOT_HTTPS))
CSRF_TRUSTED_ORIGINS = [
    o for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o
]

# Email: ``moot remind`` sends through Django's email backend. The console
# backend prints messages, which suits development; production names SMTP
# (EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend, EMAIL_HOST, ...).
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = envsecret("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", "False")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "moot@localhost")
# The public address of the site, for links in emails sent outside a request.
MOOT_SITE_URL = os.environ.get("MOOT_SITE_URL", "http://127.0.0.1:8000")
EMAIL_USE_SSL = envbool("EMAIL_USE_SSL", "False")
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "30"))
# The file-based backend (EMAIL_BACKEND=django.core.mail.backends.filebased.
# EmailBackend) writes each message to a file in this folder.
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", str(MOOT_DATA_DIR / "mail"))

# Background jobs and residents' alerts (docs/alerts.md). Jobs go through
# Celery: with no CELERY_BROKER_URL, a queue in files under the data directory
# (one machine, no service to run); in production redis://127.0.0.1:6379/0 or
# amqp://guest:guest@127.0.0.1:5672//. A job is acknowledged only once it has
# run, so a killed worker's job is delivered again (on the file queue when
# another worker starts or sweeps, on Redis after CELERY_VISIBILITY_TIMEOUT
# seconds, on RabbitMQ when the connection drops).
INSTALLED_APPS += ["moot.jobs", "moot.alerts"]
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "filesystem://")
if CELERY_BROKER_URL.startswith("filesystem:"):
    # Kombu's file queue, made to keep a killed worker's job (moot/jobs/filequeue.py).
    CELERY_BROKER_TRANSPORT = "moot.jobs.filequeue:Transport"
CELERY_BROKER_TRANSPORT_OPTIONS = (
    {
        "data_folder_in": str(MOOT_DATA_DIR / "queue"),
        "data_folder_out": str(MOOT_DATA_DIR / "queue"),
        "control_folder": str(MOOT_DATA_DIR / "queue-control"),
    }
    if CELERY_BROKER_URL.startswith("filesystem:")
    else {
        "visibility_timeout": int(os.environ.get("CELERY_VISIBILITY_TIMEOUT", "3600"))
    }
)
# Several sites (or test runs) may share one broker, each on its own queue.
CELERY_TASK_DEFAULT_QUEUE = os.environ.get("MOOT_QUEUE", "moot")
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_IGNORE_RESULT = True
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE_FILENAME = str(MOOT_DATA_DIR / "beat-schedule")
# Run jobs in the process that queues them, at once (the test suite does);
# a failing job is retried at once, then kept as a failure like any other.
CELERY_TASK_ALWAYS_EAGER = envbool("CELERY_TASK_ALWAYS_EAGER", "False")
# Alerts: how many subscribe requests one address, or one client, may make an
# hour before being asked to wait.
MOOT_ALERTS_PER_ADDRESS = int(os.environ.get("MOOT_ALERTS_PER_ADDRESS", "5"))
MOOT_ALERTS_PER_CLIENT = int(os.environ.get("MOOT_ALERTS_PER_CLIENT", "20"))
