"""Seloste settings. Everything that differs between machines comes from the environment."""

import os
import sys
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# SELOSTE_ENV=production (set by docker-compose and .env.example) turns on every
# production safeguard; a fresh clone runs as a development instance with no set-up.
PRODUCTION = os.environ.get("SELOSTE_ENV", "development") == "production"
TESTING = os.environ.get("SELOSTE_TESTING") == "1"
DEBUG = env_bool("DEBUG", not PRODUCTION and not TESTING)

# A production instance must never run with a key that is in the repository.
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if PRODUCTION:
        raise ImproperlyConfigured("SECRET_KEY must be set in the environment in production.")
    SECRET_KEY = "insecure-development-key-do-not-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# The public base URL, used in embed snippets and absolute links in e-mails and PDFs.
# In development it may be left unset: links then follow the running server's own
# address (notices.site_url.SiteURLMiddleware), whatever port it was started on. A
# production instance must say it, because an immutable PDF keeps it forever.
if PRODUCTION and not os.environ.get("SITE_URL"):
    raise ImproperlyConfigured(
        "SITE_URL must be set in production: the public base URL of this instance, e.g. "
        "SITE_URL=https://seloste.example.fi. Published PDFs keep it forever."
    )
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
# Only the development server follows the request: tests and commands keep SITE_URL.
SITE_URL_FROM_REQUEST = not PRODUCTION and not os.environ.get("SITE_URL") and sys.argv[1:2] == ["runserver"]

# Who runs this instance: the controller of Seloste's own privacy notice (published by
# `manage.py publish_site_notice`) and the name the front page and terms give.
SELOSTE_OPERATOR = {
    "name": os.environ.get("SELOSTE_OPERATOR_NAME", ""),
    "business_id": os.environ.get("SELOSTE_OPERATOR_BUSINESS_ID", ""),
    "email": os.environ.get("SELOSTE_OPERATOR_EMAIL", ""),
    "street_address": os.environ.get("SELOSTE_OPERATOR_STREET_ADDRESS", ""),
    "postal_code": os.environ.get("SELOSTE_OPERATOR_POSTAL_CODE", ""),
    "city": os.environ.get("SELOSTE_OPERATOR_CITY", ""),
    "country": os.environ.get("SELOSTE_OPERATOR_COUNTRY", "FI"),
}
# Where the source code can be read (shown on the front page when set).
SELOSTE_SOURCE_URL = os.environ.get("SELOSTE_SOURCE_URL", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_htmx",
    "csp",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "notices",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Stored public notice reads are answered here: one statement, no session or routing.
    "notices.middleware.PublicReadMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's, except that public notices (language from ?lang) get no Vary: Accept-Language.
    "notices.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "notices.site_url.SiteURLMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Signed-in pages: Cache-Control: private, no-store.
    "notices.middleware_hardening.PrivatePagesMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Before any view (or CSRF's process_view) reads the body; after CSP so its page has a nonce.
    "notices.middleware_hardening.RequestSizeMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Axes must be last: it turns lock-outs into a response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# Plain widgets written in Python, not through templates (notices/form_renderer.py, issue 14).
FORM_RENDERER = "notices.form_renderer.FastWidgetRenderer"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        # A health check is one more statement (SELECT 1) on every request's first query:
        # measured as a large part of a public read (issue 14). Production keeps its
        # connections (CONN_MAX_AGE) and a broken one fails one request, not all.
        conn_health_checks=env_bool("CONN_HEALTH_CHECKS", not PRODUCTION),
    )
}
# Public reads use one server-side prepared statement (notices.public_pages); off for a
# pooler that cannot keep prepared statements (pgbouncer in transaction mode).
SELOSTE_PREPARED_READS = env_bool("SELOSTE_PREPARED_READS", True)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite serving a web server: writers wait for each other instead of failing with
    # "database is locked". WAL lets readers go on while one writes; BEGIN IMMEDIATE takes
    # the write lock when a transaction starts, so a transaction that read first is never
    # refused the upgrade (which no busy timeout can fix); the timeout is how long a
    # writer waits, longer than the slowest bounded publish (docs/security.md).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": int(os.environ.get("SQLITE_BUSY_TIMEOUT_SECONDS", "30")),
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Background work (PDFs, update checks) goes through Django's Tasks API (the django-tasks
# backport; the same @task code runs on Django 6's django.tasks). The database backend
# needs nothing but the database and a `manage.py db_worker` process; README,
# "Production", tells how to move to RQ or Celery. Tests run tasks at once, in-process.
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend" if TESTING else "django_tasks_db.DatabaseBackend")
TASKS = {"default": {"BACKEND": TASKS_BACKEND, "QUEUES": ["default"]}}
# A PDF render that has been "rendering" this long is taken for a crashed worker's and
# run again by `manage.py upkeep`.
PDF_RENDER_TIMEOUT_SECONDS = int(os.environ.get("PDF_RENDER_TIMEOUT_SECONDS", "600"))
PDF_RENDER_MAX_ATTEMPTS = int(os.environ.get("PDF_RENDER_MAX_ATTEMPTS", "5"))

