import pytest
from django.core.exceptions import ValidationError

from notices.validators import is_valid_business_id, validate_business_id


@pytest.mark.parametrize("value", ["0849585-3", "0204687-0", " 0849585-3 "])
def test_valid_business_ids_pass(value):
    assert is_valid_business_id(value)
    validate_business_id(value)


@pytest.mark.parametrize("value", ["0849585-4", "0204687-1"])
def test_wrong_check_digit_is_refused_with_a_message(value):
    with pytest.raises(ValidationError) as excinfo:
        validate_business_id(value)
    assert excinfo.value.code == "business_id_check_digit"


@pytest.mark.parametrize("value", ["", "0849585", "08495853", "0849585-", "abcdefg-1", "0849585-3x", "😀"])
def test_malformed_business_ids_are_refused(value):
    with pytest.raises(ValidationError) as excinfo:
        validate_business_id(value)
    assert excinfo.value.code == "business_id_format"
