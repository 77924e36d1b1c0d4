"""Organisations (controllers): create, edit, view; Y-tunnus, foreign companies, the EU
representative; malformed input; ownership."""

import pytest
from django.conf import settings
from django.urls import reverse

from notices import services
from notices.forms import OrganisationForm
from notices.models import AuditEvent, Membership, Organisation
from notices.tests.factories import MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def valid_data(**overrides) -> dict:
    data = {
        "name": "Kahvila Aamukaste Oy",
        "country": "FI",
        "business_id": "0849585-3",
        "street_address": "Rantakatu 5",
        "postal_code": "90100",
        "city": "Oulu",
        "email": "info@aamukaste.fi",
        "phone": "+358 8 123 4567",
        "website": "https://aamukaste.fi",
        "dpo_name": "",
        "dpo_email": "",
        "dpo_phone": "",
        "representative_name": "",
        "representative_contact": "",
    }
    data.update(overrides)
    return data


@pytest.fixture
def own_organisation(user):
    return MembershipFactory(user=user).organisation


# --- Create and edit -----------------------------------------------------------------------


def test_creating_an_organisation_makes_the_creator_its_owner(logged_in, user):
    response = logged_in.post(reverse("notices:organisation_create"), valid_data())

    assert response.status_code == 302
    organisation = Organisation.objects.get()
    assert organisation.name == "Kahvila Aamukaste Oy"
    assert organisation.business_id == "0849585-3"
    membership = Membership.objects.get(organisation=organisation)
    assert (membership.user, membership.role) == (user, Membership.Role.OWNER)
    assert AuditEvent.objects.get(organisation=organisation).action == "organisation_created"


def test_a_user_can_have_several_organisations(logged_in, user):
    logged_in.post(reverse("notices:organisation_create"), valid_data())
    logged_in.post(reverse("notices:organisation_create"), valid_data(name="Toinen Oy", business_id="0204687-0"))

    assert list(Organisation.objects.for_user(user).values_list("name", flat=True)) == ["Kahvila Aamukaste Oy", "Toinen Oy"]


def test_editing_saves_the_changes_and_records_which_fields_changed(logged_in, own_organisation):
    url = reverse("notices:organisation_edit", args=[own_organisation.pk])
    assert logged_in.get(url).status_code == 200

    response = logged_in.post(url, valid_data(name="Uusi Nimi Oy", city="Tampere", postal_code="33100"))

    assert response["Location"] == reverse("notices:organisation_detail", args=[own_organisation.pk])
    own_organisation.refresh_from_db()
    assert (own_organisation.name, own_organisation.city) == ("Uusi Nimi Oy", "Tampere")
    event = AuditEvent.objects.get(action="organisation_updated")
    assert {"name", "city", "postal_code"} <= set(event.detail["fields"])


def test_detail_page_shows_the_details_and_the_change_history(logged_in, user):
    organisation = services.organisation_create(by=user, data=valid_data())

    html = logged_in.get(reverse("notices:organisation_detail", args=[organisation.pk])).content.decode()

    assert "Kahvila Aamukaste Oy" in html
    assert "0849585-3" in html
    assert "Rantakatu 5" in html
    assert user.email in html


# --- Y-tunnus and foreign companies ----------------------------------------------------------


@pytest.mark.parametrize("business_id", ["0849585-3", "0204687-0", " 0849585-3 ", "08495853"])
def test_valid_business_ids_are_accepted(logged_in, business_id):
    response = logged_in.post(reverse("notices:organisation_create"), valid_data(business_id=business_id))

    assert response.status_code == 302
    assert Organisation.objects.get().business_id in {"0849585-3", "0204687-0"}


def test_a_wrong_check_digit_is_refused_next_to_the_field_keeping_every_value(logged_in):
    response = logged_in.post(reverse("notices:organisation_create"), valid_data(business_id="0849585-4"))

    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["business_id"] == ["Y-tunnuksen tarkistusmerkki ei täsmää. Tarkista tunnus."]
    html = response.content.decode()
    assert 'value="0849585-4"' in html
    assert 'value="Kahvila Aamukaste Oy"' in html
    assert 'value="info@aamukaste.fi"' in html
    assert not Organisation.objects.exists()


