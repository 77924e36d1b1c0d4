"""Validators for Finnish identifiers."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

BUSINESS_ID_RE = re.compile(r"^(\d{7})-(\d)$")
BUSINESS_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)


def business_id_check_digit(digits: str) -> int | None:
    """The Y-tunnus check digit for seven digits, or None when no digit can be valid."""
    remainder = sum(int(d) * w for d, w in zip(digits, BUSINESS_ID_WEIGHTS, strict=True)) % 11
    if remainder == 0:
        return 0
    if remainder == 1:
        return None
    return 11 - remainder


def is_valid_business_id(value: str) -> bool:
    match = BUSINESS_ID_RE.match(value.strip())
    if not match:
        return False
    return business_id_check_digit(match.group(1)) == int(match.group(2))


def validate_business_id(value: str) -> None:
    value = value.strip()
    if not BUSINESS_ID_RE.match(value):
        raise ValidationError(
            _("Enter the business ID in the form 1234567-8."), code="business_id_format"
        )
    if not is_valid_business_id(value):
        raise ValidationError(
            _("The check digit of this business ID is wrong. Check the number."),
            code="business_id_check_digit",
        )
