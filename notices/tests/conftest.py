import pytest


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    # Hashing with the real hasher makes every login take ~0.3 s.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def user(db):
    from notices.tests.factories import UserFactory

    return UserFactory()


@pytest.fixture
def other_user(db):
    from notices.tests.factories import UserFactory

    return UserFactory()
