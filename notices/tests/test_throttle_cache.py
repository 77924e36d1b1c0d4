"""Throttles count across every worker process in production (issue 13, item 12): with no
Redis the database cache is used, or the app refuses to start; a system check says which."""

import subprocess
import sys

from notices.tests.test_deploy import ROOT, production_env, run_python

CACHE = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"


def setup_and(code: str) -> str:
    return f"import os; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'config.settings'); import django; django.setup(); {code}"


def test_production_without_redis_counts_in_the_database_cache():
    result = run_python(setup_and(CACHE), production_env())
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "django.core.cache.backends.db.DatabaseCache"


def test_production_with_redis_uses_redis():
    result = run_python(setup_and(CACHE), production_env(REDIS_URL="redis://127.0.0.1:6379/0"))
    assert result.stdout.strip() == "django.core.cache.backends.redis.RedisCache", result.stderr


def test_production_can_be_told_to_refuse_to_start_without_redis():
    result = run_python(setup_and(CACHE), production_env(SELOSTE_CACHE_FALLBACK="refuse"))
    assert result.returncode != 0
    assert "REDIS_URL must be set" in result.stderr


def check(env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_the_system_check_says_the_database_cache_is_used():
    result = check(production_env())
    assert result.returncode == 0, result.stderr
    output = result.stdout + result.stderr
    assert "notices.I001" in output and "database cache" in output


def test_the_system_check_refuses_a_per_process_cache_in_production(settings):
    from notices.checks import throttle_cache

    settings.PRODUCTION = True
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert [message.id for message in throttle_cache(None)] == ["notices.E001"]
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://x"}}
    assert throttle_cache(None) == []
    settings.PRODUCTION = False
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert throttle_cache(None) == []
