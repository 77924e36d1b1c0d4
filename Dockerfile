# Seloste production image: gunicorn behind your TLS-terminating reverse proxy.
# Build and run with docker compose (see README, "Production").
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    STATIC_ROOT=/app/staticfiles

# WeasyPrint's libraries (Pango, HarfBuzz and its fast font subsetter), fonts for the
# PDFs, gettext for the translations, and the PostgreSQL client for `manage.py backup`.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 \
      fonts-dejavu-core fonts-liberation gettext postgresql-client \
 && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home --uid 1000 --shell /usr/sbin/nologin seloste
WORKDIR /app

COPY requirements.txt .
RUN pip install -r requirements.txt

COPY --chown=seloste:seloste . .
RUN mkdir -p /app/staticfiles /app/backups && chown seloste:seloste /app/staticfiles /app/backups
USER seloste

# Static files are collected into the image (hashed names for far-future caching);
# the entrypoint collects again on start so a mounted volume stays current.
RUN STATIC_MANIFEST=1 python manage.py collectstatic --noinput >/dev/null

EXPOSE 8000
ENTRYPOINT ["scripts/docker-entrypoint"]
CMD ["gunicorn", "config.wsgi", "--config", "config/gunicorn.conf.py", "--bind", "0.0.0.0:8000", "--max-requests", "1000", "--max-requests-jitter", "100", "--forwarded-allow-ips", "*", "--access-logfile", "-"]