def test_business_id_error_in_english(client, user):
    client.force_login(user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"

    response = client.post(reverse("notices:organisation_create"), valid_data(business_id="1234"))

    assert response.context["form"].errors["business_id"] == ["Enter the business ID in the form 1234567-8."]
    assert "Please correct the fields marked below." in response.content.decode()


def test_a_foreign_company_gives_its_own_registration_number(logged_in):
    response = logged_in.post(
        reverse("notices:organisation_create"),
        valid_data(country="SE", business_id="556036-0793", postal_code="111 22", city="Stockholm"),
    )

    assert response.status_code == 302
    organisation = Organisation.objects.get()
    assert (organisation.country, organisation.business_id) == ("SE", "556036-0793")


# --- EU representative -------------------------------------------------------------------------


def test_a_controller_outside_the_eu_can_name_its_representative(logged_in):
    logged_in.post(
        reverse("notices:organisation_create"),
        valid_data(
            country="US",
            business_id="DE 1234567",
            postal_code="94105",
            representative_name="EU Rep Oy",
            representative_contact="Esimerkkikatu 2, 00100 Helsinki",
        ),
    )

    organisation = Organisation.objects.get()
    assert organisation.representative_name == "EU Rep Oy"
    assert organisation.snapshot()["representative_contact"] == "Esimerkkikatu 2, 00100 Helsinki"


@pytest.mark.parametrize("country", ["FI", "DE", "SE"])
def test_a_representative_posted_for_an_eu_controller_is_ignored(logged_in, country):
    logged_in.post(reverse("notices:organisation_create"), valid_data(country=country, representative_name="Sneaky", representative_contact="x"))

    organisation = Organisation.objects.get()
    assert (organisation.representative_name, organisation.representative_contact) == ("", "")


def test_moving_a_controller_into_the_eu_drops_its_representative(user):
    organisation = services.organisation_create(by=user, data=valid_data(country="US", business_id="X1", representative_name="EU Rep Oy"))

    services.organisation_update(organisation=organisation, by=user, data={"country": "FI"})

    organisation.refresh_from_db()
    assert organisation.representative_name == ""


def test_representative_fields_are_hidden_for_eu_controllers_and_shown_otherwise(logged_in, user):
    html = logged_in.get(reverse("notices:organisation_create")).content.decode()
    assert "data-outside-eu-only hidden" in html

    organisation = services.organisation_create(by=user, data=valid_data(country="US", business_id="X1"))
    html = logged_in.get(reverse("notices:organisation_edit", args=[organisation.pk])).content.decode()
    assert "data-outside-eu-only hidden" not in html
    assert "data-outside-eu-only" in html


# --- Malformed input -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", "x" * 10_000),
        ("name", "Kahvila ☕️ Aamukaste 🌅 Oy"),
        ("name", "<script>alert('x')</script> Oy"),
        ("name", ""),
        ("name", "   "),
        ("name", "nul\x00byte"),
        ("country", "XX"),
        ("country", ""),
        ("business_id", "<b>0849585-3</b>"),
        ("business_id", "9" * 500),
        ("email", "not-an-email"),
        ("phone", "call me maybe 🙂"),
        ("website", "javascript:alert(1)"),
        ("postal_code", "ABCDE"),
        ("dpo_email", "@"),
        ("representative_contact", "y" * 5000),
    ],
)
def test_bad_input_never_fails_and_keeps_what_was_typed(logged_in, field, value):
    data = valid_data(**{field: value})

    response = logged_in.post(reverse("notices:organisation_create"), data)

    assert response.status_code in (200, 302)
    html = response.content.decode()
    assert "<script>alert('x')</script>" not in html
    if response.status_code == 200:
        assert response.context["form"].errors
        assert 'value="info@aamukaste.fi"' in html or field == "email"
        assert not Organisation.objects.exists()


def test_emoji_and_html_are_stored_as_typed_and_shown_escaped(logged_in, user):
    logged_in.post(reverse("notices:organisation_create"), valid_data(name="<i>Kahvila</i> ☕ Oy"))

    organisation = Organisation.objects.get()
    assert organisation.name == "<i>Kahvila</i> ☕ Oy"
    html = logged_in.get(reverse("notices:dashboard")).content.decode()
    assert "&lt;i&gt;Kahvila&lt;/i&gt; ☕ Oy" in html
    assert "<i>Kahvila</i>" not in html


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"name": ["A Oy", "B Oy"], "country": ["FI", "US"]},
        {"name": "A Oy", "country": "FI", "id": "999", "members": "1", "created_at": "2000-01-01"},
        {"name": "A Oy", "country": {"nested": "dict"}},
    ],
)
def test_tampered_posts_never_fail(logged_in, data):
    response = logged_in.post(reverse("notices:organisation_create"), data)

    assert response.status_code in (200, 302)
    for organisation in Organisation.objects.all():
        assert organisation.pk != 999


def test_tampered_extra_fields_do_not_reach_the_service(user):
    organisation = services.organisation_create(by=user, data={**valid_data(), "id": 999, "created_at": "2000-01-01"})

    assert organisation.pk != 999


def test_form_is_reusable_with_a_prefix_for_the_wizard():
    form = OrganisationForm({f"org-{key}": value for key, value in valid_data(business_id="0204687-1").items()}, prefix="org")

    assert not form.is_valid()
    assert list(form.errors) == ["business_id"]
    assert form.service_data["name"] == "Kahvila Aamukaste Oy"


# --- Ownership and language ------------------------------------------------------------------


@pytest.mark.parametrize("url_name", ["notices:organisation_detail", "notices:organisation_edit"])
def test_another_users_organisation_is_a_404(client, other_user, url_name):
    organisation = MembershipFactory().organisation
    client.force_login(other_user)

    assert client.get(reverse(url_name, args=[organisation.pk])).status_code == 404
    assert client.post(reverse(url_name, args=[organisation.pk]), valid_data(name="Hijacked")).status_code == 404
    organisation.refresh_from_db()
    assert organisation.name != "Hijacked"


def test_an_organisation_without_members_is_a_404_too(logged_in):
    organisation = OrganisationFactory()

    assert logged_in.get(reverse("notices:organisation_detail", args=[organisation.pk])).status_code == 404


def test_organisation_pages_need_login(client, own_organisation):
    for url in [reverse("notices:organisation_create"), reverse("notices:organisation_edit", args=[own_organisation.pk])]:
        assert client.get(url)["Location"].startswith(reverse("login"))


def test_organisation_form_in_finnish_and_english(client, user):
    client.force_login(user)
    html = client.get(reverse("notices:organisation_create")).content.decode()
    assert "Uusi organisaatio" in html and "Y-tunnus" in html and "Ruotsi" in html

    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    html = client.get(reverse("notices:organisation_create")).content.decode()
    assert "New organisation" in html and "Business ID" in html and "Sweden" in html
