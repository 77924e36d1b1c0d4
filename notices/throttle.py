"""Brute-force protection for the forms axes does not cover (sign-up, password reset):
a per-client-address and per-e-mail counter in the shared cache, in one-hour windows.

Usage in a URLconf: ``throttle("signup", rate_setting="SIGNUP_RATE_PER_HOUR")(view)``.
"""

import hashlib
import ipaddress
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from django.utils import timezone

WINDOW_SECONDS = 3600


def client_ip(request) -> str | None:
    """The client's address; also axes' AXES_CLIENT_IP_CALLABLE so both agree. None when
    there is none (e.g. force_login): axes stores it in an inet column on PostgreSQL.
    An IPv6 address stands for its /64: one customer line gets a whole /64, so counting
    its 2^64 addresses one by one would count nothing."""
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies and _is_address(forwarded[-proxies]):
            # The rightmost entries were added by our own proxies; anything further left
            # is whatever the client chose to send.
            return counted_address(forwarded[-proxies])
    return counted_address(request.META.get("REMOTE_ADDR") or "") or None


def counted_address(value: str) -> str:
    """The address limits count: IPv4 as it is, IPv6 as its /64 network's first address."""
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return value
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped:
            return str(address.ipv4_mapped)
        return str(ipaddress.ip_network(f"{address}/64", strict=False).network_address)
    return str(address)


def _is_address(value: str) -> bool:
    # A forged header must not reach axes' inet column as text PostgreSQL rejects.
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def _hit(key: str) -> int:
    bucket = int(timezone.now().timestamp() // WINDOW_SECONDS)
    full_key = f"throttle:{key}:{bucket}"
    cache.add(full_key, 0, timeout=WINDOW_SECONDS * 2)
    try:
        return cache.incr(full_key)
    except ValueError:  # expired between add and incr
        cache.set(full_key, 1, timeout=WINDOW_SECONDS * 2)
        return 1


def throttle(scope: str, *, rate_setting: str, field: str | None = "email") -> Callable:
    """Limit POSTs to a view per client address, and per value of ``field`` (e-mail
    addresses, so nobody can flood one person's inbox from many addresses)."""

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method == "POST" and getattr(settings, "AXES_ENABLED", True):
                limit = int(getattr(settings, rate_setting))
                keys = [f"{scope}:ip:{client_ip(request) or 'unknown'}"]
                value = (request.POST.get(field) or "").strip().lower() if field else ""
                if value:
                    keys.append(f"{scope}:{field}:{hashlib.sha256(value.encode()).hexdigest()}")
                counts = [_hit(key) for key in keys]
                if max(counts) > limit:
                    return render(request, "notices/throttled.html", status=429)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