REDIS_URL = os.environ.get("REDIS_URL", "")
# Sign-up and password-reset throttles count in the cache, so in production it must be
# shared by every worker process: Redis, or else the database (the table is made by
# `manage.py createcachetable`, which the container runs on start). With
# SELOSTE_CACHE_FALLBACK=refuse, production without Redis does not start at all.
# The system check notices.I001/E001 says which is in use (notices/checks.py).
CACHE_FALLBACK = os.environ.get("SELOSTE_CACHE_FALLBACK", "database")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
elif PRODUCTION and CACHE_FALLBACK == "refuse":
    raise ImproperlyConfigured("REDIS_URL must be set in production (SELOSTE_CACHE_FALLBACK=refuse).")
elif PRODUCTION:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "seloste_cache"}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_USER_MODEL = "notices.User"
AUTHENTICATION_BACKENDS = [
    # Refuses every log-in of an account locked after failures from any address.
    "notices.lockout.AccountLockoutBackend",
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "notices:dashboard"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "fi"
LANGUAGES = [("fi", _("Finnish")), ("sv", _("Swedish")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Finland-Swedish date formats (config/formats/sv); the other languages use Django's own.
FORMAT_MODULE_PATH = ["config.formats"]
TIME_ZONE = "Europe/Helsinki"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Overridable so the image (and tests) can collect static files elsewhere.
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if env_bool("STATIC_MANIFEST", PRODUCTION)
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend" if os.environ.get("EMAIL_HOST") else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Seloste <noreply@seloste.local>")

# Content Security Policy: nothing inline, nothing from other hosts. Public notice
# views relax frame-ancestors themselves (see notices.views.public).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}
X_FRAME_OPTIONS = "DENY"

# django-axes: lock out by username and IP together after repeated failures.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "0.25"))  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_FORM_FIELD = "username"
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_ENABLED = env_bool("AXES_ENABLED", True)
# Behind N reverse proxies the client's address is the Nth from the right in
# X-Forwarded-For; without this every client would share the proxy's address.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "notices.throttle.client_ip"
# Sign-up and password-reset submissions allowed per client address per hour (notices.throttle).
SIGNUP_RATE_PER_HOUR = int(os.environ.get("SIGNUP_RATE_PER_HOUR", "10"))
PASSWORD_RESET_RATE_PER_HOUR = int(os.environ.get("PASSWORD_RESET_RATE_PER_HOUR", "10"))
# Invitations one member may send in an hour (counted in the database).
INVITATION_RATE_PER_HOUR = int(os.environ.get("INVITATION_RATE_PER_HOUR", "20"))
AXES_VERBOSE = False
# Per account, from any address (notices.lockout): failures in ACCOUNT_LOCKOUT_HOURS before
# the account refuses every log-in for that long; its owner is e-mailed an unlock link.
ACCOUNT_LOCKOUT_FAILURES = int(os.environ.get("ACCOUNT_LOCKOUT_FAILURES", "20"))
ACCOUNT_LOCKOUT_HOURS = float(os.environ.get("ACCOUNT_LOCKOUT_HOURS", "1"))

# Request bodies (see notices.limits for the rest). Django's own limits cover form fields;
# RequestSizeMiddleware also covers uploaded files, which Django does not count.
SELOSTE_MAX_REQUEST_BYTES = int(os.environ.get("SELOSTE_MAX_REQUEST_BYTES", str(2_621_440)))
SELOSTE_MAX_IMPORT_BYTES = int(os.environ.get("SELOSTE_MAX_IMPORT_BYTES", str(5 * 1024 * 1024)))
DATA_UPLOAD_MAX_MEMORY_SIZE = SELOSTE_MAX_REQUEST_BYTES
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000
DATA_UPLOAD_MAX_NUMBER_FILES = 1
FILE_UPLOAD_MAX_MEMORY_SIZE = SELOSTE_MAX_IMPORT_BYTES

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = False  # htmx reads the token from the page, not the cookie

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
if PRODUCTION:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    # Only matters if the domain is submitted to the preload list; an operator who
    # must not commit to that turns it off, and then the deploy check need not nag.
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
    if not SECURE_HSTS_PRELOAD:
        SILENCED_SYSTEM_CHECKS = ["security.W021"]
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SECURE_REFERRER_POLICY = "same-origin"

# The supervisory authority named in notices; a controller in another member state
# sets its own (see notices.content.catalogues.SUPERVISORY_AUTHORITY).
SELOSTE_SUPERVISORY_AUTHORITY = os.environ.get("SELOSTE_SUPERVISORY_AUTHORITY", "FI")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
