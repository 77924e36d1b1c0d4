import pytest


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    # Hashing with the real hasher makes every login take ~0.3 s.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _fresh_cache():
    # The sign-up/password-reset throttles count in the cache; one test's posts must
    # not use up the next test's allowance.
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def user(db):
    from notices.tests.factories import UserFactory

    return UserFactory()


@pytest.fixture
def other_user(db):
    from notices.tests.factories import UserFactory

    return UserFactory()
